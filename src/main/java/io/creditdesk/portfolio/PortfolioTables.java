package io.creditdesk.portfolio;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Each chart's data as a Tablesaw table, for the CSV exports: one row per bar or point, money and
 * rates as exact decimal text (Tablesaw's numeric columns are doubles), counts as integers.
 */
public final class PortfolioTables {
    private PortfolioTables() {
    }

    public static Table kpis(PortfolioReport r) {
        PortfolioReport.Kpis k = r.kpis();
        Table t = Table.create("kpis");
        t.addColumns(StringColumn.create("report_date", List.of(text(r.reportDate()))),
                StringColumn.create("currency", List.of(r.currency())),
                StringColumn.create("outstanding", List.of(text(k.outstanding()))),
                IntColumn.create("loans", new int[] {k.loans()}),
                StringColumn.create("par30", List.of(text(k.par30()))),
                StringColumn.create("par90", List.of(text(k.par90()))),
                StringColumn.create("expected_loss", List.of(text(k.expectedLoss()))),
                StringColumn.create("approval_rate", List.of(text(k.approvalRate()))),
                IntColumn.create("approved", new int[] {k.approved()}),
                IntColumn.create("decided", new int[] {k.decided()}));
        return t;
    }

    public static Table byGrade(PortfolioReport r) {
        List<PortfolioReport.GradeRow> rows = r.byGrade();
        return Table.create("exposure_by_grade",
                strings("grade", rows, PortfolioReport.GradeRow::grade),
                strings("days_past_due", rows, g -> g.bucket().name()),
                strings("exposure", rows, g -> text(g.exposure())),
                ints("loans", rows, PortfolioReport.GradeRow::loans));
    }

    public static Table approvals(PortfolioReport r) {
        List<PortfolioReport.PeriodRow> rows = r.approvals();
        return Table.create("approvals",
                strings("period", rows, PortfolioReport.PeriodRow::label),
                strings("start", rows, p -> text(p.start())),
                ints("submitted", rows, PortfolioReport.PeriodRow::submitted),
                ints("decided", rows, PortfolioReport.PeriodRow::decided),
                ints("approved", rows, PortfolioReport.PeriodRow::approved),
                strings("approval_rate", rows, p -> text(p.approvalRate())),
                ints("disbursed", rows, PortfolioReport.PeriodRow::disbursed),
                strings("volume", rows, p -> text(p.volume())));
    }

    public static Table parTrend(PortfolioReport r) {
        List<PortfolioReport.ParPoint> rows = r.parTrend();
        return Table.create("par_trend",
                strings("date", rows, p -> text(p.date())),
                strings("outstanding", rows, p -> text(p.outstanding())),
                ints("loans", rows, PortfolioReport.ParPoint::loans),
                strings("par30", rows, p -> text(p.par30())),
                strings("par90", rows, p -> text(p.par90())));
    }

    /** Long format: one row per cohort and month on book. */
    public static Table vintages(PortfolioReport r) {
        StringColumn cohort = StringColumn.create("cohort");
        IntColumn loans = IntColumn.create("loans");
        IntColumn mob = IntColumn.create("months_on_book");
        StringColumn rate = StringColumn.create("cumulative_default_rate");
        for (PortfolioReport.VintageCurve v : r.vintages()) {
            for (int m = 0; m < v.defaultRates().size(); m++) {
                cohort.append(v.cohort());
                loans.append(v.loans());
                mob.append(m + 1);
                rate.append(text(v.defaultRates().get(m)));
            }
        }
        return Table.create("vintages", cohort, loans, mob, rate);
    }

    public static Table shares(String name, List<PortfolioReport.ShareRow> rows) {
        return Table.create(name,
                strings("name", rows, PortfolioReport.ShareRow::name),
                strings("exposure", rows, s -> text(s.exposure())),
                strings("share", rows, s -> text(s.share())),
                ints("loans", rows, PortfolioReport.ShareRow::loans));
    }

    public static Table underwriters(PortfolioReport r) {
        List<PortfolioReport.UnderwriterRow> rows = r.underwriters();
        return Table.create("overrides_by_underwriter",
                strings("user", rows, PortfolioReport.UnderwriterRow::user),
                ints("decisions", rows, PortfolioReport.UnderwriterRow::decisions),
                ints("overrides", rows, PortfolioReport.UnderwriterRow::overrides),
                strings("override_rate", rows, u -> text(u.overrideRate())),
                ints("override_loans", rows, PortfolioReport.UnderwriterRow::overrideLoans),
                ints("override_defaults", rows, PortfolioReport.UnderwriterRow::overrideDefaults),
                strings("later_default_rate", rows, u -> text(u.laterDefaultRate())));
    }

    /** The table as CSV text (header line, then one line per row). */
    public static String csv(Table table) {
        StringWriter w = new StringWriter();
        table.write().csv(w);
        return w.toString();
    }

    private static <T> StringColumn strings(String name, List<T> rows, Function<T, String> f) {
        StringColumn c = StringColumn.create(name);
        for (T row : rows) {
            c.append(f.apply(row));
        }
        return c;
    }

    private static <T> IntColumn ints(String name, List<T> rows, java.util.function.ToIntFunction<T> f) {
        IntColumn c = IntColumn.create(name);
        for (T row : rows) {
            c.append(f.applyAsInt(row));
        }
        return c;
    }

    private static String text(BigDecimal d) {
        return d == null ? "" : d.toPlainString();
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
