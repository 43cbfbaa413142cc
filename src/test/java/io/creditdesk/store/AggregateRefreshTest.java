package io.creditdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import io.creditdesk.seller.OrderLine;
import io.creditdesk.seller.OrderStatus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one-pass refresh of every seller (bulk import) gives the aggregates of the per-seller refresh. */
class AggregateRefreshTest {
    private static final String MONTHS = "SELECT seller_id || ' ' || month_start || ' ' || orders || ' '"
            + " || completed_orders || ' ' || cancelled_orders || ' ' || refunded_orders || ' ' || disputed_orders"
            + " || ' ' || gmv || ' ' || reviews || ' ' || review_sum || ' ' || low_reviews || ' ' || shipped_orders"
            + " || ' ' || late_orders || ' ' || repeat_orders || ' ' || buyers || ' ' || top10_buyer_gmv || ' '"
            + " || sale_days FROM seller_month ORDER BY seller_id, month_start";
    private static final String DAYS = "SELECT seller_id || ' ' || sales_day || ' ' || orders || ' ' || gmv"
            + " FROM seller_day ORDER BY seller_id, sales_day";

    /** 12 sellers of 1 to 40 lines and one of 60 (seeded), with buyers, reviews, late flags and every status. */
    private static Database withLines(String name) {
        Database db = Database.inMemory(name + "-" + java.util.UUID.randomUUID());
        Random rnd = new Random(7L);
        OrderStatus[] statuses = OrderStatus.values();
        new MarketplaceJdbcStore(db, false).write(w -> {
            for (int s = 0; s < 13; s++) {
                int lines = s == 6 ? 60 : 1 + rnd.nextInt(40);
                for (int i = 0; i < lines; i++) {
                    w.orderLine(new OrderLine("o" + s + "-" + i, "s" + (char) ('a' + s),
                            LocalDateTime.of(2026, 1 + rnd.nextInt(3), 1 + rnd.nextInt(28), 10 + rnd.nextInt(2), 0),
                            BigDecimal.valueOf(rnd.nextInt(10_000), 2), null, "CNY",
                            statuses[rnd.nextInt(statuses.length)], rnd.nextInt(4) == 0 ? null : "b" + rnd.nextInt(8),
                            rnd.nextInt(3) == 0 ? null : 1 + rnd.nextInt(5),
                            rnd.nextInt(3) == 0 ? null : rnd.nextBoolean()));
                }
            }
            return null;
        });
        return db;
    }

    private static List<String> rows(Database db, String sql) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    @ParameterizedTest(name = "pages of {0} lines")
    @ValueSource(ints = {7, 40, 59, 61, 20_000})
    void everySellerInPagesGivesTheAggregatesOfThePerSellerRefresh(int pageLines) throws Exception {
        try (Database db = withLines("refresh-all")) {
            List<String> sellers = rows(db, "SELECT DISTINCT seller_id FROM order_line ORDER BY 1");
            assertThat(sellers).hasSize(13);
            db.jdbi().useTransaction(h -> AggregateRefresh.refresh(h.getConnection(), sellers));
            List<String> months = rows(db, MONTHS);
            List<String> days = rows(db, DAYS);
            assertThat(rows(db, "SELECT SUM(orders) FROM seller_month")).containsExactly(
                    rows(db, "SELECT COUNT(*) FROM order_line").get(0));
            // a stale row of a seller is replaced, not kept
            db.jdbi().useHandle(h -> h.execute("UPDATE seller_month SET orders = 999 WHERE seller_id = 'sa'"));
            try (Connection write = db.directConnection(); Connection read = db.directConnection()) {
                write.setAutoCommit(false);
                AggregateRefresh.refreshAll(write, read, pageLines);
            }
            assertThat(rows(db, MONTHS)).isEqualTo(months);
            assertThat(rows(db, DAYS)).isEqualTo(days);
        }
    }

    @Test
    void anEmptyOrderLineGivesNoAggregates() throws Exception {
        try (Database db = Database.inMemory("refresh-empty-" + java.util.UUID.randomUUID());
                Connection write = db.directConnection(); Connection read = db.directConnection()) {
            write.setAutoCommit(false);
            AggregateRefresh.refreshAll(write, read);
            assertThat(rows(db, "SELECT COUNT(*) FROM seller_month")).containsExactly("0");
        }
    }
}
