package io.creditdesk.store;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Date d = Date.valueOf(asOf);
        boolean newRun = !runHasRows(modelVersion, d);
        if (newRun) {
            insertUnlisted(modelVersion, d, ids, scores, pds, grades, n);
        }
        return db.jdbi().inTransaction(h -> {
            Connection c = h.getConnection();
            try {
                if (!newRun) {
                    writeChanges(c, modelVersion, d, ids, scores, pds, grades, n);
                }
                listRun(c, modelVersion, d, n);
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

    /** Whether seller_score holds any row of the run (version, date), listed in score_run or not. */
    private boolean runHasRows(int version, Date d) {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT 1 FROM seller_score WHERE model_version = :v AND as_of = :d LIMIT 1")
                .bind("v", version).bind("d", d).mapTo(Integer.class).findOne().isPresent());
    }

    /**
     * A new run's rows, inserted in transactions of {@value #ROWS_PER_TRANSACTION} before the run is listed
     * in score_run. Readers find runs through score_run, so they cannot see these rows until the final
     * transaction of {@link #replaceScores} lists the run. Small transactions because H2 writes a row that is
     * still uncommitted at its next background store twice (uncommitted, then committed); one transaction
     * of 250,000 rows made storing a new date cost 1.5-2x as much (docs/benchmarks.md). If an insert fails,
     * the rows inserted so far are deleted again, unless another process has listed the run meanwhile.
     */
    private void insertUnlisted(int version, Date d, String[] ids, int[] scores, double[] pds, String[] grades,
                                int n) {
        try (Connection c = db.directConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement full = c.prepareStatement(insertRows(ROWS_PER_STATEMENT))) {
                for (int from = 0; from < n; from += ROWS_PER_STATEMENT) {
                    int rows = Math.min(ROWS_PER_STATEMENT, n - from);
                    PreparedStatement ins = rows == ROWS_PER_STATEMENT ? full : c.prepareStatement(insertRows(rows));
                    for (int r = 0; r < rows; r++) {
                        int i = from + r;
                        bindInsert(ins, 6 * r, version, d, ids[i], scores[i], pd(pds[i]), grades[i]);
                    }
                    ins.executeUpdate();
                    if (ins != full) {
                        ins.close();
                    }
                    if ((from / ROWS_PER_STATEMENT + 1) % (ROWS_PER_TRANSACTION / ROWS_PER_STATEMENT) == 0
                            || from + rows == n) {
                        c.commit();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                deleteUnlisted(c, version, d);
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Storing the scores failed: " + e.getMessage(), e);
        }
    }

    private static void deleteUnlisted(Connection c, int version, Date d) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM seller_score WHERE model_version = ? AND as_of = ?"
                + " AND NOT EXISTS (SELECT 1 FROM score_run r WHERE r.model_version = ? AND r.as_of = ?)")) {
            del.setInt(1, version);
            del.setDate(2, d);
            del.setInt(3, version);
            del.setDate(4, d);
            del.executeUpdate();
            c.commit();
        }
    }

    private static final int ROWS_PER_TRANSACTION = 500;
    /** One INSERT of many rows: H2 runs a batch as one command per row, each with its own overhead. */
    private static final int ROWS_PER_STATEMENT = 100;

    private static String insertRows(int rows) {
        return "INSERT INTO seller_score (model_version, as_of, seller_id, score, pd, grade) VALUES "
                + String.join(", ", java.util.Collections.nCopies(rows, "(?, ?, ?, ?, ?, ?)"));
    }
    private static final String INSERT_SCORE = "INSERT INTO seller_score (model_version, as_of, seller_id, score,"
            + " pd, grade) VALUES (?, ?, ?, ?, ?, ?)";

    private static BigDecimal pd(double pd) {
        return BigDecimal.valueOf(pd).setScale(6, RoundingMode.HALF_EVEN);
    }

    /** Binds one row's six values after the first {@code at} parameters. */
    private static void bindInsert(PreparedStatement ins, int at, int version, Date d, String id, int score,
                                   BigDecimal pd, String grade) throws SQLException {
        ins.setInt(at + 1, version);
        ins.setDate(at + 2, d);
        ins.setString(at + 3, id);
        ins.setInt(at + 4, score);
        ins.setBigDecimal(at + 5, pd);
        ins.setString(at + 6, grade);
    }

    /** A stored score as the run would write it, for comparing a new run with the stored one. */
    private record Stored(int score, BigDecimal pd, String grade) {
    }

    /**
     * Makes the stored run (version, date) hold exactly the given scores, writing only what differs: scoring
     * the same date again rewrites only the sellers whose score changed, inserts the new ones and deletes
     * those no longer scored.
     */
    private static void writeChanges(Connection c, int version, Date d, String[] ids, int[] scores, double[] pds,
                                     String[] grades, int n) throws SQLException {
        Map<String, Stored> old = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT seller_id, score, pd, grade FROM seller_score"
                + " WHERE model_version = ? AND as_of = ?")) {
            ps.setInt(1, version);
            ps.setDate(2, d);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    old.put(rs.getString(1), new Stored(rs.getInt(2), rs.getBigDecimal(3), rs.getString(4)));
                }
            }
        }
        try (PreparedStatement ins = c.prepareStatement(INSERT_SCORE);
             PreparedStatement upd = c.prepareStatement("UPDATE seller_score SET score = ?, pd = ?, grade = ?"
                     + " WHERE model_version = ? AND as_of = ? AND seller_id = ?");
             PreparedStatement del = c.prepareStatement("DELETE FROM seller_score"
                     + " WHERE model_version = ? AND as_of = ? AND seller_id = ?")) {
            int inserts = 0;
            int updates = 0;
            for (int i = 0; i < n; i++) {
                BigDecimal pd = pd(pds[i]);
                Stored was = old.remove(ids[i]);
                if (was == null) {
                    bindInsert(ins, 0, version, d, ids[i], scores[i], pd, grades[i]);
                    ins.addBatch();
                    if (++inserts % 10_000 == 0) {
                        ins.executeBatch();
                    }
                } else if (was.score() != scores[i] || was.pd().compareTo(pd) != 0 || !was.grade().equals(grades[i])) {
                    upd.setInt(1, scores[i]);
                    upd.setBigDecimal(2, pd);
                    upd.setString(3, grades[i]);
                    upd.setInt(4, version);
                    upd.setDate(5, d);
                    upd.setString(6, ids[i]);
                    upd.addBatch();
                    if (++updates % 10_000 == 0) {
                        upd.executeBatch();
                    }
                }
            }
            ins.executeBatch();
            upd.executeBatch();
            for (String gone : old.keySet()) {
                del.setInt(1, version);
                del.setDate(2, d);
                del.setString(3, gone);
                del.addBatch();
            }
            del.executeBatch();
        }
    }

    /** Lists the run (version, date) in score_run, which makes its rows visible to readers. */
    private static void listRun(Connection c, int version, Date d, int n) throws SQLException {
        try (PreparedStatement run = c.prepareStatement("MERGE INTO score_run (model_version, as_of, sellers) KEY"
                + " (model_version, as_of) VALUES (?, ?, ?)")) {
            run.setInt(1, version);
            run.setDate(2, d);
            run.setInt(3, n);
            run.executeUpdate();
        }
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
