package io.creditdesk.portfolio;

import java.math.BigDecimal;

/**
 * How the book is measured.
 *
 * @param lgd          loss given default for expected loss (the offer engine's pricing LGD)
 * @param writeOffDays a defaulted loan stays in the outstanding book (and in PAR90) this many days
 *                     after its default date, then it is written off and leaves the book
 */
public record PortfolioSettings(BigDecimal lgd, int writeOffDays) {
    public PortfolioSettings {
        if (lgd == null || lgd.signum() < 0 || lgd.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("LGD must lie between 0 and 1, not " + lgd);
        }
        if (writeOffDays < 0) {
            throw new IllegalArgumentException("write-off days cannot be negative");
        }
    }

    public static PortfolioSettings of(BigDecimal lgd) {
        return new PortfolioSettings(lgd, 180);
    }
}
