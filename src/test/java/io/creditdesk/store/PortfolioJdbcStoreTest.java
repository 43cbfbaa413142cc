package io.creditdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.creditdesk.portfolio.Bucket;
import io.creditdesk.portfolio.Period;
import io.creditdesk.portfolio.PortfolioFilter;
import io.creditdesk.portfolio.PortfolioReport;
import io.creditdesk.portfolio.PortfolioReport.GradeRow;
import io.creditdesk.portfolio.PortfolioReport.ParPoint;
import io.creditdesk.portfolio.PortfolioReport.PeriodRow;
import io.creditdesk.portfolio.PortfolioReport.ShareRow;
import io.creditdesk.portfolio.PortfolioReport.UnderwriterRow;
import io.creditdesk.portfolio.PortfolioReport.VintageCurve;
import io.creditdesk.portfolio.PortfolioService;
import io.creditdesk.portfolio.PortfolioSettings;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio figures on {@link PortfolioFixture}'s small book against answers worked out by hand. */
class PortfolioJdbcStoreTest {
    @TempDir
    static Path dir;
    static Database db;
    static PortfolioService service;

    @BeforeAll
    static void open() {
        db = Database.open(dir.resolve("portfolio"));
        PortfolioFixture.load(db);
        service = new PortfolioService(new PortfolioJdbcStore(db), PortfolioSettings.of(new BigDecimal("0.60")));
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void tilesOfTheWholeBookMatchTheHandWorkedFigures() {
        PortfolioReport r = service.report(PortfolioFilter.all());
        assertThat(r.reportDate()).isEqualTo(PortfolioFixture.AS_OF);
        assertThat(r.currency()).isEqualTo("CNY");
        PortfolioReport.Kpis k = r.kpis();
        assertThat(k.outstanding()).isEqualByComparingTo("34000.00");
        assertThat(k.loans()).isEqualTo(5);
        assertThat(k.par30()).isEqualTo(bd("0.2941"));  // L2 6,000 (90 days) + L4 4,000 (263 days) of 34,000
        assertThat(k.par90()).isEqualTo(bd("0.1176"));  // only L4: 90 days is not more than 90
        // 0.6 × (2,000×0.02 + 6,000×0.05 + 2,000×0.10 + 4,000×1 (in default) + 20,000×0.10)
        assertThat(k.expectedLoss()).isEqualTo(bd("3924.00"));
        assertThat(k.approved()).isEqualTo(7);
        assertThat(k.decided()).isEqualTo(9);
        assertThat(k.approvalRate()).isEqualTo(bd("0.7778"));
    }

    @Test
    void par30EqualsADirectSqlSumOfTheUnpaidPrincipalOfLoansMoreThan30DaysLate() {
        // with a 0% rate each unpaid instalment is unpaid principal
        BigDecimal[] sql = db.jdbi().withHandle(h -> h.createQuery("""
                SELECT SUM(CASE WHEN r.loan_id IN (SELECT x.loan_id FROM repayment x WHERE x.paid_on IS NULL
                                                   AND x.due_on < DATEADD('DAY', -30, DATE '2026-06-30'))
                                THEN r.amount_due ELSE 0 END),
                       SUM(r.amount_due)
                FROM repayment r JOIN loan l ON l.loan_id = r.loan_id
                WHERE r.paid_on IS NULL AND l.disbursed_on <= DATE '2026-06-30'""")
                .map((rs, ctx) -> new BigDecimal[] {rs.getBigDecimal(1), rs.getBigDecimal(2)}).one());
        PortfolioReport r = service.report(PortfolioFilter.all());
        assertThat(sql[0]).isEqualByComparingTo("10000");
        assertThat(r.kpis().outstanding()).isEqualByComparingTo(sql[1]);
        assertThat(r.kpis().par30()).isEqualTo(sql[0].divide(sql[1], 4, java.math.RoundingMode.HALF_EVEN));
    }

    @Test
    void exposureByGradeIsSplitByDaysPastDue() {
        List<GradeRow> rows = service.report(PortfolioFilter.all()).byGrade();
        assertThat(rows).containsExactly(
                new GradeRow("A", Bucket.CURRENT, bd("2000.00"), 1),
                new GradeRow("B", Bucket.DPD_31_90, bd("6000.00"), 1),
                new GradeRow("C", Bucket.CURRENT, bd("20000.00"), 1),
                new GradeRow("C", Bucket.DPD_1_30, bd("2000.00"), 1),
                new GradeRow("-", Bucket.DPD_OVER_90, bd("4000.00"), 1));
    }

    @Test
    void concentrationByCategoryAndRegionSharesTheBook() {
        PortfolioReport r = service.report(PortfolioFilter.all());
        assertThat(r.byCategory()).containsExactly(
                new ShareRow("Books", bd("26000.00"), bd("0.7647"), 3),
                new ShareRow("Toys", bd("8000.00"), bd("0.2353"), 2));
        assertThat(r.byRegion()).containsExactly(
                new ShareRow("Zhejiang", bd("24000.00"), bd("0.7059"), 3),
                new ShareRow("Guangdong", bd("10000.00"), bd("0.2941"), 2));
    }

    @Test
    void parTrendAtAMonthEndCountsTheDefaultedLoanUntilItsWriteOff() {
        List<ParPoint> trend = service.report(PortfolioFilter.all()).parTrend();
        assertThat(trend.get(0).date()).isEqualTo(LocalDate.of(2025, 8, 31));
        assertThat(trend.get(trend.size() - 1).date()).isEqualTo(PortfolioFixture.AS_OF);
        ParPoint march = trend.stream().filter(p -> p.date().equals(LocalDate.of(2026, 3, 31))).findFirst().orElseThrow();
        // L1 8,000 + L2 6,000 + L3 6,000 current; L4 4,000 is 172 days late (written off only after 2026-07-07)
        assertThat(march).isEqualTo(new ParPoint(LocalDate.of(2026, 3, 31), bd("24000.00"), 4, bd("0.1667"), bd("0.1667")));
        ParPoint august = trend.get(0); // L4 disbursed 2025-08-10, L8 2025-08-20: nothing due yet
        assertThat(august).isEqualTo(new ParPoint(LocalDate.of(2025, 8, 31), bd("8000.00"), 2, bd("0.0000"), bd("0.0000")));
    }

    @Test
    void aDefaultedLoanLeavesTheBookAfterTheWriteOffPeriod() {
        PortfolioService quick = new PortfolioService(new PortfolioJdbcStore(db), new PortfolioSettings(bd("0.60"), 30));
        PortfolioReport r = quick.report(PortfolioFilter.all());
        assertThat(r.kpis().outstanding()).isEqualByComparingTo("30000.00");
        assertThat(r.kpis().par90()).isEqualTo(bd("0.0000"));
    }

    @Test
    void monthlyVintageCurveIsTheCumulativeShareOfTheCohortDefaulted() {
        List<VintageCurve> curves = service.report(PortfolioFilter.all().withPeriods(Period.MONTH, Period.MONTH)).vintages();
        assertThat(curves).extracting(VintageCurve::cohort)
                .containsExactly("2025-08", "2025-10", "2026-01", "2026-02");  // 2026-06 has no full month yet
        VintageCurve aug = curves.get(0);
        // L4 (defaulted 2026-01-08, within 5 months of 2025-08-10) and L8 (repaid); observed for 10 months
        assertThat(aug.loans()).isEqualTo(2);
        assertThat(aug.defaultRates()).containsExactly(bd("0.0000"), bd("0.0000"), bd("0.0000"), bd("0.0000"),
                bd("0.5000"), bd("0.5000"), bd("0.5000"), bd("0.5000"), bd("0.5000"), bd("0.5000"));
        assertThat(curves.get(2).loans()).isEqualTo(2);
        assertThat(curves.get(2).defaultRates()).hasSize(5).allSatisfy(x -> assertThat(x).isEqualTo(bd("0.0000")));
    }

    @Test
    void quarterlyVintagesGroupCohortsByOriginationQuarter() {
        List<VintageCurve> curves = service.report(PortfolioFilter.all()).vintages();
        assertThat(curves).extracting(VintageCurve::cohort).containsExactly("2025-Q3", "2025-Q4", "2026-Q1");
        assertThat(curves.get(0).defaultRates()).hasSize(9);
        assertThat(curves.get(0).defaultRates().get(3)).isEqualTo(bd("0.0000"));
        assertThat(curves.get(0).defaultRates().get(4)).isEqualTo(bd("0.5000"));
    }

    @Test
    void approvalsAndVolumeByMonth() {
        PortfolioReport r = service.report(PortfolioFilter.all().withDates(LocalDate.of(2026, 1, 1), null));
        assertThat(r.approvals()).extracting(PeriodRow::label)
                .containsExactly("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06");
        assertThat(r.approvals().get(0)).isEqualTo(new PeriodRow(LocalDate.of(2026, 1, 1), "2026-01", 1, 1, 1,
                bd("1.0000"), 2, bd("22000.00")));
        assertThat(r.approvals().get(2)).isEqualTo(new PeriodRow(LocalDate.of(2026, 3, 1), "2026-03", 1, 1, 0,
                bd("0.0000"), 0, bd("0.00")));
        // A2, A4, A6 approved; A7, A10 declined; A8 withdrawn and A9 open are not decided
        assertThat(r.kpis().approvalRate()).isEqualTo(bd("0.6000"));
    }

    @Test
    void weeklyApprovalsStartOnMonday() {
        PortfolioReport r = service.report(PortfolioFilter.all().withDates(LocalDate.of(2026, 6, 1), null)
                .withPeriods(Period.WEEK, Period.QUARTER));
        assertThat(r.approvals().get(0).start()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(r.approvals()).extracting(PeriodRow::label).startsWith("2026-W23").endsWith("2026-W27");
        PeriodRow w23 = r.approvals().get(0); // A6 submitted Friday 2026-06-05
        assertThat(w23.submitted()).isEqualTo(1);
        assertThat(w23.approved()).isEqualTo(1);
    }

    @Test
    void filtersNarrowEveryFigure() {
        PortfolioReport revenue = service.report(PortfolioFilter.all().withProducts(Set.of("revenue")));
        assertThat(revenue.kpis().outstanding()).isEqualByComparingTo("20000.00");
        assertThat(revenue.kpis().par30()).isEqualTo(bd("0.0000"));
        assertThat(revenue.kpis().approvalRate()).isEqualTo(bd("1.0000"));

        PortfolioReport books = service.report(PortfolioFilter.all().withCategories(Set.of("Books"))
                .withRegions(Set.of("Guangdong")));
        assertThat(books.kpis().outstanding()).isEqualByComparingTo("4000.00");
        assertThat(books.kpis().par90()).isEqualTo(bd("1.0000"));

        PortfolioReport unscored = service.report(PortfolioFilter.all().withGrades(Set.of("-")));
        assertThat(unscored.kpis().loans()).isEqualTo(1);

        PortfolioReport march = service.report(PortfolioFilter.all().withDates(null, LocalDate.of(2026, 3, 31)));
        assertThat(march.reportDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(march.kpis().outstanding()).isEqualByComparingTo("24000.00");
    }

    @Test
    void overridesAndTheirLaterDefaultsByUnderwriter() {
        List<UnderwriterRow> rows = service.report(PortfolioFilter.all()).underwriters();
        assertThat(rows).containsExactly(
                new UnderwriterRow("manager", 1, 1, bd("1.0000"), 1, 1, bd("1.0000")),
                new UnderwriterRow("senior", 2, 0, bd("0.0000"), 0, 0, null),
                new UnderwriterRow("uw", 4, 3, bd("0.7500"), 2, 0, bd("0.0000")));
    }

    @Test
    void filterChoicesComeFromTheData() {
        var choices = service.load().choices();
        assertThat(choices.products()).containsExactly("revenue", "term");
        assertThat(choices.grades()).containsExactly("A", "B", "C", "-");
        assertThat(choices.categories()).containsExactly("Books", "Toys");
        assertThat(choices.regions()).containsExactly("Guangdong", "Zhejiang");
    }

    @Test
    void anEmptyDatabaseGivesZeroTilesNotAnError() {
        try (Database empty = Database.inMemory("portfolio-empty")) {
            PortfolioReport r = new PortfolioService(new PortfolioJdbcStore(empty), PortfolioSettings.of(bd("0.6")))
                    .report(PortfolioFilter.all());
            assertThat(r.kpis().outstanding()).isEqualByComparingTo("0");
            assertThat(r.kpis().par30()).isNull();
            assertThat(r.vintages()).isEmpty();
        }
    }
}
