package io.creditdesk.ingest.imports;

/**
 * A set of 64-bit hashes (open addressing over a primitive array): counts distinct order ids of a
 * file of millions of lines in a few bytes per order instead of a String set. Two different ids with
 * the same 64-bit hash count once (about one chance in 10^6 for 5 million orders).
 */
final class LongHashSet {
    private long[] table = new long[1 << 12];
    private int size;

    /** Adds the hash of {@code s}; true when it was new. */
    boolean add(String s) {
        long h = hash(s);
        if (h == 0) {
            h = 1;
        }
        // at most three quarters full: 5,000,000 hashes fit in 2^23 slots (64 MiB)
        if ((size + 1) * 4L > table.length * 3L) {
            grow();
        }
        int mask = table.length - 1;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (true) {
            long v = table[i];
            if (v == 0) {
                table[i] = h;
                size++;
                return true;
            }
            if (v == h) {
                return false;
            }
            i = (i + 1) & mask;
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long h : old) {
            if (h != 0) {
                int i = (int) (h ^ (h >>> 32)) & mask;
                while (table[i] != 0) {
                    i = (i + 1) & mask;
                }
                table[i] = h;
            }
        }
    }

    static long hash(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
