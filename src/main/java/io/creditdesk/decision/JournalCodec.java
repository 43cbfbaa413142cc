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
    private final StringBuilder suffix = new StringBuilder(64);

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
        return appendSuffix(new StringBuilder(64), kind, recordedAtUtc).toString();
    }

    private static StringBuilder appendSuffix(StringBuilder b, String kind, LocalDateTime recordedAtUtc) {
        b.append(",\"kind\":\"").append(kind).append("\",\"recorded_at\":\"");
        return appendInstant(b, recordedAtUtc).append("\"}");
    }

    /** {@code t.toInstant(UTC).toString()}. */
    static String instant(LocalDateTime t) {
        return appendInstant(new StringBuilder(24), t).toString();
    }

    /**
     * Appends {@code t.toInstant(UTC).toString()}, written directly for the stored millisecond precision
     * and four-digit years (the general formatter was a tenth of verifying a long journal).
     */
    private static StringBuilder appendInstant(StringBuilder b, LocalDateTime t) {
        int nanos = t.getNano();
        int year = t.getYear();
        if (nanos % 1_000_000 != 0 || year < 1000 || year > 9999) {
            return b.append(t.toInstant(ZoneOffset.UTC));
        }
        b.append(year).append('-');
        two(b, t.getMonthValue()).append('-');
        two(b, t.getDayOfMonth()).append('T');
        two(b, t.getHour()).append(':');
        two(b, t.getMinute()).append(':');
        two(b, t.getSecond());
        if (nanos != 0) {
            int ms = nanos / 1_000_000;
            b.append('.').append((char) ('0' + ms / 100)).append((char) ('0' + ms / 10 % 10)).append((char) ('0' + ms % 10));
        }
        return b.append('Z');
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
        return hex(digest(prevHash, payload));
    }

    private byte[] digest(String prevHash, byte[] payload) {
        sha256.reset();
        sha256.update(prevHash.getBytes(StandardCharsets.US_ASCII));
        sha256.update(payload);
        return sha256.digest();
    }

    /**
     * True when the entry's hash matches its prev_hash and payload, and its kind and time columns match
     * the payload. Verifying a journal calls this once per entry, so it compares in place without
     * building the suffix or the hex string.
     */
    public boolean intact(JournalEntry e) {
        if (e.prevHash() == null || e.payload() == null || e.entryHash() == null || e.kind() == null
                || e.recordedAt() == null) {
            return false;
        }
        suffix.setLength(0);
        return endsWith(e.payload(), appendSuffix(suffix, e.kind(), e.recordedAt()))
                && isHex(digest(e.prevHash(), e.payload()), e.entryHash());
    }

    /** Whether {@code bytes} end with the UTF-8 encoding of {@code tail}. */
    private static boolean endsWith(byte[] bytes, CharSequence tail) {
        int off = bytes.length - tail.length();
        if (off < 0) {
            return false;
        }
        for (int i = 0; i < tail.length(); i++) {
            char c = tail.charAt(i);
            if (c >= 0x80) { // not ASCII (a tampered kind column): compare the encoded bytes
                byte[] t = tail.toString().getBytes(StandardCharsets.UTF_8);
                return bytes.length >= t.length
                        && java.util.Arrays.equals(bytes, bytes.length - t.length, bytes.length, t, 0, t.length);
            }
            if (bytes[off + i] != (byte) c) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code hex} is exactly {@code hex(digest)}. */
    private static boolean isHex(byte[] digest, String hex) {
        if (hex.length() != digest.length * 2) {
            return false;
        }
        for (int i = 0; i < digest.length; i++) {
            if (hex.charAt(2 * i) != HEX[(digest[i] >> 4) & 0xF] || hex.charAt(2 * i + 1) != HEX[digest[i] & 0xF]) {
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
