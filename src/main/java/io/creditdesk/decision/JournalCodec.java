package io.creditdesk.decision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * The journal's canonical form and hash chain (ADR 0005). An entry's payload is the canonical JSON
 * {@code {"body":BODY,"kind":KIND,"recorded_at":"2026-11-28T10:18:22.123Z"}} and
 * {@code entry_hash = hex(SHA-256(ASCII(prev_hash_hex) ‖ UTF-8(payload)))}; the first entry's
 * prev_hash is 64 zeros. Reproducible with {@code printf '%s%s' "$prev" "$payload" | sha256sum}. The
 * payload is stored as exactly those UTF-8 bytes (a VARBINARY column, ADR 0005), so verifying hashes
 * what it reads without decoding and re-encoding text.
 *
 * <p>An instance holds a reusable digest: not thread-safe; use one per thread.
 */
public final class JournalCodec {
    public static final String GENESIS = "0".repeat(64);
    private static final Pattern KIND = Pattern.compile("[a-z][a-z0-9_.-]{0,31}");
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final MessageDigest sha256;

    public JournalCodec() {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** The time as stored: UTC, truncated to milliseconds (so the database keeps it exactly). */
    public static LocalDateTime storedTime(Instant at) {
        return LocalDateTime.ofInstant(at.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
    }

    public static String checkKind(String kind) {
        if (kind == null || !KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("Journal entry kind must match " + KIND.pattern() + ": " + kind);
        }
        return kind;
    }

    /** The payload for {@code body} recorded at {@code recordedAtUtc} (already {@link #storedTime stored precision}). */
    public static String payload(String kind, LocalDateTime recordedAtUtc, Object body) {
        return "{\"body\":" + CanonicalJson.write(body) + suffix(checkKind(kind), recordedAtUtc);
    }

    /** The payload as stored and hashed: its UTF-8 bytes. */
    public static byte[] payloadBytes(String kind, LocalDateTime recordedAtUtc, Object body) {
        return payload(kind, recordedAtUtc, body).getBytes(StandardCharsets.UTF_8);
    }

    /** The fixed tail of a payload: the kind and time, which must agree with their columns. */
    public static String suffix(String kind, LocalDateTime recordedAtUtc) {
        return ",\"kind\":\"" + kind + "\",\"recorded_at\":\"" + instant(recordedAtUtc) + "\"}";
    }

    /**
     * {@code t.toInstant(UTC).toString()}, written directly for the stored millisecond precision and
     * four-digit years (the general formatter was a tenth of verifying a long journal).
     */
    static String instant(LocalDateTime t) {
        int nanos = t.getNano();
        int year = t.getYear();
        if (nanos % 1_000_000 != 0 || year < 1000 || year > 9999) {
            return t.toInstant(ZoneOffset.UTC).toString();
        }
        StringBuilder b = new StringBuilder(24).append(year).append('-');
        two(b, t.getMonthValue()).append('-');
        two(b, t.getDayOfMonth()).append('T');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        two(b, t.getSecond());
        if (nanos != 0) {
            int ms = nanos / 1_000_000;
            b.append('.').append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10)).append((char) ('0' + ms % 10));
        }
        return b.append('Z').toString();
    }

    private static StringBuilder two(StringBuilder b, int v) {
        return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
    }

    /** hex(SHA-256(prevHash ‖ payload)). */
    public String hash(String prevHash, String payload) {
        return hash(prevHash, payload.getBytes(StandardCharsets.UTF_8));
    }

    /** hex(SHA-256(prevHash ‖ payload bytes)). */
    public String hash(String prevHash, byte[] payload) {
        sha256.reset();
        sha256.update(prevHash.getBytes(StandardCharsets.US_ASCII));
        sha256.update(payload);
        return hex(sha256.digest());
    }

    /** True when the entry's hash matches its prev_hash and payload, and its kind and time columns match the payload. */
    public boolean intact(JournalEntry e) {
        if (e.prevHash() == null || e.payload() == null || e.entryHash() == null || e.kind() == null
                || e.recordedAt() == null) {
            return false;
        }
        return endsWith(e.payload(), suffix(e.kind(), e.recordedAt())) && hash(e.prevHash(), e.payload())
                .equals(e.entryHash());
    }

    /** Whether {@code bytes} end with the ASCII text {@code tail}. */
    private static boolean endsWith(byte[] bytes, String tail) {
        int off = bytes.length - tail.length();
        if (off < 0) {
            return false;
        }
        for (int i = 0; i < tail.length(); i++) {
            if (bytes[off + i] != (byte) tail.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    static String hex(byte[] bytes) {
        byte[] out = new byte[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[bytes[i] & 0xF];
        }
        return new String(out, StandardCharsets.US_ASCII);
    }
}
