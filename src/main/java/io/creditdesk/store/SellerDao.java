package io.creditdesk.store;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerDay;
import io.creditdesk.seller.SellerLoan;
import io.creditdesk.seller.SellerMonth;
import io.creditdesk.seller.SellerNote;
import io.creditdesk.seller.SellerRepository;
import io.creditdesk.seller.SellerRow;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Jdbi SqlObject implementation of {@link SellerRepository}. */
@RegisterConstructorMapper(Seller.class)
@RegisterConstructorMapper(SellerMonth.class)
@RegisterConstructorMapper(SellerDay.class)
public interface SellerDao extends SellerRepository {

    @Override
    default List<SellerRow> browserRows(LocalDate asOf) {
        LocalDate to = asOf.withDayOfMonth(1).plusMonths(1);
        return browserRowsBetween(to.minusMonths(24), to.minusMonths(12), to, asOf);
    }

    /**
     * One row per seller: 12-month sales, refund rate and review average from the month aggregate,
     * growth against the 12 months before, the active model's latest score on or before the as-of
     * date, and whether an application is open.
     */
    @SqlQuery("""
            SELECT s.seller_id, s.name, s.category, s.region, s.joined_on,
                   CASE WHEN s.joined_on IS NULL THEN 0
                        ELSE GREATEST(0, DATEDIFF('MONTH', s.joined_on, :asOf)) END AS tenure_months,
                   COALESCE(m.gmv, 0) AS gmv12m, COALESCE(m.orders, 0) AS orders12m,
                   sc.score, sc.grade,
                   CASE WHEN p.gmv > 0 THEN CAST(COALESCE(m.gmv, 0) AS DOUBLE) / p.gmv - 1 END AS growth,
                   CASE WHEN m.orders > 0 THEN CAST(m.refunded AS DOUBLE) / m.orders ELSE 0 END AS refund_rate,
                   CASE WHEN m.reviews > 0 THEN CAST(m.review_sum AS DOUBLE) / m.reviews END AS review_average,
                   o.seller_id IS NOT NULL AS open_application
            FROM seller s
            LEFT JOIN (SELECT seller_id, SUM(gmv) AS gmv, SUM(orders) AS orders, SUM(refunded_orders) AS refunded,
                              SUM(reviews) AS reviews, SUM(review_sum) AS review_sum
                       FROM seller_month WHERE month_start >= :from AND month_start < :to
                       GROUP BY seller_id) m ON m.seller_id = s.seller_id
            LEFT JOIN (SELECT seller_id, SUM(gmv) AS gmv
                       FROM seller_month WHERE month_start >= :before AND month_start < :from
                       GROUP BY seller_id) p ON p.seller_id = s.seller_id
            LEFT JOIN (SELECT ss.seller_id, ss.score, ss.grade FROM seller_score ss
                       JOIN (SELECT model_version, MAX(as_of) AS as_of FROM seller_score
                             WHERE as_of <= :asOf
                               AND model_version = (SELECT MAX(model_version) FROM model_version WHERE active)
                             GROUP BY model_version) latest
                         ON latest.model_version = ss.model_version AND latest.as_of = ss.as_of) sc
                   ON sc.seller_id = s.seller_id
            LEFT JOIN (SELECT DISTINCT seller_id FROM application
                       WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'REFERRED')) o ON o.seller_id = s.seller_id
            ORDER BY s.seller_id""")
    @RegisterConstructorMapper(SellerRow.class)
    List<SellerRow> browserRowsBetween(@Bind("before") LocalDate before, @Bind("from") LocalDate from,
                                       @Bind("to") LocalDate to, @Bind("asOf") LocalDate asOf);

    @Override
    @SqlQuery("SELECT seller_id, name, category, region, city, joined_on, currency, source FROM seller WHERE seller_id = :id")
    Optional<Seller> find(@Bind("id") String sellerId);

    @Override
    @SqlQuery("SELECT * FROM seller_month WHERE seller_id = :id ORDER BY month_start")
    List<SellerMonth> months(@Bind("id") String sellerId);

    @Override
    @SqlQuery("""
            SELECT l.loan_id, l.product, l.disbursed_on, l.principal, l.currency, l.term_months, l.status,
                   COALESCE(r.due, 0) AS due_to_date, COALESCE(r.paid, 0) AS paid_to_date,
                   COALESCE(DATEDIFF('DAY', r.oldest_unpaid, :asOf), 0) AS days_late
            FROM loan l
            LEFT JOIN (SELECT loan_id, SUM(amount_due) AS due, SUM(COALESCE(amount_paid, 0)) AS paid,
                              MIN(CASE WHEN COALESCE(amount_paid, 0) < amount_due THEN due_on END) AS oldest_unpaid
                       FROM repayment WHERE due_on <= :asOf GROUP BY loan_id) r ON r.loan_id = l.loan_id
            WHERE l.seller_id = :id
            ORDER BY l.disbursed_on DESC, l.loan_id""")
    @RegisterConstructorMapper(SellerLoan.class)
    List<SellerLoan> loans(@Bind("id") String sellerId, @Bind("asOf") LocalDate asOf);

    @Override
    @SqlQuery("SELECT note_id, seller_id, author, written_at, note_text FROM seller_note WHERE seller_id = :id ORDER BY written_at, note_id")
    @RegisterConstructorMapper(SellerNote.class)
    List<SellerNote> notes(@Bind("id") String sellerId);

    @Override
    default SellerNote addNote(String sellerId, String author, LocalDateTime writtenAt, String text) {
        long id = insertNote(sellerId, author, writtenAt, text);
        return new SellerNote(id, sellerId, author, writtenAt, text);
    }

    @SqlUpdate("INSERT INTO seller_note (seller_id, author, written_at, note_text) VALUES (:seller, :author, :at, :text)")
    @GetGeneratedKeys("note_id")
    long insertNote(@Bind("seller") String sellerId, @Bind("author") String author,
                    @Bind("at") LocalDateTime writtenAt, @Bind("text") String text);

    @Override
    @SqlQuery("SELECT seller_id, sales_day, orders, gmv FROM seller_day WHERE seller_id = :id AND sales_day >= :from AND sales_day < :to ORDER BY sales_day")
    List<SellerDay> days(@Bind("id") String sellerId, @Bind("from") LocalDate fromInclusive,
                         @Bind("to") LocalDate toExclusive);
}
