package io.creditdesk.decision;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.creditdesk.loan.ApplicationLifecycle;
import io.creditdesk.loan.ApplicationStatus;

/** The work queue: list open applications, take one for review, give it back. */
public final class ApplicationQueueService {
    /** What "the queue" means: applications waiting for a decision. */
    public static final Set<ApplicationStatus> OPEN = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.IN_REVIEW, ApplicationStatus.REFERRED);

    private final ApplicationQueue queue;
    private final DecisionStore store;

    public ApplicationQueueService(ApplicationQueue queue, DecisionStore store) {
        this.queue = queue;
        this.store = store;
    }

    public List<ApplicationCase> list(Set<ApplicationStatus> statuses) {
        return queue.list(statuses.isEmpty() ? OPEN : statuses);
    }

    public List<ApplicationCase> forSeller(String sellerId) {
        return queue.forSeller(sellerId);
    }

    public Optional<ApplicationCase> find(long applicationId) {
        return queue.find(applicationId);
    }

    public List<DecisionRow> history(long applicationId) {
        return queue.history(applicationId);
    }

    /** Assigns the application to {@code who}; a SUBMITTED one moves to IN_REVIEW. */
    public ApplicationCase take(Principal who, long applicationId) {
        return store.inTransaction(tx -> {
            UserAccount u = decider(tx, who);
            ApplicationCase c = tx.lockApplication(applicationId)
                    .orElseThrow(() -> new DecisionRefusedException("No application " + applicationId + "."));
            ApplicationStatus s = c.application().status();
            if (!OPEN.contains(s)) {
                throw new DecisionRefusedException("Application " + applicationId + " is " + s + ", not waiting for a decision.");
            }
            String assignee = c.application().assignee();
            if (assignee != null && !assignee.equals(u.username())) {
                throw new DecisionRefusedException("Application " + applicationId + " is already taken by " + assignee + ".");
            }
            ApplicationStatus to = s == ApplicationStatus.SUBMITTED ? ApplicationStatus.IN_REVIEW : s;
            if (to != s) {
                ApplicationLifecycle.check(s, to);
            }
            tx.moveApplication(applicationId, s, to, u.username());
            return tx.lockApplication(applicationId).orElseThrow();
        });
    }

    /** Gives the application back to the queue; only its assignee or a credit manager may. */
    public void release(Principal who, long applicationId) {
        store.inTransaction(tx -> {
            UserAccount u = decider(tx, who);
            ApplicationCase c = tx.lockApplication(applicationId)
                    .orElseThrow(() -> new DecisionRefusedException("No application " + applicationId + "."));
            String assignee = c.application().assignee();
            if (assignee != null && !assignee.equals(u.username()) && u.role() != Role.CREDIT_MANAGER) {
                throw new DecisionRefusedException("Application " + applicationId + " is taken by " + assignee
                        + "; only they or a credit manager can release it.");
            }
            tx.moveApplication(applicationId, c.application().status(), c.application().status(), null);
            return null;
        });
    }

    private static UserAccount decider(DecisionStore.Tx tx, Principal who) {
        UserAccount u = tx.user(who.username())
                .orElseThrow(() -> new DecisionRefusedException("Unknown user " + who.username() + "."));
        if (!u.role().decidesLoans()) {
            throw new DecisionRefusedException("An " + u.role().label() + " administers users and works no queue.");
        }
        return u;
    }
}
