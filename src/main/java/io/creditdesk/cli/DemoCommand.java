package io.creditdesk.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import io.creditdesk.AppContext;
import io.creditdesk.common.Progress;
import io.creditdesk.dataset.DatasetStatus;
import io.creditdesk.ingest.demo.DemoSettings;
import io.creditdesk.ingest.demo.DemoSummary;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code creditdesk demo}: fills an empty database with the deterministic demo marketplace. */
@Command(name = "demo", description = {"Generate the demo marketplace: sellers, orders, loans, open applications.",
    "Writes sellers, orders, aggregates, a loan history and an open queue; the same options always give the same data."})
public final class DemoCommand extends BaseCommand {
    @Option(names = "--sellers", paramLabel = "N", description = "Number of sellers (default: ${DEFAULT-VALUE})")
    int sellers = DemoSettings.DEFAULT_SELLERS;

    @Option(names = "--months", paramLabel = "M", description = "Months of history up to the as-of date (default: ${DEFAULT-VALUE})")
    int months = DemoSettings.DEFAULT_MONTHS;

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE})")
    long seed = DemoSettings.DEFAULT_SEED;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Data as-of date, the last day with orders (default: 2026-10-31)")
    String asOf = DemoSettings.DEFAULT_AS_OF.toString();

    @Option(names = "--detail-sellers", paramLabel = "N",
            description = {"Above this many sellers, raw order lines and daily rows are written only for an even",
                "sample of N sellers plus every seller with an open application; monthly aggregates",
                "are always complete (default: ${DEFAULT-VALUE})"})
    int detailSellers = DemoSettings.DEFAULT_DETAIL_SELLERS;

    @Option(names = "--replace", description = "Replace the marketplace data of a database that already has sellers")
    boolean replace;

    @Option(names = "--quiet", description = "Do not print progress")
    boolean quiet;

    /** Checks the options; a bad value is a usage error (exit code 2). */
    DemoSettings settings() {
        LocalDate date;
        try {
            date = LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--as-of': '" + asOf + "' is not a date like 2026-10-31");
        }
        try {
            return new DemoSettings(sellers, months, seed, date, detailSellers);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid option: " + e.getMessage());
        }
    }

    @Override
    protected int execute() {
        DemoSettings settings = settings();
        try (AppContext ctx = openContext()) {
            DatasetStatus before = ctx.datasets().status();
            if (!before.isEmpty() && !replace) {
                throw new UserException(String.format("The database %s already holds %,d sellers; "
                        + "add --replace to overwrite its marketplace data with the demo.", ctx.database().file(),
                        before.sellers()));
            }
            DemoSummary s = ctx.buildDemo(settings, quiet ? Progress.NONE : new ConsoleProgress());
            say(String.format("Demo marketplace as of %s (seed %d, %d months):", settings.asOf(), settings.seed(),
                    settings.months()));
            say(String.format("  Sellers:            %,d", s.sellers()));
            say(String.format("  Orders:             %,d (%,d order lines stored for %,d sellers)", s.orders(),
                    s.orderLines(), s.detailedSellers()));
            say(String.format("  GMV:                CNY %,.2f", s.gmv()));
            say(String.format("  Applications:       %,d", s.applications()));
            say(String.format("  Loans:              %,d", s.loans()));
            say(String.format("  Defaults:           %,d (default rate %s%%)", s.defaults(),
                    s.defaultRate().movePointRight(2).stripTrailingZeros().toPlainString()));
            say(String.format("  Open applications:  %,d", s.openApplications()));
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("sellers", s.sellers());
            json.put("orders", s.orders());
            json.put("gmv", s.gmv());
            json.put("loans", s.loans());
            json.put("defaults", s.defaults());
            json.put("default_rate", s.defaultRate());
            json.put("open_applications", s.openApplications());
            result(json);
            return 0;
        }
    }

    /** Progress on the error stream, one line per whole ten per cent, so output stays deterministic. */
    private final class ConsoleProgress implements Progress {
        private int lastTenth = -1;

        @Override
        public void update(String step, double fraction) {
            int tenth = (int) Math.floor(fraction * 10);
            if (tenth > lastTenth) {
                lastTenth = tenth;
                spec.commandLine().getErr().println(step);
                spec.commandLine().getErr().flush();
            }
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }
}
