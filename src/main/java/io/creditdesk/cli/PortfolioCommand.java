package io.creditdesk.cli;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.creditdesk.AppContext;
import io.creditdesk.portfolio.Period;
import io.creditdesk.portfolio.PortfolioFilter;
import io.creditdesk.portfolio.PortfolioReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code creditdesk portfolio}: the dashboard's tiles (and with --json every chart's data) for a filter. */
@Command(name = "portfolio", description = {"The portfolio dashboard's figures: outstanding, loans, PAR30, PAR90,",
    "expected loss and approval rate, for a period, products, grades, categories and regions."})
public final class PortfolioCommand extends BaseCommand {
    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Start of the reporting window (default: the first data)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "End of the window; the book is measured on this day (default: the data's as-of date)")
    LocalDate to;

    @Option(names = "--product", split = ",", paramLabel = "P", description = "Only these products (term, revenue, order), comma-separated")
    List<String> products = List.of();

    @Option(names = "--grade", split = ",", paramLabel = "G", description = "Only sellers of these grades (A-E; '-' for unscored)")
    List<String> grades = List.of();

    @Option(names = "--category", split = ",", paramLabel = "C", description = "Only sellers of these categories")
    List<String> categories = List.of();

    @Option(names = "--region", split = ",", paramLabel = "R", description = "Only sellers of these regions")
    List<String> regions = List.of();

    @Option(names = "--period", paramLabel = "week|month", description = "Periods of the approvals series (default: month)")
    String period = "month";

    @Option(names = "--vintage", paramLabel = "month|quarter", description = "Origination cohorts of the vintage curves (default: quarter)")
    String vintage = "quarter";

    @Override
    protected int execute() {
        PortfolioFilter filter;
        try {
            filter = new PortfolioFilter(from, to, set(products, false), set(grades, true), set(categories, false),
                    set(regions, false), Period.parse(period), Period.parse(vintage));
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        try (AppContext ctx = openContext()) {
            PortfolioReport r = ctx.portfolio().report(filter);
            PortfolioReport.Kpis k = r.kpis();
            if (r.reportDate() == null) {
                say("No loans or applications yet.");
            } else {
                say("Portfolio on " + r.reportDate() + " (" + r.currency() + ")"
                        + (filter.from() == null ? "" : ", window from " + filter.from()));
                say(String.format(Locale.ROOT, "Outstanding:    %s %,.2f", r.currency(), k.outstanding()));
                say(String.format(Locale.ROOT, "Loans:          %,d", k.loans()));
                say("PAR30:          " + PortfolioJson.pct(k.par30()));
                say("PAR90:          " + PortfolioJson.pct(k.par90()));
                say(String.format(Locale.ROOT, "Expected loss:  %s %,.2f", r.currency(), k.expectedLoss()));
                say(String.format(Locale.ROOT, "Approval rate:  %s (%,d approved of %,d decided)",
                        PortfolioJson.pct(k.approvalRate()), k.approved(), k.decided()));
                if (r.excludedOtherCurrency() > 0) {
                    say(String.format(Locale.ROOT, "(%,d loans in other currencies left out)", r.excludedOtherCurrency()));
                }
            }
            result(PortfolioJson.of(r));
            return 0;
        }
    }

    private static Set<String> set(List<String> values, boolean upper) {
        Set<String> s = new LinkedHashSet<>();
        for (String v : values) {
            String t = v.trim();
            if (!t.isEmpty()) {
                s.add(upper ? t.toUpperCase(Locale.ROOT) : t);
            }
        }
        return s;
    }
}
