package io.creditdesk.ingest.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a demo run generated. {@code orders} and {@code gmv} count every generated order (the monthly
 * aggregates), {@code orderLines} only the raw lines written (fewer for very large runs).
 * GMV is completed-order value in CNY. {@code defaultRate} = defaults ÷ loans, 4 decimals.
 */
public record DemoSummary(
        long sellers,
        long orders,
        long orderLines,
        BigDecimal gmv,
        long applications,
        long loans,
        long defaults,
        long openApplications,
        long detailedSellers) {

    public BigDecimal defaultRate() {
        if (loans == 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        return BigDecimal.valueOf(defaults).divide(BigDecimal.valueOf(loans), 4, RoundingMode.HALF_EVEN);
    }
}
