package io.creditdesk.offer;

import static io.creditdesk.offer.TestSellers.healthy;
import static io.creditdesk.offer.TestSellers.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import io.creditdesk.money.Money;

import org.junit.jupiter.api.Test;

class OfferEngineTest {
    final OfferEngine engine = new OfferEngine(OfferConfig.defaults(), new PolicyEngine(PolicyConfig.defaults()));

    static OfferEngine engine(OfferConfig config) {
        return new OfferEngine(config, new PolicyEngine(PolicyConfig.defaults()));
    }

    @Test
    void limitIsMultipleTimesAverageMonthlySalesRoundedDownTo100() {
        Offer o = engine.offer(healthy("B", "33333.33", 1000), Product.TERM);
        // 1.5 × 33,333.33 = 49,999.995 → 49,900
        assertThat(o.limit()).isEqualTo(Money.of("49900", "CNY"));
        assertThat(o.gradeMultiple()).isEqualByComparingTo("1.5");
        assertThat(o.recommended().amount()).isEqualTo(Money.of("49900", "CNY"));
    }

    @Test
    void limitIsCappedAtTheProductMaximum() {
        Offer o = engine.offer(healthy("A", "150000", 5000), Product.TERM);
        assertThat(o.limit()).isEqualTo(Money.of("200000", "CNY"));
    }

    @Test
    void gradeEHasAZeroLimitAndIsRefusedWithAReason() {
        Offer o = engine.offer(healthy("E", "50000", 1000), Product.TERM);
        assertThat(o.status()).isEqualTo(OfferStatus.REFUSED);
        assertThat(o.reasons()).containsExactly("limit is zero: grade E has a multiple of 0");
        assertThat(o.policy().rule("GRADE").outcome()).isEqualTo(RuleOutcome.FAIL);
    }

    @Test
    void recommendedTermAmountIsReducedToKeepTheInstalmentWithin30PercentOfSales() {
        OfferEngine generous = engine(OfferConfig.defaults().withMultiples(Map.of("A", new BigDecimal("5"))));
        Offer o = generous.offer(healthy("A", "10000", 330), Product.TERM);
        // price 5% + 2%×60% + 4% + 3% = 13.2%; 3,000 a month over 12 months buys 33,552.87 → 33,500
        assertThat(o.price().annualRate()).isEqualByComparingTo("0.132");
        assertThat(o.limit()).isEqualTo(Money.of("50000", "CNY"));
        assertThat(o.affordable()).isEqualTo(Money.of("33500", "CNY"));
        assertThat(o.recommended().amount()).isEqualTo(Money.of("33500", "CNY"));
        assertThat(o.recommended().instalment().amount()).isLessThanOrEqualTo(new BigDecimal("3000"));
        assertThat(o.notes()).anySatisfy(n -> assertThat(n).contains("reduced from the limit"));
    }

    @Test
    void priceAddsCostOfFundsExpectedLossOperatingCostAndMargin() {
        Offer o = engine.offer(healthy("C", "20000", 660), Product.TERM);
        PriceBreakdown p = o.price();
        assertThat(p.expectedLoss()).isEqualByComparingTo("0.012");
        assertThat(p.rawRate()).isEqualByComparingTo("0.132");
        assertThat(o.recommended().price()).isEqualByComparingTo("0.132");
        assertThat(o.recommended().apr()).isEqualByComparingTo("0.1320");
    }

    @Test
    void priceIsHeldAtTheProductCap() {
        long[] daily = new long[SellerSnapshots.HISTORY_DAYS];
        java.util.Arrays.fill(daily, 100_000);
        Offer o = engine.offer(snapshot("D", new BigDecimal("0.30"), true, "30000", daily), Product.TERM);
        assertThat(o.price().rawRate()).isEqualByComparingTo("0.30");
        assertThat(o.price().annualRate()).isEqualByComparingTo("0.24");
    }

    @Test
    void priceIsHeldAtTheProductFloor() {
        OfferEngine e = engine(OfferConfig.defaults().withProduct(Product.TERM,
                new ProductLimits(new BigDecimal("1000"), new BigDecimal("200000"), new BigDecimal("0.15"),
                        new BigDecimal("0.24"))));
        Offer o = e.offer(healthy("A", "30000", 1000), Product.TERM);
        assertThat(o.price().rawRate()).isEqualByComparingTo("0.132");
        assertThat(o.price().annualRate()).isEqualByComparingTo("0.15");
        assertThat(o.recommended().price()).isEqualByComparingTo("0.15");
    }

    @Test
    void aSellerWithNoSalesIsRefusedWithAReasonForEveryProduct() {
        long[] none = new long[SellerSnapshots.HISTORY_DAYS];
        SellerSnapshot s = snapshot("B", new BigDecimal("0.02"), true, "0", none);
        for (Product p : Product.values()) {
            Offer o = engine.offer(s, p);
            assertThat(o.status()).isEqualTo(OfferStatus.REFUSED);
            assertThat(o.reasons()).singleElement().asString().startsWith("no sales in the last 12 months");
            assertThat(o.recommended()).isNull();
            assertThat(o.policy().rules()).isNotEmpty();
        }
    }

