package io.creditdesk.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import io.creditdesk.AppContext;
import io.creditdesk.common.Progress;
import io.creditdesk.ingest.imports.CanonicalFiles;
import io.creditdesk.ingest.imports.ImportOptions;
import io.creditdesk.ingest.imports.ImportReport;
import io.creditdesk.store.BulkLoadReference;
import io.creditdesk.store.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code creditdesk bench import}: generates a canonical sellers.csv and orders.csv, imports them
 * into a fresh temporary database (validating, upserting, refreshing aggregates, one transaction),
 * then loads the same orders.csv with H2's own {@code CREATE TABLE … AS SELECT * FROM CSVREAD(…)}
 * into another fresh database, and prints both rates, their ratio and the peak heap.
 */
@Command(name = "import", description = "Time the importer against H2's own CSV bulk load on a generated orders.csv.")
public final class ImportBenchCommand extends BaseCommand {
    @Option(names = "--lines", paramLabel = "N", description = "Order lines to generate (default: ${DEFAULT-VALUE})")
    int lines = 5_000_000;

    @Option(names = "--sellers", paramLabel = "N", description = "Sellers to generate (default: ${DEFAULT-VALUE})")
    int sellers = 50_000;

    @Option(names = "--keep", description = "Keep the generated files and databases and print where they are")
    boolean keep;

