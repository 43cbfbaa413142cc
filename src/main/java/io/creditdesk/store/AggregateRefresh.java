package io.creditdesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

/**
 * Recomputes seller_month and seller_day of some sellers from their order lines, inside the
 * caller's transaction. Repeat orders count a buyer's orders after their first with this seller;
 * top10_buyer_gmv is the completed GMV of the month's ten largest buyers.
 */
final class AggregateRefresh {
    private AggregateRefresh() {
    }

    static void refresh(Connection c, Collection<String> sellerIds) {
        if (sellerIds.isEmpty()) {
            return;
        }
        try {
            exec(c, "CREATE LOCAL TEMPORARY TABLE IF NOT EXISTS refresh_seller (seller_id VARCHAR(64) PRIMARY KEY)");
            exec(c, "TRUNCATE TABLE refresh_seller");
            try (PreparedStatement ps = c.prepareStatement("MERGE INTO refresh_seller KEY (seller_id) VALUES (?)")) {
                int n = 0;
                for (String id : sellerIds) {
                    ps.setString(1, id);
                    ps.addBatch();
                    if (++n % 5_000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            exec(c, "DELETE FROM seller_month WHERE seller_id IN (SELECT seller_id FROM refresh_seller)");
            exec(c, "DELETE FROM seller_day WHERE seller_id IN (SELECT seller_id FROM refresh_seller)");
            exec(c, SqlResource.load("aggregate_month.sql"));
            exec(c, SqlResource.load("aggregate_day.sql"));
        } catch (SQLException e) {
            throw new IllegalStateException("Refreshing the aggregates failed: " + e.getMessage(), e);
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
