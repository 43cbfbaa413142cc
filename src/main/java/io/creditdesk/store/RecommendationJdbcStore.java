package io.creditdesk.store;

import java.math.BigDecimal;
import java.util.List;

import io.creditdesk.loan.Application;
import io.creditdesk.offer.ApplicationRecommendations;

/** Open applications and their recommended amount and price. */
public final class RecommendationJdbcStore implements ApplicationRecommendations.RecommendationStore {
    private final Database db;

    public RecommendationJdbcStore(Database db) {
        this.db = db;
    }

    @Override
    public List<Application> openApplications() {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT application_id, seller_id, submitted_at, product,"
                + " requested_amount, requested_term, currency, status, assignee, recommended_amount, score, grade, as_of"
                + " FROM application WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'REFERRED') ORDER BY application_id")
                .map((rs, ctx) -> new Application(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toLocalDateTime(),
                        rs.getString(4), rs.getBigDecimal(5), (Integer) rs.getObject(6), rs.getString(7),
                        io.creditdesk.loan.ApplicationStatus.valueOf(rs.getString(8)), rs.getString(9),
                        rs.getBigDecimal(10), (Integer) rs.getObject(11), rs.getString(12),
                        rs.getDate(13) == null ? null : rs.getDate(13).toLocalDate()))
                .list());
    }

    @Override
    public void recommend(long applicationId, BigDecimal amount, BigDecimal price, String decision) {
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE application SET recommended_amount = :a, recommended_price = :p,"
                + " recommended_decision = :d WHERE application_id = :id").bind("a", amount).bind("p", price)
                .bind("d", decision).bind("id", applicationId).execute());
    }
}
