package io.creditdesk.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/** The reason codes a decision may carry, by kind ({@code reasons.properties} beside this class). */
public final class ReasonCatalogue {
    /** Which decision a reason belongs to. */
    public enum Kind {
        DECLINE, CHANGE, REFER
    }

    private final Map<Kind, Map<String, String>> reasons;

    public ReasonCatalogue(Map<Kind, Map<String, String>> reasons) {
        Map<Kind, Map<String, String>> copy = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            copy.put(k, Collections.unmodifiableMap(new TreeMap<>(reasons.getOrDefault(k, Map.of()))));
        }
        this.reasons = Collections.unmodifiableMap(copy);
    }

    public static ReasonCatalogue standard() {
        try (InputStream in = ReasonCatalogue.class.getResourceAsStream("reasons.properties")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource reasons.properties");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<Kind, Map<String, String>> m = new EnumMap<>(Kind.class);
            for (String key : p.stringPropertyNames()) {
                int dot = key.indexOf('.');
                Kind kind = Kind.valueOf(key.substring(0, dot).toUpperCase(Locale.ROOT));
                m.computeIfAbsent(kind, k -> new TreeMap<>()).put(key.substring(dot + 1), p.getProperty(key));
            }
            return new ReasonCatalogue(m);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reasons.properties", e);
        }
    }

    /** Code → text of one kind, sorted by code. */
    public Map<String, String> of(Kind kind) {
        return reasons.get(kind);
    }

    public Optional<String> text(Kind kind, String code) {
        return Optional.ofNullable(reasons.get(kind).get(code));
    }

    /** The codes as given, upper-cased; refuses an unknown code, naming the known ones. */
    public List<String> check(Kind kind, List<String> codes) {
        return codes.stream().map(c -> {
            String code = c.trim().toUpperCase(Locale.ROOT);
            if (!reasons.get(kind).containsKey(code)) {
                throw new DecisionRefusedException("Unknown " + kind.name().toLowerCase(Locale.ROOT)
                        + " reason '" + c + "'; known: " + String.join(", ", reasons.get(kind).keySet()));
            }
            return code;
        }).toList();
    }
}
