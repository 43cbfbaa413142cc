package io.creditdesk.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PortfolioTablesTest {
    private static PortfolioReport report() {
        PortfolioReport.Kpis k = new PortfolioReport.Kpis(new BigDecimal("34000.00"), 5, new BigDecimal("0.2941"), null,
                new BigDecimal("3924.00"), new BigDecimal("0.7778"), 7, 9);
        return new PortfolioReport(PortfolioFilter.all(), LocalDate.of(2026, 6, 30), "CNY", k, List.of(), List.of(),
                List.of(), List.of(new PortfolioReport.VintageCurve("2025-Q3", LocalDate.of(2025, 7, 1), 2,
                        List.of(new BigDecimal("0.0000"), new BigDecimal("0.5000")))),
                List.of(new PortfolioReport.ShareRow("Toys, games & \"kids\"", new BigDecimal("8000.00"),
                        new BigDecimal("0.2353"), 2)), List.of(), List.of(), 0);
    }

    @Test
    void kpiCsvKeepsExactDecimalsAndLeavesMissingRatesEmpty() {
        String csv = PortfolioTables.csv(PortfolioTables.kpis(report()));
        assertThat(csv.lines().toList()).containsExactly(
                "report_date,currency,outstanding,loans,par30,par90,expected_loss,approval_rate,approved,decided",
                "2026-06-30,CNY,34000.00,5,0.2941,,3924.00,0.7778,7,9");
    }

    @Test
    void vintageCsvHasOneRowPerCohortAndMonthOnBook() {
        String csv = PortfolioTables.csv(PortfolioTables.vintages(report()));
        assertThat(csv.lines().toList()).containsExactly("cohort,loans,months_on_book,cumulative_default_rate",
                "2025-Q3,2,1,0.0000", "2025-Q3,2,2,0.5000");
    }

    @Test
    void namesWithCommasAndQuotesAreQuoted() {
        String csv = PortfolioTables.csv(PortfolioTables.shares("by_category", report().byCategory()));
        assertThat(csv.lines().toList()).containsExactly("name,exposure,share,loans",
                "\"Toys, games & \"\"kids\"\"\",8000.00,0.2353,2");
    }
}
