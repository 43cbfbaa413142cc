package io.creditdesk.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the dashboard shows for one filter: the KPI tiles and each chart's data. Money is
 * exact (BigDecimal in {@code currency}); rates are shares (0.0321 = 3.21%) with four decimals,
 * null where nothing was there to divide.
 *
 * @param reportDate the day the book is measured on: the filter's end, or the data's as-of date
 * @param excludedOtherCurrency loans left out because they are not in {@code currency}
 */
public record PortfolioReport(PortfolioFilter filter, LocalDate reportDate, String currency, Kpis kpis,
                              List<GradeRow> byGrade, List<PeriodRow> approvals, List<ParPoint> parTrend,
                              List<VintageCurve> vintages, List<ShareRow> byCategory, List<ShareRow> byRegion,
                              List<UnderwriterRow> underwriters, int excludedOtherCurrency) {
    /** The grade of a seller without a score. */
    public static final String UNSCORED = "-";

    /**
     * The tiles. {@code loans} counts loans with principal outstanding on the report date;
     * {@code approvalRate} = approved ÷ decided among applications submitted in the window.
     */
    public record Kpis(BigDecimal outstanding, int loans, BigDecimal par30, BigDecimal par90, BigDecimal expectedLoss,
                       BigDecimal approvalRate, int approved, int decided) {
    }

    /** Exposure and count of one grade in one days-past-due bucket. */
    public record GradeRow(String grade, Bucket bucket, BigDecimal exposure, int loans) {
    }

    /** Applications submitted and loans disbursed in one week or month. */
    public record PeriodRow(LocalDate start, String label, int submitted, int decided, int approved,
                            BigDecimal approvalRate, int disbursed, BigDecimal volume) {
    }

    /** The book at a month end (and on the report date). */
    public record ParPoint(LocalDate date, BigDecimal outstanding, int loans, BigDecimal par30, BigDecimal par90) {
    }

    /**
     * One origination cohort: {@code defaultRates.get(m - 1)} is the share of its loans that had
     * defaulted within m months of disbursement, for every m observed by the report date.
     */
    public record VintageCurve(String cohort, LocalDate start, int loans, List<BigDecimal> defaultRates) {
        public VintageCurve {
            defaultRates = List.copyOf(defaultRates);
        }
    }

    /** Exposure of one category or region and its share of the book. */
    public record ShareRow(String name, BigDecimal exposure, BigDecimal share, int loans) {
    }

    /**
     * Final decisions (approve, approve with changes, decline) of one user in the window; an override
     * is an approval with changed terms, an approval of an application the engine offered nothing,
     * or a decline of one it offered a loan. {@code laterDefaultRate} = defaulted ÷ disbursed loans
     * among the overrides.
     */
    public record UnderwriterRow(String user, int decisions, int overrides, BigDecimal overrideRate, int overrideLoans,
                                 int overrideDefaults, BigDecimal laterDefaultRate) {
    }
}
