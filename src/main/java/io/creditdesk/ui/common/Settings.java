package io.creditdesk.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The user's workstation settings (theme, language), kept in a small file beside the database. */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    private final Path file;
    private final Properties props = new Properties();

    public Settings(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException e) {
                LOG.warn("Cannot read settings {}; using defaults", file, e);
            }
        }
    }

    public boolean darkTheme() {
        return Boolean.parseBoolean(props.getProperty("theme.dark", "false"));
    }

    public void setDarkTheme(boolean dark) {
        props.setProperty("theme.dark", Boolean.toString(dark));
        save();
    }

    public Locale locale() {
        String tag = props.getProperty("locale");
        return tag == null ? Locale.ENGLISH : Locale.forLanguageTag(tag);
    }

    public void setLocale(Locale locale) {
        props.setProperty("locale", locale.toLanguageTag());
        save();
    }

    /** A free-form value a screen keeps between sessions (e.g. a table's column layout), or {@code null}. */
    public String get(String key) {
        return props.getProperty(key);
    }

    public void set(String key, String value) {
        if (value.equals(props.getProperty(key))) {
            return;
        }
        props.setProperty(key, value);
        save();
    }

    private void save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(w, "Creditdesk workstation settings");
            }
        } catch (IOException e) {
            LOG.warn("Cannot save settings {}", file, e);
        }
    }
}
