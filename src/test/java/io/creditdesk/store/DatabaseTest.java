package io.creditdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import io.creditdesk.AppContext;
import io.creditdesk.seller.OrderLine;
import io.creditdesk.seller.OrderStatus;
import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerMonth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void freshFileIsMigratedAndEmpty() {
        try (Database db = Database.open(dir.resolve("fresh"))) {
            assertThat(dir.resolve("fresh.mv.db")).exists();
            assertThat(Integer.parseInt(db.schemaVersion())).isGreaterThanOrEqualTo(1);
            assertThat(new DatasetStore(db).status().sellers()).isZero();
        }
    }

    @Test
    void secondProcessStyleOpenSharesTheFile() {
        Path file = dir.resolve("shared");
        try (Database a = Database.open(file); Database b = Database.open(file)) {
            new DatasetStore(a).setAsOf(LocalDate.of(2026, 11, 1));
            assertThat(new DatasetStore(b).asOf()).contains(LocalDate.of(2026, 11, 1));
        }
    }

    @Test
    void aggregatesAreRecomputedFromOrderLines() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("agg")), java.time.Clock.systemUTC())) {
            ctx.marketplace().write(w -> {
                w.seller(new Seller("s1", "Shop", "toys", "Zhejiang", "Hangzhou", LocalDate.of(2025, 1, 1), "CNY", "test"));
                w.orderLine(line("o1", "b1", "2026-03-01T10:00", "100.00", OrderStatus.COMPLETED, 5, false));
                w.orderLine(line("o2", "b1", "2026-03-02T10:00", "50.50", OrderStatus.COMPLETED, 1, true));
                w.orderLine(line("o3", "b2", "2026-03-03T10:00", "70.00", OrderStatus.CANCELLED, null, null));
                w.orderLine(line("o4", "b2", "2026-04-03T10:00", "20.00", OrderStatus.REFUNDED, 2, false));
                w.refreshAggregates(List.of("s1"));
                return null;
            });
            List<SellerMonth> months = ctx.sellers().months("s1");
            assertThat(months).hasSize(2);
            SellerMonth march = months.get(0);
            assertThat(march.orders()).isEqualTo(3);
            assertThat(march.completedOrders()).isEqualTo(2);
            assertThat(march.cancelledOrders()).isEqualTo(1);
            assertThat(march.gmv()).isEqualByComparingTo("150.50");
            assertThat(march.reviews()).isEqualTo(2);
            assertThat(march.reviewSum()).isEqualTo(6);
            assertThat(march.lowReviews()).isEqualTo(1);
            assertThat(march.lateOrders()).isEqualTo(1);
            assertThat(march.repeatOrders()).isEqualTo(1);
            assertThat(march.buyers()).isEqualTo(2);
            assertThat(march.top10BuyerGmv()).isEqualByComparingTo("150.50");
            SellerMonth april = months.get(1);
            assertThat(april.refundedOrders()).isEqualTo(1);
            assertThat(april.repeatOrders()).isEqualTo(1);
            assertThat(ctx.sellers().days("s1", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 5, 1))).hasSize(4);
            assertThat(ctx.sellers().browserRows(LocalDate.of(2026, 4, 30)))
                    .singleElement()
                    .satisfies(r -> {
                        assertThat(r.gmv12m()).isEqualByComparingTo("150.50");
                        assertThat(r.orders12m()).isEqualTo(4);
                        assertThat(r.tenureMonths()).isEqualTo(15);
                    });
        }
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("tx")), java.time.Clock.systemUTC())) {
            try {
                ctx.marketplace().write(w -> {
                    w.seller(new Seller("s1", "Shop", null, null, null, null, "CNY", "test"));
                    w.flush();
                    throw new IllegalStateException("boom");
                });
            } catch (IllegalStateException expected) {
                // the transaction rolls back
            }
            assertThat(ctx.datasets().status().sellers()).isZero();
        }
    }

    private static OrderLine line(String id, String buyer, String at, String amount, OrderStatus status,
                                  Integer review, Boolean late) {
        return new OrderLine(id, "s1", LocalDateTime.parse(at), new BigDecimal(amount), null, "CNY", status, buyer,
                review, late);
    }
}
