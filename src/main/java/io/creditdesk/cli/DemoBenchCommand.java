package io.creditdesk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.creditdesk.AppContext;
import io.creditdesk.common.Progress;
import io.creditdesk.ingest.demo.DemoMarketplace;
import io.creditdesk.ingest.demo.DemoSettings;
import io.creditdesk.ingest.demo.DemoSummary;
import io.creditdesk.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code creditdesk bench demo}: generates the demo into a fresh temporary database and prints wall
 * time, CPU time, peak heap and the database size. A measurement, never a pass/fail.
 */
@Command(name = "demo", description = "Time the demo generator on a fresh temporary database.")
public final class DemoBenchCommand extends BaseCommand {
    @Option(names = "--sellers", paramLabel = "N", description = "Number of sellers (default: ${DEFAULT-VALUE})")
    int sellers = DemoSettings.DEFAULT_SELLERS;

    @Option(names = "--months", paramLabel = "M", description = "Months of history (default: ${DEFAULT-VALUE})")
    int months = DemoSettings.DEFAULT_MONTHS;

    @Option(names = "--detail-sellers", paramLabel = "N", description = "See 'demo --help' (default: ${DEFAULT-VALUE})")
    int detailSellers = DemoSettings.DEFAULT_DETAIL_SELLERS;

    @Option(names = "--keep", description = "Keep the temporary database and print where it is")
    boolean keep;

    @Override
    protected int execute() throws IOException {
        DemoSettings settings;
        try {
            settings = new DemoSettings(sellers, months, DemoSettings.DEFAULT_SEED, DemoSettings.DEFAULT_AS_OF,
                    detailSellers);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid option: " + e.getMessage());
        }
        Path dir = Files.createTempDirectory("creditdesk-bench-demo");
        try {
            BenchSupport.resetPeakHeap();
            long cpu0 = BenchSupport.processCpuNanos();
            long t0 = System.nanoTime();
            DemoSummary s;
            try (AppContext ctx = new AppContext(Database.open(dir.resolve("bench")), Clock.systemUTC())) {
                s = new DemoMarketplace(ctx.marketplace(), ctx.datasets()).generate(settings, Progress.NONE);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (BenchSupport.processCpuNanos() - cpu0) / 1e9;
            long peakHeap = BenchSupport.peakHeap();
            long dbBytes = size(dir);
            say(String.format("demo, %,d sellers x %d months: %,d orders (%,d order lines stored), %,d loans",
                    s.sellers(), settings.months(), s.orders(), s.orderLines(), s.loans()));
            say(String.format("  wall time        %.1f s", seconds));
            say(String.format("  process CPU time %.1f s", cpuSeconds));
            say(String.format("  peak heap used   %,d MiB (max heap %,d MiB)", peakHeap >> 20,
                    Runtime.getRuntime().maxMemory() >> 20));
            say(String.format("  database size    %,d MiB", dbBytes >> 20));
            if (keep) {
                say("  database kept at " + dir.resolve("bench"));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("sellers", s.sellers());
            json.put("months", settings.months());
            json.put("orders", s.orders());
            json.put("order_lines", s.orderLines());
            json.put("seconds", Math.round(seconds * 10) / 10.0);
            json.put("cpu_seconds", Math.round(cpuSeconds * 10) / 10.0);
            json.put("peak_heap_mib", peakHeap >> 20);
            json.put("db_mib", dbBytes >> 20);
            result(json);
            return 0;
        } finally {
            if (!keep) {
                BenchSupport.deleteTree(dir);
            }
        }
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
