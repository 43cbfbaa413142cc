package io.creditdesk.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.creditdesk.loan.ApplicationStatus;

/**
 * The storage the decision service needs: everything inside one transaction, so a status change,
 * its decision row and its journal entry are written together or not at all.
 */
public interface DecisionStore {
    /** Runs {@code body} in one transaction: it commits when body returns, and rolls back when it throws. */
    <T> T inTransaction(Function<Tx, T> body);

    /** Operations inside one transaction. */
    interface Tx {
        /** Reads the application and locks it against concurrent decisions until the transaction ends. */
        Optional<ApplicationCase> lockApplication(long applicationId);

        void moveApplication(long applicationId, ApplicationStatus from, ApplicationStatus to, String assignee);

        /** Who referred this application so far (oldest first), with the role they had. */
        List<Referral> referrals(long applicationId);

        long insertDecision(DecisionRow row);

        void linkJournal(long decisionId, long journalSeq);

        /** Appends one entry at the end of the chain (locks the head until the transaction ends). */
        JournalEntry appendJournal(String kind, Instant at, Object body);

        /** The newest stored score of the seller (model_version, as_of, score, pd, grade), if any. */
        Optional<Map<String, Object>> latestScore(String sellerId);

        Optional<UserAccount> user(String username);

        List<UserAccount> users();

        void insertUser(UserAccount user);

        void updatePassword(String username, String passwordHash, boolean mustChangePassword);
    }

    /** A referral in an application's history. */
    record Referral(String username, Role role) {
    }
}
