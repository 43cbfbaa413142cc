package io.creditdesk.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * Specific wording of reason codes, from {@code reasons.properties} (keys {@code characteristic.direction}),
 * falling back to generic wording for characteristics of other data sets.
 */
public final class ReasonCatalogue {
    private final Properties texts = new Properties();

    public ReasonCatalogue() {
        try (InputStream in = ReasonCatalogue.class.getResourceAsStream("reasons.properties")) {
            if (in == null) {
                throw new IllegalStateException("reasons.properties missing");
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The key used for a characteristic and direction (the specific one if the catalogue has it). */
    public String key(String characteristic, String direction) {
        String k = characteristic + "." + direction;
        return texts.containsKey(k) ? k : "generic." + direction;
    }

    public String text(String characteristic, String direction, String value, String bin) {
        String k = key(characteristic, direction);
        String pattern = texts.getProperty(k, "{0} ({1}) is in a higher-risk range");
        return new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(new Object[] {characteristic, value, bin});
    }

    public boolean hasSpecific(String characteristic, String direction) {
        return texts.containsKey(characteristic + "." + direction);
    }
}
