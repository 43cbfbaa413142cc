package io.creditdesk.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import io.creditdesk.decision.ApplicationCase;
import io.creditdesk.decision.ApplicationQueue;
import io.creditdesk.decision.DecisionRow;
import io.creditdesk.decision.DecisionStore;
import io.creditdesk.decision.JournalCodec;
import io.creditdesk.decision.JournalEntry;
import io.creditdesk.decision.JournalHead;
import io.creditdesk.decision.JournalReader;
import io.creditdesk.decision.Role;
import io.creditdesk.decision.UserAccount;
import io.creditdesk.loan.Application;
import io.creditdesk.loan.ApplicationStatus;

import org.jdbi.v3.core.Handle;

/**
 * Decisions, users, the application queue and the journal over Jdbi / JDBC. Everything a decision
 * writes happens on one handle inside one transaction ({@link #inTransaction}).
 */
public final class DecisionJdbcStore implements DecisionStore, ApplicationQueue, JournalReader {
    static final int PAGE = 10_000;
    private static final String APPLICATION_COLUMNS = "application_id, seller_id, submitted_at, product,"
            + " requested_amount, requested_term, currency, status, assignee, recommended_amount, score, grade, as_of,"
            + " recommended_price, recommended_decision";

    private final Database db;

    public DecisionJdbcStore(Database db) {
        this.db = db;
    }

    @Override
    public <T> T inTransaction(Function<Tx, T> body) {
        return db.jdbi().inTransaction(h -> body.apply(new JdbiTx(h)));
    }

    /** For a store whose own writes must share one transaction with a journal entry (same package). */
    <T> T inJournalTransaction(java.util.function.BiFunction<Handle, Tx, T> body) {
        return db.jdbi().inTransaction(h -> body.apply(h, new JdbiTx(h)));
    }

    // ---------------------------------------------------------------- queue (read only)

