package io.creditdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import io.creditdesk.decision.DecisionStore;
import io.creditdesk.decision.JournalEntry;
import io.creditdesk.decision.UserAccount;
import io.creditdesk.scoring.ModelActivationStore;
import io.creditdesk.scoring.ModelCatalog;
import io.creditdesk.scoring.ModelRepository.StoredModel;

import org.jdbi.v3.core.Handle;

/**
 * The workbench's storage: model versions and their evaluations (model_version, model_evaluation), the
 * applications it monitors, and activation — the active flag and its journal entry on one handle in one
 * transaction, through the decision store's journal append.
 */
public final class ModelWorkbenchJdbcStore implements ModelCatalog, ModelActivationStore {
    private static final String COLUMNS = "model_version, model_name, created_at, active, artefact";
    private final Database db;
    private final DecisionJdbcStore journal;

    public ModelWorkbenchJdbcStore(Database db, DecisionJdbcStore journal) {
        this.db = db;
        this.journal = journal;
    }

    private static StoredModel model(ResultSet rs) throws SQLException {
        return new StoredModel(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(), rs.getBoolean(4),
                rs.getString(5));
    }

    @Override
    public List<StoredModel> versions() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM model_version ORDER BY model_version DESC")
                .map((rs, ctx) -> model(rs)).list());
    }

    @Override
    public Optional<StoredModel> version(int version) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM model_version WHERE model_version = :v")
                .bind("v", version).map((rs, ctx) -> model(rs)).findOne());
    }

    @Override
    public int saveInactive(String name, LocalDateTime createdAt, String artefactJson, String evaluationJson) {
        return db.jdbi().inTransaction(h -> {
            int next = h.createQuery("SELECT COALESCE(MAX(model_version), 0) + 1 FROM model_version").mapTo(Integer.class).one();
            h.createUpdate("INSERT INTO model_version (model_version, model_name, created_at, active, artefact)"
                    + " VALUES (:v, :n, :c, FALSE, :a)").bind("v", next).bind("n", name).bind("c", createdAt)
                    .bind("a", artefactJson).execute();
            h.createUpdate("INSERT INTO model_evaluation (model_version, evaluation) VALUES (:v, :e)")
                    .bind("v", next).bind("e", evaluationJson).execute();
            return next;
        });
    }

    @Override
    public Optional<String> evaluation(int version) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT evaluation FROM model_evaluation WHERE model_version = :v")
                .bind("v", version).mapTo(String.class).findOne());
    }

    @Override
    public void saveEvaluation(int version, String evaluationJson) {
        db.jdbi().useHandle(h -> h.createUpdate("MERGE INTO model_evaluation (model_version, evaluation) KEY (model_version)"
                + " VALUES (:v, :e)").bind("v", version).bind("e", evaluationJson).execute());
    }

    @Override
    public List<Applicant> applicants(LocalDate from, LocalDate toExclusive) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT seller_id, CAST(submitted_at AS DATE) FROM application"
                        + " WHERE submitted_at >= :f AND submitted_at < :t ORDER BY application_id")
                .bind("f", from.atStartOfDay()).bind("t", toExclusive.atStartOfDay())
                .map((rs, ctx) -> new Applicant(rs.getString(1), rs.getObject(2, LocalDate.class))).list());
    }

    @Override
    public <T> T inTransaction(Function<Tx, T> body) {
        return journal.inJournalTransaction((h, tx) -> body.apply(new ActivationTx(h, tx)));
    }

    private static final class ActivationTx implements Tx {
        private final Handle h;
        private final DecisionStore.Tx journal;

        ActivationTx(Handle h, DecisionStore.Tx journal) {
            this.h = h;
            this.journal = journal;
        }

        @Override
        public Optional<UserAccount> user(String username) {
            return journal.user(username);
        }

        @Override
        public Optional<StoredModel> lockVersion(int version) {
            return h.createQuery("SELECT " + COLUMNS + " FROM model_version WHERE model_version = :v FOR UPDATE")
                    .bind("v", version).map((rs, ctx) -> model(rs)).findOne();
        }

        @Override
        public OptionalInt activeVersion() {
            return h.createQuery("SELECT model_version FROM model_version WHERE active ORDER BY model_version DESC LIMIT 1")
                    .mapTo(Integer.class).findOne().map(OptionalInt::of).orElse(OptionalInt.empty());
        }

        @Override
        public void activate(int version) {
            h.createUpdate("UPDATE model_version SET active = (model_version = :v)").bind("v", version).execute();
        }

        @Override
        public JournalEntry appendJournal(String kind, Instant at, Object body) {
            return journal.appendJournal(kind, at, body);
        }
    }
}
