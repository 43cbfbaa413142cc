package io.creditdesk.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.creditdesk.scoring.LoanOutcome;
import io.creditdesk.scoring.LoanOutcomeRepository;
import io.creditdesk.scoring.ModelRepository;
import io.creditdesk.scoring.ScoreRepository;

/** model_version, seller_score, and the loan history for training. */
public final class ScoringJdbcStore implements ModelRepository, ScoreRepository, LoanOutcomeRepository {
    private final Database db;

    public ScoringJdbcStore(Database db) {
        this.db = db;
    }

    @Override
    public int saveAndActivate(String name, LocalDateTime createdAt, String artefactJson) {
        return db.jdbi().inTransaction(h -> {
            int next = h.createQuery("SELECT COALESCE(MAX(model_version), 0) + 1 FROM model_version").mapTo(Integer.class).one();
            h.execute("UPDATE model_version SET active = FALSE WHERE active");
            h.createUpdate("INSERT INTO model_version (model_version, model_name, created_at, active, artefact)"
                    + " VALUES (:v, :n, :c, TRUE, :a)").bind("v", next).bind("n", name).bind("c", createdAt)
                    .bind("a", artefactJson).execute();
            return next;
        });
    }

    @Override
    public int saveInactive(String name, LocalDateTime createdAt, String artefactJson) {
        return db.jdbi().inTransaction(h -> {
            int next = h.createQuery("SELECT COALESCE(MAX(model_version), 0) + 1 FROM model_version").mapTo(Integer.class).one();
            h.createUpdate("INSERT INTO model_version (model_version, model_name, created_at, active, artefact)"
                    + " VALUES (:v, :n, :c, FALSE, :a)").bind("v", next).bind("n", name).bind("c", createdAt)
                    .bind("a", artefactJson).execute();
            return next;
        });
    }

    @Override
    public Optional<StoredModel> active() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT model_version, model_name, created_at, active, artefact"
                + " FROM model_version WHERE active ORDER BY model_version DESC LIMIT 1")
                .map((rs, ctx) -> new StoredModel(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
                        rs.getBoolean(4), rs.getString(5)))
                .findOne());
    }

    @Override
    public int replaceScores(int modelVersion, LocalDate asOf, String[] ids, int[] scores, double[] pds, String[] grades,
                             int n) {
        return db.jdbi().inTransaction(h -> {
            Connection c = h.getConnection();
            h.createUpdate("DELETE FROM seller_score WHERE model_version = :v AND as_of = :d")
                    .bind("v", modelVersion).bind("d", asOf).execute();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO seller_score (seller_id, model_version, as_of, score,"
                    + " pd, grade) VALUES (?, ?, ?, ?, ?, ?)")) {
                Date d = Date.valueOf(asOf);
                for (int i = 0; i < n; i++) {
                    ps.setString(1, ids[i]);
                    ps.setInt(2, modelVersion);
                    ps.setDate(3, d);
                    ps.setInt(4, scores[i]);
                    ps.setBigDecimal(5, BigDecimal.valueOf(pds[i]).setScale(6, RoundingMode.HALF_EVEN));
                    ps.setString(6, grades[i]);
                    ps.addBatch();
                    if ((i + 1) % 10_000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            } catch (SQLException e) {
                throw new StoreException("Storing the scores failed: " + e.getMessage(), e);
            }
            return h.createUpdate("""
                    UPDATE application a SET
                      score = (SELECT s.score FROM seller_score s WHERE s.seller_id = a.seller_id
                               AND s.model_version = :v AND s.as_of = :d),
                      grade = (SELECT s.grade FROM seller_score s WHERE s.seller_id = a.seller_id
                               AND s.model_version = :v AND s.as_of = :d),
                      as_of = :d
                    WHERE a.status IN ('SUBMITTED', 'IN_REVIEW', 'REFERRED')
                      AND EXISTS (SELECT 1 FROM seller_score s WHERE s.seller_id = a.seller_id
                                  AND s.model_version = :v AND s.as_of = :d)""")
                    .bind("v", modelVersion).bind("d", asOf).execute();
        });
    }

    @Override
    public List<LoanOutcome> loanOutcomes() {
        return db.jdbi().withHandle(h -> h.createQuery("""
                SELECT l.loan_id, l.seller_id, CAST(a.submitted_at AS DATE) AS applied_on, l.disbursed_on,
                       l.defaulted_on, l.status
                FROM loan l LEFT JOIN application a ON a.application_id = l.application_id
                ORDER BY l.loan_id""")
                .map((rs, ctx) -> {
                    Date applied = rs.getDate(3);
                    LocalDate disbursed = rs.getDate(4).toLocalDate();
                    Date def = rs.getDate(5);
                    return new LoanOutcome(rs.getString(1), rs.getString(2),
                            applied == null ? disbursed : applied.toLocalDate(), disbursed,
                            def == null ? null : def.toLocalDate(), "DEFAULTED".equals(rs.getString(6)));
                }).list());
    }

    @Override
    public Optional<LocalDate> dataAsOf() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT meta_value FROM dataset_meta WHERE meta_key = 'as_of'")
                .mapTo(String.class).findOne().map(LocalDate::parse));
    }
}