    @Override
    public List<ApplicationCase> list(Set<ApplicationStatus> statuses) {
        if (statuses.isEmpty()) {
            return List.of();
        }
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + APPLICATION_COLUMNS
                        + " FROM application WHERE status IN (<statuses>) ORDER BY submitted_at, application_id")
                .bindList("statuses", statuses.stream().map(Enum::name).toList())
                .map((rs, ctx) -> applicationCase(rs)).list());
    }

    @Override
    public List<ApplicationCase> forSeller(String sellerId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + APPLICATION_COLUMNS
                        + " FROM application WHERE seller_id = :seller ORDER BY submitted_at, application_id")
                .bind("seller", sellerId)
                .map((rs, ctx) -> applicationCase(rs)).list());
    }

    @Override
    public Optional<ApplicationCase> find(long applicationId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT " + APPLICATION_COLUMNS
                        + " FROM application WHERE application_id = :id").bind("id", applicationId)
                .map((rs, ctx) -> applicationCase(rs)).findOne());
    }

    @Override
    public List<DecisionRow> history(long applicationId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT decision_id, application_id, decided_by, decider_role,"
                        + " decided_at, outcome, final_amount, final_term, final_price, recommended_amount,"
                        + " recommended_term, recommended_price, reasons, comment_text, journal_seq"
                        + " FROM decision WHERE application_id = :id ORDER BY decision_id")
                .bind("id", applicationId)
                .map((rs, ctx) -> new DecisionRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDateTime.class), rs.getString(6), rs.getBigDecimal(7),
                        (Integer) rs.getObject(8, Integer.class), rs.getBigDecimal(9), rs.getBigDecimal(10),
                        (Integer) rs.getObject(11, Integer.class), rs.getBigDecimal(12), rs.getString(13),
                        rs.getString(14), (Long) rs.getObject(15, Long.class)))
                .list());
    }

    static ApplicationCase applicationCase(ResultSet rs) throws SQLException {
        Application a = new Application(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDateTime.class),
                rs.getString(4), rs.getBigDecimal(5), rs.getObject(6, Integer.class), rs.getString(7),
                ApplicationStatus.valueOf(rs.getString(8)), rs.getString(9), rs.getBigDecimal(10),
                rs.getObject(11, Integer.class), rs.getString(12), rs.getObject(13, LocalDate.class));
        return new ApplicationCase(a, rs.getBigDecimal(14), rs.getString(15));
    }

    // ---------------------------------------------------------------- journal (read)

    @Override
    public <T> T snapshot(Function<Snapshot, T> body) {
        try (Connection c = db.directConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return body.apply(new JdbcSnapshot(c));
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the journal: " + e.getMessage(), e);
        }
    }

    private static final class JdbcSnapshot implements Snapshot {
        private final Connection c;

        JdbcSnapshot(Connection c) {
            this.c = c;
        }

        @Override
        public Optional<JournalHead> head() {
            return readHead(c, false);
        }

        @Override
        public long[] seqRange() {
            try (PreparedStatement ps = c.prepareStatement("SELECT MIN(seq), MAX(seq) FROM journal_entry");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                long min = rs.getLong(1);
                return rs.wasNull() ? new long[0] : new long[] {min, rs.getLong(2)};
            } catch (SQLException e) {
                throw new StoreException("Cannot read the journal: " + e.getMessage(), e);
            }
        }

        @Override
        public void scan(long afterSeq, long toSeq, Predicate<JournalEntry> visitor) {
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, recorded_at, entry_kind, payload, prev_hash,"
                    + " entry_hash FROM journal_entry WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT " + PAGE)) {
                ps.setFetchSize(PAGE);
                long after = afterSeq;
                while (true) {
                    ps.setLong(1, after);
                    ps.setLong(2, toSeq);
                    int n = 0;
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            n++;
                            JournalEntry e = new JournalEntry(rs.getLong(1), rs.getObject(2, LocalDateTime.class),
                                    rs.getString(3), rs.getBytes(4), rs.getString(5), rs.getString(6));
                            after = e.seq();
                            if (!visitor.test(e)) {
                                return;
                            }
                        }
                    }
                    if (n < PAGE) {
                        return;
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("Cannot read the journal: " + e.getMessage(), e);
            }
        }

        @Override
        public OptionalLong seqOfHash(String hash) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT MIN(seq) FROM journal_entry WHERE entry_hash = ?")) {
                ps.setString(1, hash);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long v = rs.getLong(1);
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
                }
            } catch (SQLException e) {
                throw new StoreException("Cannot read the journal: " + e.getMessage(), e);
            }
        }
    }

    static Optional<JournalHead> readHead(Connection c, boolean lock) {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_seq, last_hash FROM journal_head WHERE head_id = 1"
                + (lock ? " FOR UPDATE" : ""))) {
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new JournalHead(rs.getLong(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the journal head: " + e.getMessage(), e);
        }
    }

    /** Total UTF-8 bytes of all journal payloads (for the benchmark's report). */
    public long journalPayloadBytes() {
        return db.jdbi().withHandle(h -> h.createQuery(
                "SELECT COALESCE(SUM(OCTET_LENGTH(payload)), 0) FROM journal_entry").mapTo(Long.class).one());
    }

    // ---------------------------------------------------------------- journal (bulk append)

    /** A body to append and the time it is recorded at. */
    public record Draft(Instant at, Object body) {
    }

    /**
     * Appends many entries of one kind in one transaction through the same canonical form and chain
     * as single appends (demo history, benchmarks). Returns the number appended.
     */
    public long appendAll(String kind, Iterator<Draft> drafts) {
        JournalCodec.checkKind(kind);
        return db.jdbi().inTransaction(h -> {
            Connection c = h.getConnection();
            JournalHead head = readHead(c, true).orElseThrow(JdbiTx::headMissing);
            JournalCodec codec = new JournalCodec();
            long seq = head.lastSeq();
            String prev = head.lastHash();
            long n = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO journal_entry (seq, recorded_at, entry_kind,"
                    + " payload, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?)")) {
                while (drafts.hasNext()) {
                    Draft d = drafts.next();
                    LocalDateTime at = JournalCodec.storedTime(d.at());
                    byte[] payload = JournalCodec.payloadBytes(kind, at, d.body());
                    String hash = codec.hash(prev, payload);
                    seq++;
                    ps.setLong(1, seq);
                    ps.setObject(2, at);
                    ps.setString(3, kind);
                    ps.setBytes(4, payload);
                    ps.setString(5, prev);
                    ps.setString(6, hash);
                    ps.addBatch();
                    prev = hash;
                    if (++n % 5_000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            } catch (SQLException e) {
                throw new StoreException("Cannot append to the journal: " + e.getMessage(), e);
            }
            JdbiTx.writeHead(h, seq, prev);
            return n;
        });
    }

    // ---------------------------------------------------------------- the transaction

    private static final class JdbiTx implements Tx {
        private final Handle h;
        private JournalCodec codec;

        JdbiTx(Handle h) {
            this.h = h;
        }

        @Override
        public Optional<ApplicationCase> lockApplication(long applicationId) {
            return h.createQuery("SELECT " + APPLICATION_COLUMNS + " FROM application WHERE application_id = :id FOR UPDATE")
                    .bind("id", applicationId).map((rs, ctx) -> applicationCase(rs)).findOne();
        }

        @Override
        public void moveApplication(long applicationId, ApplicationStatus from, ApplicationStatus to, String assignee) {
            int n = h.createUpdate("UPDATE application SET status = :to, assignee = :assignee"
                            + " WHERE application_id = :id AND status = :from")
                    .bind("to", to.name()).bind("assignee", assignee).bind("id", applicationId)
                    .bind("from", from.name()).execute();
            if (n != 1) {
                throw new IllegalStateException("Application " + applicationId + " is no longer " + from);
            }
        }

        @Override
        public List<Referral> referrals(long applicationId) {
            return h.createQuery("SELECT d.decided_by, COALESCE(d.decider_role, u.user_role) FROM decision d"
                            + " LEFT JOIN app_user u ON u.username = d.decided_by"
                            + " WHERE d.application_id = :id AND d.outcome = 'REFER' ORDER BY d.decision_id")
                    .bind("id", applicationId)
                    .map((rs, ctx) -> new Referral(rs.getString(1),
                            rs.getString(2) == null ? Role.UNDERWRITER : Role.valueOf(rs.getString(2))))
                    .list();
        }

        @Override
        public long insertDecision(DecisionRow r) {
            return h.createUpdate("INSERT INTO decision (application_id, decided_by, decider_role, decided_at, outcome,"
                            + " final_amount, final_term, final_price, recommended_amount, recommended_term,"
                            + " recommended_price, reasons, comment_text) VALUES (:app, :by, :role, :at, :outcome,"
                            + " :fa, :ft, :fp, :ra, :rt, :rp, :reasons, :comment)")
                    .bind("app", r.applicationId()).bind("by", r.decidedBy()).bind("role", r.deciderRole())
                    .bind("at", r.decidedAt()).bind("outcome", r.outcome())
                    .bind("fa", r.finalAmount()).bind("ft", r.finalTerm()).bind("fp", r.finalPrice())
                    .bind("ra", r.recommendedAmount()).bind("rt", r.recommendedTerm()).bind("rp", r.recommendedPrice())
                    .bind("reasons", r.reasons()).bind("comment", r.commentText())
                    .executeAndReturnGeneratedKeys("decision_id").mapTo(Long.class).one();
        }

        @Override
        public void linkJournal(long decisionId, long journalSeq) {
            h.createUpdate("UPDATE decision SET journal_seq = :seq WHERE decision_id = :id")
                    .bind("seq", journalSeq).bind("id", decisionId).execute();
        }

        @Override
        public JournalEntry appendJournal(String kind, Instant at, Object body) {
            JournalHead head = readHead(h.getConnection(), true).orElseThrow(JdbiTx::headMissing);
            LocalDateTime stored = JournalCodec.storedTime(at);
            byte[] payload = JournalCodec.payloadBytes(kind, stored, body);
            if (codec == null) {
                codec = new JournalCodec();
            }
            long seq = head.lastSeq() + 1;
            JournalEntry e = new JournalEntry(seq, stored, kind, payload, head.lastHash(),
                    codec.hash(head.lastHash(), payload));
            h.createUpdate("INSERT INTO journal_entry (seq, recorded_at, entry_kind, payload, prev_hash, entry_hash)"
                            + " VALUES (:seq, :at, :kind, :payload, :prev, :hash)")
                    .bind("seq", e.seq()).bind("at", e.recordedAt()).bind("kind", e.kind())
                    .bind("payload", e.payload()).bind("prev", e.prevHash()).bind("hash", e.entryHash()).execute();
            writeHead(h, seq, e.entryHash());
            return e;
        }

        static void writeHead(Handle h, long seq, String hash) {
            h.createUpdate("UPDATE journal_head SET last_seq = :seq, last_hash = :hash WHERE head_id = 1")
                    .bind("seq", seq).bind("hash", hash).execute();
        }

        static StoreException headMissing() {
            return new StoreException("The journal's head record is missing: nothing can be appended until the"
                    + " journal is repaired (run creditdesk journal verify).", null);
        }

        @Override
        public Optional<Map<String, Object>> latestScore(String sellerId) {
            // a key read of each stored run (score_run), not a search of every score row
            return h.createQuery("SELECT s.model_version, s.as_of, s.score, s.pd, s.grade FROM score_run r"
                            + " JOIN seller_score s ON s.model_version = r.model_version AND s.as_of = r.as_of"
                            + " AND s.seller_id = :id ORDER BY s.as_of DESC, s.model_version DESC LIMIT 1")
                    .bind("id", sellerId)
                    .map((rs, ctx) -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("model_version", rs.getInt(1));
                        m.put("as_of", rs.getObject(2, LocalDate.class));
                        m.put("score", rs.getInt(3));
                        m.put("pd", rs.getBigDecimal(4));
                        m.put("grade", rs.getString(5));
                        return m;
                    }).findOne();
        }

        @Override
        public Optional<UserAccount> user(String username) {
            return h.createQuery("SELECT username, display_name, user_role, password_hash, must_change_password"
                            + " FROM app_user WHERE username = :u").bind("u", username)
                    .map((rs, ctx) -> user(rs)).findOne();
        }

        @Override
        public List<UserAccount> users() {
            return new ArrayList<>(h.createQuery("SELECT username, display_name, user_role, password_hash,"
                    + " must_change_password FROM app_user ORDER BY username").map((rs, ctx) -> user(rs)).list());
        }

        private static UserAccount user(ResultSet rs) throws SQLException {
            return new UserAccount(rs.getString(1), rs.getString(2), Role.valueOf(rs.getString(3)), rs.getString(4),
                    rs.getBoolean(5));
        }

        @Override
        public void insertUser(UserAccount u) {
            h.createUpdate("INSERT INTO app_user (username, display_name, user_role, password_hash, must_change_password)"
                            + " VALUES (:u, :n, :r, :p, :m)")
                    .bind("u", u.username()).bind("n", u.displayName()).bind("r", u.role().name())
                    .bind("p", u.passwordHash()).bind("m", u.mustChangePassword()).execute();
        }

        @Override
        public void updatePassword(String username, String passwordHash, boolean mustChangePassword) {
            h.createUpdate("UPDATE app_user SET password_hash = :p, must_change_password = :m WHERE username = :u")
                    .bind("p", passwordHash).bind("m", mustChangePassword).bind("u", username).execute();
        }
    }

}