    @Test
    void aRevenueAdvanceWithSalesOnlyOlderThan52WeeksIsRefusedBecauseNothingCanBeReplayed() {
        long[] none = new long[SellerSnapshots.HISTORY_DAYS];
        Offer o = engine.offer(snapshot("B", new BigDecimal("0.02"), true, "1000", none), Product.REVENUE);
        assertThat(o.status()).isEqualTo(OfferStatus.REFUSED);
        assertThat(o.reasons()).containsExactly("no daily sales in the last 52 weeks: the repayment cannot be simulated");
    }

    @Test
    void revenueAdvanceWithholdsBetween5And15PercentAndMeetsMinimumProgressAtAverageSales() {
        Offer o = engine.offer(healthy("A", "30000", 986), Product.REVENUE);
        Terms t = o.recommended();
        assertThat(t.withholdRate()).isBetween(new BigDecimal("0.05"), new BigDecimal("0.15"));
        assertThat(t.price()).isBetween(new BigDecimal("0.02"), new BigDecimal("0.20"));
        assertThat(t.totalRepayable()).isEqualTo(t.amount().plus(t.fee()));
        SimulationResult sim = t.simulation();
        assertThat(sim.paths()).isEqualTo(1000);
        assertThat(sim.medianDays()).isNotNull().isLessThanOrEqualTo(540);
        assertThat(sim.probabilityMissMilestone()).isEqualByComparingTo("0");
        assertThat(sim.probabilityCap()).isEqualByComparingTo("0");
        assertThat(t.apr()).isNotNull();
    }

    @Test
    void adjustedTermsAreShownNextToTheRecommendedOnes() {
        SellerSnapshot s = healthy("B", "40000", 1300);
        Offer o = engine.offer(s, Product.TERM, new OfferAdjustment(new BigDecimal("70000"), 6, new BigDecimal("0.26"),
                null, RepaymentMethod.EQUAL_PRINCIPAL), 100, 1);
        assertThat(o.recommended().amount()).isEqualTo(Money.of("60000", "CNY"));
        assertThat(o.recommended().termMonths()).isEqualTo(12);
        assertThat(o.adjusted().amount()).isEqualTo(Money.of("70000", "CNY"));
        assertThat(o.adjusted().termMonths()).isEqualTo(6);
        assertThat(o.adjusted().method()).isEqualTo(RepaymentMethod.EQUAL_PRINCIPAL);
        assertThat(o.adjusted().schedule().totalPrincipal()).isEqualTo(Money.of("70000", "CNY"));
        assertThat(o.warnings()).hasSize(3)
                .anySatisfy(w -> assertThat(w).contains("above the limit"))
                .anySatisfy(w -> assertThat(w).contains("outside the product's floor"))
                .anySatisfy(w -> assertThat(w).contains("instalment"));
    }

    @Test
    void withoutAdjustmentTheAdjustedTermsAreTheRecommendedOnes() {
        Offer o = engine.offer(healthy("B", "40000", 1300), Product.TERM);
        assertThat(o.adjusted()).isSameAs(o.recommended());
        assertThat(o.warnings()).isEmpty();
    }

    @Test
    void adjustmentsOutsideTheProductDefinitionAreRejected() {
        SellerSnapshot s = healthy("B", "40000", 1300);
        assertThatThrownBy(() -> engine.offer(s, Product.TERM, new OfferAdjustment(null, 9, null, null, null), 10, 1))
                .hasMessageContaining("3, 6, 12 months, not 9");
        assertThatThrownBy(() -> engine.offer(s, Product.REVENUE,
                new OfferAdjustment(null, null, null, new BigDecimal("0.20"), null), 10, 1))
                .hasMessageContaining("between 5% and 15%");
        assertThatThrownBy(() -> engine.offer(s, Product.TERM,
                new OfferAdjustment(null, null, null, new BigDecimal("0.10"), null), 10, 1))
                .hasMessageContaining("only to a revenue-based advance");
        assertThatThrownBy(() -> engine.offer(s, Product.ORDER, new OfferAdjustment(null, 90, null, null, null), 10, 1))
                .hasMessageContaining("30–60 days");
    }

    @Test
    void orderBackedAdvanceLendsAShareOfOpenOrderValueRepaidInOneSum() {
        Offer o = engine.offer(healthy("B", "40000", 1300), Product.ORDER);
        Terms t = o.recommended();
        // 80% of 20,000 open order value
        assertThat(t.amount()).isEqualTo(Money.of("16000", "CNY"));
        assertThat(t.termDays()).isEqualTo(45);
        // 13.2% × 45 / 365 = 1.6274% → 260.38
        assertThat(t.fee()).isEqualTo(Money.of("260.38", "CNY"));
        assertThat(t.schedule().instalments()).singleElement()
                .satisfies(i -> assertThat(i.payment()).isEqualTo(Money.of("16260.38", "CNY")));
    }

    @Test
    void anUnscoredSellerGetsGradeDWithANoteAndIsReferred() {
        long[] daily = new long[SellerSnapshots.HISTORY_DAYS];
        java.util.Arrays.fill(daily, 100_000);
        Offer o = engine.offer(snapshot("D", new BigDecimal("0.10"), false, "30000", daily), Product.TERM);
        assertThat(o.status()).isEqualTo(OfferStatus.REFER);
        assertThat(o.notes()).anySatisfy(n -> assertThat(n).startsWith("not scored: grade D"));
        assertThat(o.limit()).isEqualTo(Money.of("15000", "CNY"));
    }
}
