package io.creditdesk.portfolio;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The principal part of each instalment, in minor units, from the amounts due: a term loan pays
 * interest on its declining balance at {@code price ÷ 12} a month and the rest of each instalment
 * repays principal (the last one clears the balance); an advance's flat fee is spread evenly, so each
 * instalment repays principal in proportion to its amount. The parts always add up to the principal.
 */
final class Amortization {
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private Amortization() {
    }

    static long[] principalParts(String product, long principal, BigDecimal price, long[] due) {
        int n = due.length;
        long[] parts = new long[n];
        if (n == 0) {
            return parts;
        }
        if ("term".equals(product) && price != null) {
            long balance = principal;
            for (int i = 0; i < n; i++) {
                long part;
                if (i == n - 1) {
                    part = balance;
                } else {
                    long interest = BigDecimal.valueOf(balance).multiply(price)
                            .divide(TWELVE, 0, RoundingMode.HALF_EVEN).longValueExact();
                    part = Math.max(0, Math.min(balance, due[i] - interest));
                }
                parts[i] = part;
                balance -= part;
            }
            return parts;
        }
        long total = 0;
        for (long d : due) {
            total += d;
        }
        long assigned = 0;
        for (int i = 0; i < n; i++) {
            long part = i == n - 1 ? principal - assigned
                    : total == 0 ? 0 : BigDecimal.valueOf(principal).multiply(BigDecimal.valueOf(due[i]))
                            .divide(BigDecimal.valueOf(total), 0, RoundingMode.DOWN).longValueExact();
            parts[i] = part;
            assigned += part;
        }
        return parts;
    }

    /** Principal repaid by a payment: the whole part when paid in full, else in proportion (rounded down). */
    static long repaid(long part, long due, long paid) {
        if (paid >= due || due <= 0) {
            return part;
        }
        if (paid <= 0) {
            return 0;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(paid))
                .divide(BigDecimal.valueOf(due), 0, RoundingMode.DOWN).longValueExact();
    }
}
