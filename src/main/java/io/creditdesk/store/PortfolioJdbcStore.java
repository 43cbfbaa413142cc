package io.creditdesk.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.creditdesk.portfolio.ApplicationRecord;
import io.creditdesk.portfolio.DecisionRecord;
import io.creditdesk.portfolio.LoanRecord;
import io.creditdesk.portfolio.LoanRecord.InstalmentRecord;
import io.creditdesk.portfolio.PortfolioRepository;

import org.jdbi.v3.core.Handle;

/**
 * Reads the portfolio's facts with plain single-table scans; sellers (category, region) and the active
 * model's latest scores are read once into maps and joined in Java, which keeps every query a
 * sequential read however large the book.
 */
public final class PortfolioJdbcStore implements PortfolioRepository {
    private final Database db;

    public PortfolioJdbcStore(Database db) {
        this.db = db;
    }

    private record SellerInfo(String category, String region) {
    }

    private record Score(String grade, BigDecimal pd) {
    }

    @Override
    public Optional<LocalDate> asOf() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT meta_value FROM dataset_meta WHERE meta_key = 'as_of'")
                .mapTo(String.class).findOne().map(LocalDate::parse));
    }

    @Override
    public List<LoanRecord> loans() {
        return db.jdbi().withHandle(h -> {
            Map<String, SellerInfo> sellers = sellers(h);
            Map<String, Score> scores = scores(h);
            Map<String, List<InstalmentRecord>> instalments = new HashMap<>();
            h.createQuery("SELECT loan_id, due_on, amount_due, paid_on, amount_paid FROM repayment ORDER BY loan_id, due_on")
                    .setFetchSize(10_000)
                    .map((rs, ctx) -> {
                        instalments.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new InstalmentRecord(
                                rs.getDate(2).toLocalDate(), rs.getBigDecimal(3), date(rs.getDate(4)), rs.getBigDecimal(5)));
                        return 0;
                    }).forEach(x -> { });
            return h.createQuery("""
                    SELECT loan_id, seller_id, product, currency, disbursed_on, principal, price, status, defaulted_on
                    FROM loan ORDER BY loan_id""")
                    .setFetchSize(10_000)
                    .map((rs, ctx) -> {
                        String id = rs.getString(1);
                        String seller = rs.getString(2);
                        SellerInfo s = sellers.getOrDefault(seller, new SellerInfo(null, null));
                        Score sc = scores.get(seller);
                        List<InstalmentRecord> in = instalments.getOrDefault(id, List.of());
                        in.sort(java.util.Comparator.comparing(InstalmentRecord::dueOn));
                        return new LoanRecord(id, seller, rs.getString(3), rs.getString(4).trim(), s.category(),
                                s.region(), sc == null ? null : sc.grade(), sc == null ? null : sc.pd(),
                                rs.getDate(5).toLocalDate(), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getString(8),
                                date(rs.getDate(9)), in);
                    }).list();
        });
    }

    @Override
    public List<ApplicationRecord> applications() {
        return db.jdbi().withHandle(h -> {
            Map<String, SellerInfo> sellers = sellers(h);
            Map<String, Score> scores = scores(h);
            return h.createQuery("SELECT application_id, seller_id, submitted_at, product, status FROM application"
                    + " ORDER BY application_id")
                    .setFetchSize(10_000)
                    .map((rs, ctx) -> {
                        String seller = rs.getString(2);
                        SellerInfo s = sellers.getOrDefault(seller, new SellerInfo(null, null));
                        Score sc = scores.get(seller);
                        return new ApplicationRecord(rs.getLong(1), rs.getTimestamp(3).toLocalDateTime().toLocalDate(),
                                rs.getString(4), rs.getString(5), s.category(), s.region(), sc == null ? null : sc.grade());
                    }).list();
        });
    }

    /**
     * The recommended amount is the application's (the offer engine's; null when it offered nothing):
     * the decision row's copy falls back to the requested amount when there was no recommendation.
     */
    @Override
    public List<DecisionRecord> decisions() {
        return db.jdbi().withHandle(h -> {
            Map<String, SellerInfo> sellers = sellers(h);
            Map<String, Score> scores = scores(h);
            return h.createQuery("""
                    SELECT d.application_id, d.decided_by, d.decided_at, d.outcome, a.recommended_amount,
                           a.product, a.seller_id,
                           (SELECT MIN(l.status) FROM loan l WHERE l.application_id = d.application_id) AS loan_status
                    FROM decision d JOIN application a ON a.application_id = d.application_id
                    ORDER BY d.decision_id""")
                    .map((rs, ctx) -> {
                        String seller = rs.getString(7);
                        SellerInfo s = sellers.getOrDefault(seller, new SellerInfo(null, null));
                        Score sc = scores.get(seller);
                        return new DecisionRecord(rs.getLong(1), rs.getString(2),
                                rs.getTimestamp(3).toLocalDateTime().toLocalDate(), rs.getString(4), rs.getBigDecimal(5),
                                rs.getString(6), s.category(), s.region(), sc == null ? null : sc.grade(),
                                rs.getString(8));
                    }).list();
        });
    }

    private static Map<String, SellerInfo> sellers(Handle h) {
        Map<String, SellerInfo> map = new HashMap<>();
        h.createQuery("SELECT seller_id, category, region FROM seller").setFetchSize(10_000)
                .map((rs, ctx) -> map.put(rs.getString(1), new SellerInfo(rs.getString(2), rs.getString(3))))
                .forEach(x -> { });
        return map;
    }

    /** The active model's scores on its latest scoring date (empty without an active model). */
    private static Map<String, Score> scores(Handle h) {
        Map<String, Score> map = new HashMap<>();
        Optional<Integer> active = h.createQuery("SELECT model_version FROM model_version WHERE active"
                + " ORDER BY model_version DESC LIMIT 1").mapTo(Integer.class).findOne();
        if (active.isEmpty()) {
            return map;
        }
        Optional<LocalDate> latest = h.createQuery("SELECT MAX(as_of) FROM score_run WHERE model_version = :v")
                .bind("v", active.get()).mapTo(LocalDate.class).findOne();
        if (latest.isEmpty()) {
            return map;
        }
        h.createQuery("SELECT seller_id, grade, pd FROM seller_score WHERE model_version = :v AND as_of = :d")
                .bind("v", active.get()).bind("d", latest.get()).setFetchSize(10_000)
                .map((rs, ctx) -> map.put(rs.getString(1), new Score(rs.getString(2).trim(), rs.getBigDecimal(3))))
                .forEach(x -> { });
        return map;
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
