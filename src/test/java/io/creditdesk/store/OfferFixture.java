package io.creditdesk.store;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.creditdesk.AppContext;
import io.creditdesk.loan.Loan;
import io.creditdesk.loan.LoanStatus;
import io.creditdesk.loan.Repayment;
import io.creditdesk.seller.OrderLine;
import io.creditdesk.seller.OrderStatus;
import io.creditdesk.seller.Seller;

/**
 * Two sellers for the offer tests, data as of 2026-10-31: {@code busy} sells every day for a year
 * (one completed order of CNY 1,000 + weekday × 100, an OPEN order each day of the last 60 days,
 * a loan 40 days in arrears, scored B); {@code quiet} has only cancelled orders (no net sales).
 */
public final class OfferFixture {
    public static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    private OfferFixture() {
    }

    public static void seed(AppContext ctx) {
        ctx.marketplace().write(w -> {
            w.seller(new Seller("busy", "Busy Shop", "toys", "Zhejiang", "Hangzhou", LocalDate.of(2024, 5, 1), "CNY", "test"));
            w.seller(new Seller("quiet", "Quiet Shop", "toys", "Zhejiang", "Hangzhou", LocalDate.of(2024, 5, 1), "CNY", "test"));
            for (int i = 0; i < 400; i++) {
                LocalDate d = AS_OF.minusDays(i);
                BigDecimal amount = BigDecimal.valueOf(1000 + 100L * (d.getDayOfWeek().getValue() - 1));
                w.orderLine(new OrderLine("b" + i, "busy", d.atTime(10, 0), amount, BigDecimal.ZERO, "CNY",
                        i % 50 == 7 ? OrderStatus.DISPUTED : OrderStatus.COMPLETED, "buyer" + (i % 40), 5, false));
                if (i < 60) {
                    w.orderLine(new OrderLine("o" + i, "busy", d.atTime(15, 0), new BigDecimal("250.00"), BigDecimal.ZERO,
                            "CNY", OrderStatus.OPEN, "buyer" + (i % 40), null, null));
                }
                if (i % 10 == 0) {
                    w.orderLine(new OrderLine("q" + i, "quiet", d.atTime(10, 0), new BigDecimal("99.00"), BigDecimal.ZERO,
                            "CNY", OrderStatus.CANCELLED, "buyer" + i, null, null));
                }
            }
            w.loan(new Loan("L1", "busy", null, "term", LocalDate.of(2026, 5, 20), new BigDecimal("10000"), "CNY",
                    new BigDecimal("0.18"), 6, LoanStatus.IN_ARREARS, null));
            w.repayment(new Repayment("L1", LocalDate.of(2026, 8, 20), new BigDecimal("1755.00"), LocalDate.of(2026, 8, 20),
                    new BigDecimal("1755.00")));
            w.repayment(new Repayment("L1", LocalDate.of(2026, 9, 21), new BigDecimal("1755.00"), null, null));
            w.repayment(new Repayment("L1", LocalDate.of(2026, 10, 20), new BigDecimal("1755.00"), null, null));
            w.repayment(new Repayment("L1", LocalDate.of(2026, 11, 20), new BigDecimal("1755.00"), null, null));
            w.refreshAggregates(java.util.List.of("busy", "quiet"));
            return null;
        });
        ctx.database().jdbi().useHandle(h -> {
            h.execute("INSERT INTO seller_score (seller_id, model_version, as_of, score, pd, grade) VALUES "
                    + "('busy', 1, DATE '2026-09-30', 640, 0.018000, 'B'), ('busy', 1, DATE '2026-12-31', 500, 0.300000, 'E')");
            h.execute("MERGE INTO score_run (model_version, as_of, sellers) KEY (model_version, as_of)"
                    + " SELECT model_version, as_of, COUNT(*) FROM seller_score GROUP BY model_version, as_of");
        });
        ctx.datasets().setAsOf(AS_OF);
    }
}
