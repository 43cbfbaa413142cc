package io.creditdesk.decision;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Read access to the journal for verification: consistent snapshots, streamed in seq order. Several
 * snapshots may be open at once (one per verifying thread).
 */
public interface JournalReader {
    <T> T snapshot(Function<Snapshot, T> body);

    /** The journal as of one moment. */
    interface Snapshot {
        Optional<JournalHead> head();

        /** Smallest and largest seq stored ({@code long[0]} when the journal is empty). */
        long[] seqRange();

        /**
         * Entries with {@code afterSeq < seq <= toSeq} in ascending seq, in bounded memory; stops when
         * {@code visitor} returns false.
         */
        void scan(long afterSeq, long toSeq, Predicate<JournalEntry> visitor);

        /** The seq of the entry whose entry_hash is {@code hash}, if any. */
        OptionalLong seqOfHash(String hash);
    }
}