    @Override
    protected int execute() throws IOException {
        if (lines < 1 || sellers < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--lines and --sellers must be positive");
        }
        Path dir = Files.createTempDirectory("creditdesk-bench-import");
        try {
            Path sellersCsv = dir.resolve("sellers.csv");
            Path ordersCsv = dir.resolve("orders.csv");
            generate(sellersCsv, ordersCsv);
            long bytes = Files.size(ordersCsv);
            BenchSupport.resetPeakHeap();
            long cpu0 = BenchSupport.processCpuNanos();
            long t0 = System.nanoTime();
            // phase[2]: the accept mark of the bulk path (0 on the MERGE path)
            long[] phase = new long[3];
            Progress phases = new Progress() {
                @Override
                public void update(String step, double fraction) {
                    if (step.startsWith("Import accepted") && phase[2] == 0) {
                        phase[2] = System.nanoTime();
                    } else if (step.startsWith("Refreshing") && phase[0] == 0) {
                        phase[0] = System.nanoTime();
                    } else if (step.startsWith("Committing")) {
                        phase[1] = System.nanoTime();
                    }
                }

                @Override
                public boolean cancelled() {
                    return false;
                }
            };
            ImportReport r;
            try (AppContext ctx = new AppContext(Database.open(dir.resolve("import")), Clock.systemUTC())) {
                r = ctx.imports().importCanonical(new CanonicalFiles(sellersCsv, ordersCsv, null, null),
                        ImportOptions.defaults(), phases);
            }
            long t2 = System.nanoTime();
            double importSeconds = (t2 - t0) / 1e9;
            double importCpu = (BenchSupport.processCpuNanos() - cpu0) / 1e9;
            long importHeap = BenchSupport.peakHeap();
            BenchSupport.resetPeakHeap();
            long cpu1 = BenchSupport.processCpuNanos();
            long t1 = System.nanoTime();
            long refRows;
            try (Database db = Database.open(dir.resolve("reference"))) {
                refRows = BulkLoadReference.load(db, ordersCsv);
            }
            double refSeconds = (System.nanoTime() - t1) / 1e9;
            double refCpu = (BenchSupport.processCpuNanos() - cpu1) / 1e9;
            long refHeap = BenchSupport.peakHeap();
            double importRate = r.orderLines() / importSeconds;
            double refRate = refRows / refSeconds;
            say(String.format("import bench: %,d order lines of %,d sellers (orders.csv %,d MiB)", r.orderLines(),
                    r.sellersWithOrders(), bytes >> 20));
            say(String.format("  creditdesk import     %7.1f s  %,10.0f lines/s  peak heap %,d MiB (validate, upsert,"
                    + " aggregates)", importSeconds, importRate, importHeap >> 20));
            say(String.format("    process CPU %.1f s (%,.0f lines per CPU second)", importCpu, r.orderLines() / importCpu));
            if (phase[2] != 0) {
                say(String.format("    of which: read, validate and stage %.1f s; order_line and its keys %.1f s;"
                        + " aggregates %.1f s; commit and close %.1f s", (phase[2] - t0) / 1e9,
                        (phase[0] - phase[2]) / 1e9, (phase[1] - phase[0]) / 1e9, (t2 - phase[1]) / 1e9));
            } else {
                say(String.format("    of which: read, validate and write %.1f s; aggregates %.1f s; commit and close %.1f s",
                        (phase[0] - t0) / 1e9, (phase[1] - phase[0]) / 1e9, (t2 - phase[1]) / 1e9));
            }
            say(String.format("  H2 CSVREAD bulk load  %7.1f s  %,10.0f lines/s  peak heap %,d MiB (CREATE TABLE AS SELECT)",
                    refSeconds, refRate, refHeap >> 20));
            say(String.format("    process CPU %.1f s (%,.0f lines per CPU second)", refCpu, refRows / refCpu));
            say(String.format("  ratio import / H2     %.2fx wall, %.2fx CPU", importRate / refRate,
                    (r.orderLines() / importCpu) / (refRows / refCpu)));
            if (r.rejected() > 0 || r.refused()) {
                say(String.format("  rejected %,d rows%s", r.rejected(), r.refused() ? "; REFUSED: " + r.refusal() : ""));
            }
            say(String.format("  max heap %,d MiB, %d processors", Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors()));
            if (keep) {
                say("  files and databases kept in " + dir);
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("order_lines", r.orderLines());
            json.put("rejected", r.rejected());
            json.put("import_seconds", round(importSeconds));
            json.put("import_lines_per_s", Math.round(importRate));
            json.put("h2_seconds", round(refSeconds));
            json.put("h2_lines_per_s", Math.round(refRate));
            json.put("ratio", round(importRate / refRate));
            json.put("import_cpu_seconds", round(importCpu));
            json.put("h2_cpu_seconds", round(refCpu));
            json.put("import_peak_heap_mib", importHeap >> 20);
            json.put("path", phase[2] != 0 ? "bulk" : "merge");
            json.put("write_seconds", round(((phase[2] != 0 ? phase[2] : phase[0]) - t0) / 1e9));
            json.put("keys_seconds", round(phase[2] != 0 ? (phase[0] - phase[2]) / 1e9 : 0));
            json.put("aggregate_seconds", round((phase[1] - phase[0]) / 1e9));
            json.put("commit_seconds", round((t2 - phase[1]) / 1e9));
            json.put("load_average", round(java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage()));
            json.put("h2_peak_heap_mib", refHeap >> 20);
            result(json);
            return 0;
        } finally {
            if (!keep) {
                BenchSupport.deleteTree(dir);
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    /** Deterministic canonical files: every seller a share of the lines, 24 months, repeat buyers. */
    private void generate(Path sellersCsv, Path ordersCsv) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(sellersCsv, StandardCharsets.UTF_8)) {
            w.write("seller_id,name,category,region,city,joined_on\n");
            for (int s = 0; s < sellers; s++) {
                w.write("S" + s + ",Seller " + s + ",category" + (s % 12) + ",region" + (s % 31) + ",city" + (s % 97)
                        + ",2023-01-01\n");
            }
        }
        String[] status = {"COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED",
            "CANCELLED", "REFUNDED", "DISPUTED"};
        long x = 88172645463325252L;
        StringBuilder sb = new StringBuilder(160);
        try (BufferedWriter w = Files.newBufferedWriter(ordersCsv, StandardCharsets.UTF_8)) {
            w.write("order_id,seller_id,placed_at,amount,currency,status,buyer_id,review_score,shipped_late\n");
            for (int i = 0; i < lines; i++) {
                x ^= x << 13;
                x ^= x >>> 7;
                x ^= x << 17;
                long r = x & Long.MAX_VALUE;
                int seller = (int) (r % sellers);
                int month = (int) ((r >>> 20) % 24);
                int day = 1 + (int) ((r >>> 30) % 28);
                sb.setLength(0);
                sb.append("O").append(i).append(",S").append(seller).append(',')
                        .append(2024 + month / 12).append('-').append(two(1 + month % 12)).append('-').append(two(day))
                        .append('T').append(two((int) ((r >>> 35) % 24))).append(':').append(two((int) ((r >>> 40) % 60)))
                        .append(":00,").append(1 + (r >>> 8) % 900).append('.').append(two((int) ((r >>> 3) % 100)))
                        .append(",CNY,").append(status[(int) ((r >>> 45) % 10)]).append(",B").append(seller).append('-')
                        .append((r >>> 50) % 40).append(',');
                long review = (r >>> 55) % 8;
                if (review < 5) {
                    sb.append(review + 1);
                }
                sb.append(',').append((r >>> 58) % 6 == 0 ? "true" : "false").append('\n');
                w.append(sb);
            }
        }
    }

    private static String two(int v) {
        return v < 10 ? "0" + v : Integer.toString(v);
    }
}
