package io.creditdesk.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import io.creditdesk.offer.OfferStore;
import io.creditdesk.offer.ScoreRecord;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Jdbi SqlObject implementation of {@link OfferStore}: scores, arrears and open orders of one seller. */
public interface OfferDao extends OfferStore {

    /**
     * A run as of D scores data before D, so the runs up to the day after {@code asOf} (the last day of data
     * the offer sees) are current; `score --all` and the demo store theirs as of that day.
     */
    @Override
    @SqlQuery("""
            SELECT s.seller_id, s.model_version, s.as_of, s.score, s.pd, s.grade
            FROM score_run r
            JOIN seller_score s ON s.model_version = r.model_version AND s.as_of = r.as_of AND s.seller_id = :id
            LEFT JOIN model_version m ON m.model_version = r.model_version
            WHERE r.as_of <= DATEADD(DAY, 1, CAST(:asOf AS DATE))
            ORDER BY CASE WHEN m.active THEN 0 ELSE 1 END, s.as_of DESC, s.model_version DESC
            FETCH FIRST 1 ROW ONLY""")
    @RegisterConstructorMapper(ScoreRecord.class)
    Optional<ScoreRecord> latestScore(@Bind("id") String sellerId, @Bind("asOf") LocalDate asOf);

    @Override
    @SqlQuery("""
            SELECT COALESCE(MAX(DATEDIFF('DAY', r.due_on, :asOf)), 0)
            FROM repayment r JOIN loan l ON l.loan_id = r.loan_id
            WHERE l.seller_id = :id AND l.status IN ('ACTIVE', 'IN_ARREARS') AND r.due_on < :asOf
              AND (r.paid_on IS NULL OR r.paid_on > :asOf OR COALESCE(r.amount_paid, 0) < r.amount_due)""")
    int maxDaysInArrears(@Bind("id") String sellerId, @Bind("asOf") LocalDate asOf);

    @Override
    @SqlQuery("""
            SELECT COALESCE(SUM(amount), 0) FROM order_line
            WHERE seller_id = :id AND status = 'OPEN' AND placed_at >= :from AND placed_at < :to""")
    BigDecimal openOrderValue(@Bind("id") String sellerId, @Bind("from") LocalDate from,
                              @Bind("to") LocalDate toExclusive);
}
