package io.creditdesk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;

import io.creditdesk.money.Money;

import org.junit.jupiter.api.Test;

class PolicyEngineTest {
    final PolicyEngine engine = new PolicyEngine(PolicyConfig.defaults());

    static SellerSnapshot seller(int tenure, int orders90, Integer daysSince, String dispute, int arrears, String grade,
                                 boolean scored) {
        long[] d = new long[SellerSnapshots.HISTORY_DAYS];
        Arrays.fill(d, 10_000);
        return new SellerSnapshot("S1", TestSellers.AS_OF, tenure, orders90, daysSince, new BigDecimal(dispute), arrears,
                grade, new BigDecimal("0.02"), scored, Money.of("3000", "CNY"),
                new DailySales(SellerSnapshots.historyStart(TestSellers.AS_OF), d, TestSellers.CNY), Money.of("0", "CNY"));
    }

    @Test
    void everyRuleIsReportedWithItsValueAndThresholdWhenAllPass() {
        PolicyResult r = engine.evaluate(seller(3, 10, 30, "0.05", 30, "B", true));
        assertThat(r.verdict()).isEqualTo(PolicyVerdict.ELIGIBLE);
        assertThat(r.policyVersion()).isEqualTo("policy-2026.1");
        assertThat(r.rules()).extracting(RuleResult::rule)
                .containsExactly("TENURE", "ORDERS_90D", "RECENT_SALE", "DISPUTE_RATE", "ARREARS", "GRADE", "SCORED");
        assertThat(r.rules()).allMatch(RuleResult::passed);
        assertThat(r.rule("TENURE")).isEqualTo(new RuleResult("TENURE", "Tenure on the marketplace", RuleOutcome.PASS,
                "3 months", "≥ 3 months"));
        assertThat(r.rule("ORDERS_90D").observed()).isEqualTo("10");
        assertThat(r.rule("RECENT_SALE").observed()).isEqualTo("last sale 30 days ago");
        assertThat(r.rule("DISPUTE_RATE").observed()).isEqualTo("5%");
        assertThat(r.rule("DISPUTE_RATE").threshold()).isEqualTo("≤ 5%");
        assertThat(r.rule("ARREARS").observed()).isEqualTo("30 days past due");
        assertThat(r.rule("GRADE").observed()).isEqualTo("B");
        assertThat(r.breaches()).isEmpty();
    }

    @Test
    void eachThresholdJustCrossedDeclines() {
        assertThat(engine.evaluate(seller(2, 10, 30, "0.05", 30, "B", true)).rule("TENURE").outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(engine.evaluate(seller(3, 9, 30, "0.05", 30, "B", true)).rule("ORDERS_90D").outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(engine.evaluate(seller(3, 10, 31, "0.05", 30, "B", true)).rule("RECENT_SALE").outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(engine.evaluate(seller(3, 10, 30, "0.0501", 30, "B", true)).rule("DISPUTE_RATE").outcome()).isEqualTo(RuleOutcome.FAIL);
        PolicyResult arrears = engine.evaluate(seller(3, 10, 30, "0.05", 31, "B", true));
        assertThat(arrears.rule("ARREARS").outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(arrears.verdict()).isEqualTo(PolicyVerdict.DECLINE);
        assertThat(arrears.breaches()).extracting(RuleResult::rule).containsExactly("ARREARS");
    }

    @Test
    void aSellerWithoutAnySaleFailsTheRecentSaleRule() {
        RuleResult r = engine.evaluate(seller(12, 0, null, "0", 0, "B", true)).rule("RECENT_SALE");
        assertThat(r.outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(r.observed()).isEqualTo("no sale on record");
    }

    @Test
    void gradeEDeclinesByDefaultAndRefersWhenConfiguredSo() {
        assertThat(engine.evaluate(seller(12, 50, 1, "0", 0, "E", true)).verdict()).isEqualTo(PolicyVerdict.DECLINE);
        PolicyEngine referring = new PolicyEngine(PolicyConfig.defaults().withGradeAction("E", RuleAction.REFER));
        PolicyResult r = referring.evaluate(seller(12, 50, 1, "0", 0, "E", true));
        assertThat(r.rule("GRADE").outcome()).isEqualTo(RuleOutcome.REFER);
        assertThat(r.verdict()).isEqualTo(PolicyVerdict.REFER);
    }

    @Test
    void anUnscoredSellerIsReferredAndTheAssumedGradeIsNamed() {
        PolicyResult r = engine.evaluate(seller(12, 50, 1, "0", 0, "D", false));
        assertThat(r.verdict()).isEqualTo(PolicyVerdict.REFER);
        assertThat(r.rule("SCORED").outcome()).isEqualTo(RuleOutcome.REFER);
        assertThat(r.rule("GRADE").observed()).isEqualTo("D (assumed: not scored)");
    }

    @Test
    void aDeclineOutranksAReferral() {
        assertThat(engine.evaluate(seller(1, 50, 1, "0", 0, "D", false)).verdict()).isEqualTo(PolicyVerdict.DECLINE);
    }
}
