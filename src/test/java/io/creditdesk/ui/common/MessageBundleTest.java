package io.creditdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Both languages complete, no duplicate keys, and every key is used by the code (and only those). */
class MessageBundleTest {
    static final Path MAIN = Path.of("src/main/java");
    static final Pattern KEY_LITERAL = Pattern.compile("\"([a-z][a-zA-Z0-9]*\\.[a-zA-Z0-9.]*)\"");

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertThat(load("messages_zh_CN.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    /** Keys built from an enum's names ("status." + status) exist for every constant, in both languages. */
    @Test
    void everyEnumShownByNameHasItsKey() throws IOException {
        for (String file : List.of("messages.properties", "messages_zh_CN.properties")) {
            Set<String> keys = load(file).stringPropertyNames();
            for (io.creditdesk.loan.ApplicationStatus s : io.creditdesk.loan.ApplicationStatus.values()) {
                assertThat(keys).as(file).contains("status." + s.name());
            }
            for (io.creditdesk.loan.LoanStatus s : io.creditdesk.loan.LoanStatus.values()) {
                assertThat(keys).as(file).contains("loan.status." + s.name());
            }
            for (io.creditdesk.decision.Role r : io.creditdesk.decision.Role.values()) {
                assertThat(keys).as(file).contains("role." + r.name());
            }
            for (String d : List.of("APPROVE", "REFER", "DECLINE")) {
                assertThat(keys).as(file).contains("queue.decision." + d);
            }
        }
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String file : List.of("messages.properties", "messages_zh_CN.properties")) {
            List<String> keys = new ArrayList<>();
            try (InputStream in = getClass().getResourceAsStream("/i18n/" + file)) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                        keys.add(line.substring(0, line.indexOf('=')).strip());
                    }
                }
            }
            assertThat(keys).as(file).doesNotHaveDuplicates();
        }
    }

    @Test
    void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
        Set<String> defined = load("messages.properties").stringPropertyNames();
        Set<String> literals = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(f));
                while (m.find()) {
                    literals.add(m.group(1));
                }
            }
        }
        Set<String> unused = new TreeSet<>(defined);
        unused.removeIf(k -> literals.contains(k) || usedByPrefix(k, literals));
        assertThat(unused).as("keys no code uses").isEmpty();
        Set<String> looksLikeKeys = new HashSet<>(literals);
        looksLikeKeys.removeIf(k -> !hasKnownPrefix(k, defined));
        assertThat(defined).as("keys the code uses").containsAll(looksLikeKeys);
    }

    /** Keys built from a prefix in code (e.g. "reason." + code) count as used when the prefix is a literal. */
    private static boolean usedByPrefix(String key, Set<String> literals) {
        return literals.stream().anyMatch(l -> l.endsWith(".") && key.startsWith(l));
    }

    private static boolean hasKnownPrefix(String literal, Set<String> defined) {
        String first = literal.substring(0, literal.indexOf('.') + 1);
        return defined.stream().anyMatch(k -> k.startsWith(first)) && !literal.endsWith(".")
                && !literal.matches(".*\\.(css|sql|properties|png|json|csv|txt|fxml)$");
    }

    private Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/" + name)) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
