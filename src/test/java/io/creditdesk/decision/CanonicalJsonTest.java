package io.creditdesk.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.creditdesk.money.Money;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
    @Test
    void keysAreSortedAtEveryLevelWithNoWhitespace() {
        Map<String, Object> inner = new LinkedHashMap<>();
        inner.put("z", 1);
        inner.put("a", List.of(true, "x y"));
        Map<String, Object> outer = new LinkedHashMap<>();
        outer.put("b", inner);
        outer.put("a", null);
        outer.put("B", "upper sorts first");
        assertThat(CanonicalJson.write(outer))
                .isEqualTo("{\"B\":\"upper sorts first\",\"a\":null,\"b\":{\"a\":[true,\"x y\"],\"z\":1}}");
    }

    @Test
    void moneyDecimalsDatesAndRecordsHaveOneSpelling() {
        record Terms(Money amount, int months) {
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("money", Money.of("50000", "CNY"));
        m.put("rate", new BigDecimal("0.180000"));
        m.put("big", new BigDecimal("1E+3"));
        m.put("day", LocalDate.of(2026, 11, 28));
        m.put("at", LocalDateTime.of(2026, 11, 28, 10, 0));
        m.put("instant", Instant.parse("2026-11-28T10:00:00.123Z"));
        m.put("terms", new Terms(Money.of("1.5", "CNY"), 12));
        m.put("nan", Double.NaN);
        assertThat(CanonicalJson.write(m)).isEqualTo("{\"at\":\"2026-11-28T10:00\",\"big\":1000,\"day\":\"2026-11-28\","
                + "\"instant\":\"2026-11-28T10:00:00.123Z\",\"money\":{\"amount\":\"50000.00\",\"currency\":\"CNY\"},"
                + "\"nan\":\"NaN\",\"rate\":0.180000,\"terms\":{\"amount\":{\"amount\":\"1.50\",\"currency\":\"CNY\"},"
                + "\"months\":12}}");
    }

    @Test
    void sameContentInAnyInsertionOrderGivesTheSameBytes() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("x", 1);
        a.put("y", "中文");
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("y", "中文");
        b.put("x", 1);
        assertThat(CanonicalJson.write(a)).isEqualTo(CanonicalJson.write(b)).isEqualTo("{\"x\":1,\"y\":\"中文\"}");
    }

    @Test
    void entryHashIsSha256OfPreviousHashAndPayload() {
        LocalDateTime at = JournalCodec.storedTime(Instant.parse("2026-11-28T10:00:00.123456Z"));
        String payload = JournalCodec.payload("decision", at, Map.of("a", 1));
        assertThat(payload).isEqualTo("{\"body\":{\"a\":1},\"kind\":\"decision\",\"recorded_at\":\"2026-11-28T10:00:00.123Z\"}");
        // printf '%s%s' 000…0 '{"body":{"a":1},…}' | sha256sum
        assertThat(new JournalCodec().hash(JournalCodec.GENESIS, payload))
                .isEqualTo(sha256Hex(JournalCodec.GENESIS + payload));
    }

    @Test
    void recordedAtIsWrittenExactlyAsInstantToStringDoes() {
        for (String t : List.of("2026-11-28T10:00:00.123", "2026-11-28T10:00:00", "2026-01-02T03:04:05.100",
                "2026-12-31T23:59:59.007", "1999-07-09T00:00:00.010", "0999-01-01T00:00:00.5", "2026-11-28T10:00:00.123456",
                "12026-01-01T00:00:00")) {
            LocalDateTime at = LocalDateTime.parse(t.startsWith("12026") ? "+" + t : t);
            assertThat(JournalCodec.instant(at)).as(t).isEqualTo(at.toInstant(java.time.ZoneOffset.UTC).toString());
        }
        assertThat(JournalCodec.instant(LocalDateTime.parse("2026-01-02T03:04:05.100"))).isEqualTo("2026-01-02T03:04:05.100Z");
    }

    private static String sha256Hex(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
