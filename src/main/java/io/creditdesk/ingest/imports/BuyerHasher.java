package io.creditdesk.ingest.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/**
 * Buyer identifiers become salted hashes (the first 16 bytes of SHA-256 over salt + ":" + id, in
 * hex) before they reach the database; the plain id is never stored. A small cache saves hashing a
 * repeat buyer again.
 */
final class BuyerHasher {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int CACHE = 100_000;
    private final byte[] salt;
    private final MessageDigest sha256;
    private final Map<String, String> cache = new HashMap<>();

    BuyerHasher(String salt) {
        this.salt = (salt + ":").getBytes(StandardCharsets.UTF_8);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String hash(String buyerId) {
        String h = cache.get(buyerId);
        if (h != null) {
            return h;
        }
        sha256.reset();
        sha256.update(salt);
        byte[] d = sha256.digest(buyerId.getBytes(StandardCharsets.UTF_8));
        char[] out = new char[32];
        for (int i = 0; i < 16; i++) {
            out[2 * i] = HEX[(d[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[d[i] & 0xF];
        }
        h = new String(out);
        if (cache.size() >= CACHE) {
            cache.clear();
        }
        cache.put(buyerId, h);
        return h;
    }
}
