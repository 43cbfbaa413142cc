package io.creditdesk;

import java.time.Clock;

import io.creditdesk.decision.ApplicationQueueService;
import io.creditdesk.decision.AuthorityPolicy;
import io.creditdesk.decision.DecisionService;
import io.creditdesk.decision.JournalVerifier;
import io.creditdesk.decision.PasswordHasher;
import io.creditdesk.decision.ReasonCatalogue;
import io.creditdesk.decision.RecommendationSource;
import io.creditdesk.decision.UserService;
import io.creditdesk.store.Database;
import io.creditdesk.store.DecisionJdbcStore;

/**
 * The decision feature wired once: users, the queue, decisions and the journal over one store.
 * {@link AppContext} holds one of these; commands and the workstation take its services.
 */
public final class DecisionModule {
    private final DecisionJdbcStore store;
    private final UserService users;
    private final ApplicationQueueService queue;
    private final DecisionService decisions;
    private final JournalVerifier journalVerifier;

    public DecisionModule(Database database, Clock clock) {
        this(database, clock, AuthorityPolicy.defaults(), new PasswordHasher());
    }

    public DecisionModule(Database database, Clock clock, AuthorityPolicy policy, PasswordHasher hasher) {
        this(database, clock, policy, hasher, RecommendationSource.fromApplication(policy.defaultPrice()));
    }

    /** With another source of recommended offers (the offer engine, once it exists). */
    public DecisionModule(Database database, Clock clock, AuthorityPolicy policy, PasswordHasher hasher,
                          RecommendationSource recommendations) {
        this.store = new DecisionJdbcStore(database);
        this.users = new UserService(store, hasher, clock);
        this.queue = new ApplicationQueueService(store, store);
        this.decisions = new DecisionService(store, policy, ReasonCatalogue.standard(), recommendations, clock);
        this.journalVerifier = new JournalVerifier(store);
    }

    public DecisionJdbcStore store() {
        return store;
    }

    public UserService users() {
        return users;
    }

    public ApplicationQueueService queue() {
        return queue;
    }

    public DecisionService decisions() {
        return decisions;
    }

    public JournalVerifier journalVerifier() {
        return journalVerifier;
    }
}
