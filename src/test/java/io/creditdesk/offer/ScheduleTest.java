package io.creditdesk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.creditdesk.money.Money;

import org.junit.jupiter.api.Test;

class ScheduleTest {
    static final Money AMOUNT = Money.of("50000", "CNY");
    static final BigDecimal APR_18 = new BigDecimal("0.18");
    static final LocalDate START = LocalDate.of(2026, 1, 15);

    /** CNY 50,000 over 12 months at 18% (1.5% a month), computed by hand: payment, principal, interest, balance. */
    static final String[][] ANNUITY = {
        {"4584.00", "3834.00", "750.00", "46166.00"},
        {"4584.00", "3891.51", "692.49", "42274.49"},
        {"4584.00", "3949.88", "634.12", "38324.61"},
        {"4584.00", "4009.13", "574.87", "34315.48"},
        {"4584.00", "4069.27", "514.73", "30246.21"},
        {"4584.00", "4130.31", "453.69", "26115.90"},
        {"4584.00", "4192.26", "391.74", "21923.64"},
        {"4584.00", "4255.15", "328.85", "17668.49"},
        {"4584.00", "4318.97", "265.03", "13349.52"},
        {"4584.00", "4383.76", "200.24", "8965.76"},
        {"4584.00", "4449.51", "134.49", "4516.25"},
        {"4583.99", "4516.25", "67.74", "0.00"},
    };

    @Test
    void annuityInstalmentOf50000Over12MonthsAt18PercentIs4584() {
        assertThat(Schedules.annuityInstalment(AMOUNT, APR_18, 12)).isEqualTo(Money.of("4584.00", "CNY"));
    }

    @Test
    void annuityScheduleMatchesTheHandComputedOneToTheCent() {
        Schedule s = Schedules.annuity(AMOUNT, APR_18, 12, START);
        assertLines(s.instalments(), ANNUITY);
        assertThat(s.instalments().get(0).dueOn()).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(s.instalments().get(11).dueOn()).isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void annuityPrincipalPartsSumExactlyToTheAmountAndTheLastInstalmentAbsorbsRounding() {
        Schedule s = Schedules.annuity(AMOUNT, APR_18, 12, START);
        assertThat(s.totalPrincipal()).isEqualTo(Money.of("50000.00", "CNY"));
        assertThat(s.totalInterest()).isEqualTo(Money.of("5007.99", "CNY"));
        assertThat(s.totalRepayable()).isEqualTo(Money.of("55007.99", "CNY"));
        assertThat(s.instalments().get(11).payment()).isEqualTo(Money.of("4583.99", "CNY"));
    }

    @Test
    void aprOfAnAnnuityWithoutFeesIsItsNominalRate() {
        assertThat(Schedules.apr(AMOUNT, Schedules.annuity(AMOUNT, APR_18, 12, START))).isEqualByComparingTo("0.1800");
        assertThat(Schedules.apr(AMOUNT, Schedules.equalPrincipal(AMOUNT, APR_18, 12, START))).isEqualByComparingTo("0.1800");
    }

    @Test
    void equalPrincipalRepaysTheSamePrincipalEachMonthAndTheLastPartAbsorbsRounding() {
        String[][] expected = {
            {"4916.67", "4166.67", "750.00", "45833.33"},
            {"4854.17", "4166.67", "687.50", "41666.66"},
            {"4791.67", "4166.67", "625.00", "37499.99"},
            {"4729.17", "4166.67", "562.50", "33333.32"},
            {"4666.67", "4166.67", "500.00", "29166.65"},
            {"4604.17", "4166.67", "437.50", "24999.98"},
            {"4541.67", "4166.67", "375.00", "20833.31"},
            {"4479.17", "4166.67", "312.50", "16666.64"},
            {"4416.67", "4166.67", "250.00", "12499.97"},
            {"4354.17", "4166.67", "187.50", "8333.30"},
            {"4291.67", "4166.67", "125.00", "4166.63"},
            {"4229.13", "4166.63", "62.50", "0.00"},
        };
        Schedule s = Schedules.equalPrincipal(AMOUNT, APR_18, 12, START);
        assertLines(s.instalments(), expected);
        assertThat(s.totalPrincipal()).isEqualTo(AMOUNT);
        assertThat(s.totalInterest()).isEqualTo(Money.of("4875.00", "CNY"));
        assertThat(s.maxPayment()).isEqualTo(Money.of("4916.67", "CNY"));
    }

    @Test
    void principalPartsSumToTheAmountForAwkwardAmountsRatesAndTerms() {
        for (String a : List.of("1000", "12345.67", "99999.99", "200000")) {
            for (String rate : List.of("0", "0.10", "0.1337", "0.24")) {
                for (int n : List.of(3, 6, 12)) {
                    Money amount = Money.of(a, "CNY");
                    for (RepaymentMethod m : List.of(RepaymentMethod.ANNUITY, RepaymentMethod.EQUAL_PRINCIPAL)) {
                        Schedule s = Schedules.of(m, amount, new BigDecimal(rate), n, START);
                        assertThat(s.totalPrincipal()).as("%s %s %s %d", m, a, rate, n).isEqualTo(amount);
                        assertThat(s.instalments().get(n - 1).balanceAfter().isZero()).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void affordablePrincipalInvertsTheInstalment() {
        BigDecimal p = Schedules.annuityPrincipalFor(Money.of("4584.00", "CNY"), APR_18, 12);
        assertThat(p.setScale(2, java.math.RoundingMode.HALF_EVEN)).isEqualByComparingTo("50000.00");
    }

    private static void assertLines(List<Instalment> lines, String[][] expected) {
        assertThat(lines).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            Instalment l = lines.get(i);
            assertThat(l.number()).isEqualTo(i + 1);
            assertThat(l.payment().amount()).as("payment %d", i + 1).isEqualByComparingTo(expected[i][0]);
            assertThat(l.principal().amount()).as("principal %d", i + 1).isEqualByComparingTo(expected[i][1]);
            assertThat(l.interest().amount()).as("interest %d", i + 1).isEqualByComparingTo(expected[i][2]);
            assertThat(l.balanceAfter().amount()).as("balance %d", i + 1).isEqualByComparingTo(expected[i][3]);
        }
    }
}
