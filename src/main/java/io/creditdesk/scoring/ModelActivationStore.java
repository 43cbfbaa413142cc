package io.creditdesk.scoring;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import io.creditdesk.decision.JournalEntry;
import io.creditdesk.decision.UserAccount;

/** What activating a model version writes, in one transaction: the active flag and its journal entry. */
public interface ModelActivationStore {
    <T> T inTransaction(Function<Tx, T> body);

    /** Operations inside one transaction. */
    interface Tx {
        Optional<UserAccount> user(String username);

        /** The version, locked until the transaction ends. */
        Optional<ModelRepository.StoredModel> lockVersion(int version);

        OptionalInt activeVersion();

        /** Makes {@code version} the only active one. */
        void activate(int version);

        /** Appends to the decision journal's hash chain. */
        JournalEntry appendJournal(String kind, Instant at, Object body);
    }
}
