package io.creditdesk.decision;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Predicate;

/** Read access to the journal for verification: one consistent snapshot, streamed in seq order. */
public interface JournalReader {
    <T> T snapshot(Function<Snapshot, T> body);

    /** The journal as of one moment. */
    interface Snapshot {
        Optional<JournalHead> head();

        /** Every entry in ascending seq, in bounded memory; stops when {@code visitor} returns false. */
        void scan(Predicate<JournalEntry> visitor);

        /** The seq of the entry whose entry_hash is {@code hash}, if any. */
        OptionalLong seqOfHash(String hash);
    }
}
