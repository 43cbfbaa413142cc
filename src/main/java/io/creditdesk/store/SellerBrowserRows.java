package io.creditdesk.store;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.creditdesk.seller.SellerRow;

import org.jdbi.v3.core.Handle;

/** Reads the seller browser's rows: sellers, 24 months of the month aggregate, scores, open applications. */
final class SellerBrowserRows {
    private final Handle h;
    private final LocalDate asOf;
    private final LocalDate before;
    private final LocalDate from;
    private final LocalDate to;

    SellerBrowserRows(Handle h, LocalDate asOf) {
        this.h = h;
        this.asOf = asOf;
        this.to = asOf.withDayOfMonth(1).plusMonths(1);
        this.from = to.minusMonths(12);
        this.before = to.minusMonths(24);
    }

    /** Sums of one seller's months: the last 12 and the 12 before. */
    private static final class Sums {
        BigDecimal gmv = BigDecimal.ZERO;
        BigDecimal priorGmv = BigDecimal.ZERO;
        int orders;
        int refunded;
        int reviews;
        int reviewSum;
    }

    private record Score(int score, String grade) {
    }

    List<SellerRow> read() {
        Map<String, Sums> sums = months();
        Map<String, Score> scores = scores();
        Set<String> open = new HashSet<>(h.createQuery("SELECT DISTINCT seller_id FROM application"
                + " WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'REFERRED')").mapTo(String.class).list());
        List<SellerRow> rows = new ArrayList<>(sums.size());
        h.createQuery("SELECT seller_id, name, category, region, joined_on FROM seller ORDER BY seller_id")
                .setFetchSize(10_000)
                .map((rs, ctx) -> {
                    String id = rs.getString(1);
                    Date joined = rs.getDate(5);
                    LocalDate joinedOn = joined == null ? null : joined.toLocalDate();
                    Sums m = sums.getOrDefault(id, new Sums());
                    Score sc = scores.get(id);
                    return new SellerRow(id, rs.getString(2), rs.getString(3), rs.getString(4), joinedOn,
                            tenure(joinedOn), m.gmv, m.orders, sc == null ? null : sc.score(),
                            sc == null ? null : sc.grade(),
                            m.priorGmv.signum() > 0 ? m.gmv.doubleValue() / m.priorGmv.doubleValue() - 1 : null,
                            m.orders > 0 ? (double) m.refunded / m.orders : 0,
                            m.reviews > 0 ? (double) m.reviewSum / m.reviews : null, open.contains(id));
                })
                .forEach(rows::add);
        return rows;
    }

    /** Whole months from joining to the as-of date, as H2's DATEDIFF('MONTH') counts them. */
    private int tenure(LocalDate joinedOn) {
        if (joinedOn == null) {
            return 0;
        }
        return Math.max(0, (asOf.getYear() - joinedOn.getYear()) * 12 + asOf.getMonthValue() - joinedOn.getMonthValue());
    }

    /** Grouped in H2: a result of 250,000 rows stays in memory, one of 6,000,000 month rows would spill to disk. */
    private Map<String, Sums> months() {
        Map<String, Sums> out = new HashMap<>(400_000);
        h.createQuery("SELECT seller_id,"
                        + " SUM(CASE WHEN month_start >= :from THEN gmv ELSE 0 END),"
                        + " SUM(CASE WHEN month_start >= :from THEN orders ELSE 0 END),"
                        + " SUM(CASE WHEN month_start >= :from THEN refunded_orders ELSE 0 END),"
                        + " SUM(CASE WHEN month_start >= :from THEN reviews ELSE 0 END),"
                        + " SUM(CASE WHEN month_start >= :from THEN review_sum ELSE 0 END),"
                        + " SUM(CASE WHEN month_start < :from THEN gmv ELSE 0 END)"
                        + " FROM seller_month WHERE month_start >= :before AND month_start < :to GROUP BY seller_id")
                .bind("before", before).bind("from", from).bind("to", to)
                .setFetchSize(10_000)
                .map((rs, ctx) -> {
                    Sums s = new Sums();
                    s.gmv = rs.getBigDecimal(2);
                    s.orders = rs.getInt(3);
                    s.refunded = rs.getInt(4);
                    s.reviews = rs.getInt(5);
                    s.reviewSum = rs.getInt(6);
                    s.priorGmv = rs.getBigDecimal(7);
                    out.put(rs.getString(1), s);
                    return s;
                })
                .forEach(s -> { });
        return out;
    }

    private Map<String, Score> scores() {
        Integer version = h.createQuery("SELECT MAX(model_version) FROM model_version WHERE active")
                .mapTo(Integer.class).one();
        if (version == null) {
            return Map.of();
        }
        // a run as of D scores the data before D: the run as of the day after the data is current
        LocalDate latest = h.createQuery("SELECT MAX(as_of) FROM score_run WHERE model_version = :v AND as_of <= :asOf")
                .bind("v", version).bind("asOf", asOf.plusDays(1)).mapTo(LocalDate.class).findOne().orElse(null);
        if (latest == null) {
            return Map.of();
        }
        Map<String, Score> out = new HashMap<>(400_000);
        h.createQuery("SELECT seller_id, score, grade FROM seller_score WHERE model_version = :v AND as_of = :d")
                .bind("v", version).bind("d", latest).setFetchSize(10_000)
                .map((rs, ctx) -> out.put(rs.getString(1), new Score(rs.getInt(2), rs.getString(3))))
                .forEach(x -> { });
        return out;
    }
}
