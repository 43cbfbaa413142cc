package io.creditdesk.decision;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import io.creditdesk.DecisionModule;
import io.creditdesk.loan.ApplicationStatus;
import io.creditdesk.store.Database;

/** A fresh temp H2 with the demo users and a way to add applications; fast password hashing. */
final class DecisionFixture implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
    final Database db;
    final DecisionModule module;

    DecisionFixture(Path dir) {
        this.db = Database.open(dir.resolve("decisions"));
        this.module = new DecisionModule(db, CLOCK, AuthorityPolicy.defaults(), new PasswordHasher(1_000, new SecureRandom()));
        module.users().ensureDemoUsers();
    }

    Principal signIn(String user) {
        return module.users().authenticate(user, UserService.DEMO_PASSWORD.toCharArray());
    }

    /** A CNY term-loan application whose recommended amount is {@code recommended}, 12 months, no stored price. */
    void application(long id, ApplicationStatus status, String recommended) {
        db.jdbi().useHandle(h -> h.createUpdate("INSERT INTO application (application_id, seller_id, submitted_at, product,"
                        + " requested_amount, requested_term, currency, status, recommended_amount, score, grade, as_of)"
                        + " VALUES (:id, :seller, :at, 'term', :req, 12, 'CNY', :status, :rec, 640, 'B', :asOf)")
                .bind("id", id).bind("seller", "S" + id).bind("at", LocalDateTime.of(2026, 11, 20, 9, 0))
                .bind("req", new BigDecimal(recommended)).bind("status", status.name())
                .bind("rec", new BigDecimal(recommended)).bind("asOf", LocalDate.of(2026, 11, 1)).execute());
    }

    Decision decide(String user, DecisionRequest r) {
        return module.decisions().decide(signIn(user), r);
    }

    long count(String table) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }

    ApplicationStatus status(long id) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT status FROM application WHERE application_id = :id")
                .bind("id", id).mapTo(String.class).map(ApplicationStatus::valueOf).one());
    }

    /** Row counts and the application's status: what "nothing was written" compares. */
    String footprint(long id) {
        return count("decision") + "/" + count("journal_entry") + "/" + status(id) + "/"
                + db.jdbi().withHandle(h -> h.createQuery("SELECT last_seq FROM journal_head").mapTo(Long.class).one());
    }

    void sql(String statement) {
        db.jdbi().useHandle(h -> h.execute(statement));
    }

    @Override
    public void close() {
        db.close();
    }
}
