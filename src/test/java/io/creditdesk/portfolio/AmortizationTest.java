package io.creditdesk.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class AmortizationTest {
    @Test
    void termLoanRepaysPrincipalAfterMonthlyInterestOnTheBalance() {
        // CNY 12,000 at 12% a year over 3 months: annuity 4,080.27; interest 120.00, 80.80, 40.40 (rounded)
        long[] parts = Amortization.principalParts("term", 1_200_000, new BigDecimal("0.12"),
                new long[] {408_027, 408_027, 408_026});
        assertThat(parts).containsExactly(396_027, 399_987, 403_986);
        assertThat(parts[0] + parts[1] + parts[2]).isEqualTo(1_200_000);
    }

    @Test
    void advanceRepaysPrincipalInProportionToEachInstalment() {
        // 10,000 with a 10% fee in three parts of 3,666.66, 3,666.66, 3,666.68
        long[] parts = Amortization.principalParts("revenue", 1_000_000, new BigDecimal("0.10"),
                new long[] {366_666, 366_666, 366_668});
        assertThat(parts).containsExactly(333_332, 333_332, 333_336);
    }

    @Test
    void aPartPaymentRepaysItsShareOfThePrincipalPart() {
        assertThat(Amortization.repaid(1_000, 1_200, 600)).isEqualTo(500);
        assertThat(Amortization.repaid(1_000, 1_200, 1_200)).isEqualTo(1_000);
        assertThat(Amortization.repaid(1_000, 1_200, 0)).isZero();
    }
}
