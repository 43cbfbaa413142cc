package io.creditdesk.offer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.creditdesk.money.Money;

/**
 * Outcome of the repayment simulation of a revenue-based advance.
 *
 * @param medianDays       median days to repay; null when more than half the paths hit the cap
 * @param p90Days          90th percentile of days to repay; null when more than 10% hit the cap
 * @param missedMilestonePaths paths that missed at least one minimum-progress milestone
 * @param cappedPaths      paths not repaid by the cap
 * @param fan              outstanding-balance percentiles per week
 */
public record SimulationResult(
        int paths,
        long seed,
        BigDecimal withholdRate,
        Money total,
        int capDays,
        Integer medianDays,
        Integer p90Days,
        int missedMilestonePaths,
        int cappedPaths,
        List<FanPoint> fan) {

    public SimulationResult {
        fan = List.copyOf(fan);
    }

    /** Share of paths that missed a milestone, 4 decimals. */
    public BigDecimal probabilityMissMilestone() {
        return share(missedMilestonePaths);
    }

    /** Share of paths that hit the cap unpaid, 4 decimals. */
    public BigDecimal probabilityCap() {
        return share(cappedPaths);
    }

    private BigDecimal share(int count) {
        return BigDecimal.valueOf(count).divide(BigDecimal.valueOf(paths), 4, RoundingMode.HALF_EVEN);
    }
}
