package io.creditdesk.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import io.creditdesk.AppContext;
import io.creditdesk.features.SellerFeatures;
import io.creditdesk.scoring.CrossValidation;
import io.creditdesk.scoring.CsvTable;
import io.creditdesk.scoring.FitSettings;
import io.creditdesk.scoring.LabelledData;
import io.creditdesk.scoring.ModelJson;
import io.creditdesk.scoring.Scorecard;
import io.creditdesk.scoring.ScorecardFitter;
import io.creditdesk.scoring.ScorecardModel;
import io.creditdesk.scoring.SellerScoring;
import io.creditdesk.scoring.VariableType;
import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerMonth;
import io.creditdesk.store.Database;
import io.creditdesk.store.ScoringJdbcStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "scoring", description = {"Scorecard benchmarks: scores/second/core on in-memory feature vectors,",
    "5-fold 'model cv' on a generated 150,000 x 10 CSV, and optionally 'score --all' on N generated sellers."})
public final class ScoringBenchCommand extends BaseCommand {
    @Option(names = "--vectors", description = "Feature vectors to score per round (default 1,000,000)")
    int vectors = 1_000_000;

    @Option(names = "--cv-rows", description = "Rows of the generated CV data set (default 150,000)")
    int cvRows = 150_000;

    @Option(names = "--sellers", description = "Also generate this many sellers x 12 months in a temporary database and time score --all (0 = skip)")
    int sellers;

    @Override
    protected int execute() throws IOException {
        Map<String, Object> j = new LinkedHashMap<>();
        Random r = new Random(42);
        // 1. scoring throughput
        int p = SellerFeatures.count();
        LabelledData train = syntheticSellers(20_000, r);
        ScorecardModel m = ModelJson.read(ModelJson.write(new ScorecardFitter(FitSettings.defaults()).fit(train, "bench", "t",
                "1", "bench")));
        Scorecard card = new Scorecard(m);
        int[] map = new int[card.size()];
        for (int k = 0; k < map.length; k++) {
            map[k] = SellerFeatures.NAMES.indexOf(card.name(k));
        }
        int distinct = Math.min(vectors, 16_384); // cache-resident working set: measures scoring, not RAM
        double[][] x = new double[distinct][card.size()];
        for (int i = 0; i < distinct; i++) {
            int src = r.nextInt(train.rows());
            for (int k = 0; k < map.length; k++) {
                x[i][k] = train.numeric(map[k])[src] * (0.8 + 0.4 * r.nextDouble());
            }
        }
        double[] rates = new double[7];
        double[] cpuRates = new double[7];
        long sink = 0;
        var mx = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rates.length; round++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (int i = 0; i < vectors; i++) {
                sink += card.score(x[i & (distinct - 1)]);
            }
            rates[round] = vectors / ((System.nanoTime() - t0) / 1e9);
            cpuRates[round] = vectors / ((mx.getCurrentThreadCpuTime() - c0) / 1e9);
        }
        double[] cpuWarm = Arrays.copyOfRange(cpuRates, 2, cpuRates.length);
        Arrays.sort(cpuWarm);
        say(String.format(Locale.ROOT, "Scoring per CPU-second of the scoring thread (excludes time the OS gave to other"
                + " processes): median %,.0f scores/s", cpuWarm[cpuWarm.length / 2]));
        j.put("scores_per_cpu_second", cpuWarm[cpuWarm.length / 2]);
        double[] warm = Arrays.copyOfRange(rates, 2, rates.length);
        Arrays.sort(warm);
        double median = warm[warm.length / 2];
        say(String.format(Locale.ROOT, "Scoring: %d characteristics, %,d vectors per round: median %,.0f scores/s on one core"
                + " (rounds: %s) [checksum %d]", card.size(), vectors, median, fmt(rates), sink));
        j.put("characteristics", card.size());
        j.put("scores_per_second", median);
        // 2. model cv on 150,000 x 10
        Path csv = Files.createTempFile("creditdesk-bench-", ".csv");
        try {
            writeCvCsv(csv, cvRows, r);
            long c0 = BenchSupport.processCpuNanos();
            long t0 = System.nanoTime();
            LabelledData d;
            try (var in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                d = CsvTable.read(in, csv.toString(), new CsvTable.Options("bad", "1", Set.of(), Set.of(), Set.of()));
            }
            double read = (System.nanoTime() - t0) / 1e9;
            CrossValidation.Result cv = CrossValidation.run(d, 5, 42, CrossValidation.scorecard(FitSettings.defaults()),
                    ModelCvCommand.THREADS);
            double total = (System.nanoTime() - t0) / 1e9;
            double cpu = (BenchSupport.processCpuNanos() - c0) / 1e9;
            say(String.format(Locale.ROOT, "model cv: %,d x 10 numeric CSV, 5 folds on %d threads: %.2f s wall, %.2f s process CPU"
                    + " (CSV read %.2f s wall), AUC %.4f", cvRows, ModelCvCommand.THREADS,
                    total, cpu, read, cv.auc()));
            j.put("cv_cpu_seconds", cpu);
            j.put("cv_rows", cvRows);
            j.put("cv_seconds", total);
            j.put("cv_auc", cv.auc());
        } finally {
            Files.deleteIfExists(csv);
        }
        // 3. score --all
        if (sellers > 0) {
            Path dir = Files.createTempDirectory("creditdesk-bench-db");
            try (Database db = Database.open(dir.resolve("bench"));
                 AppContext ctx = new AppContext(db, java.time.Clock.systemUTC())) {
                long t0 = System.nanoTime();
                generateSellers(ctx, sellers, r);
                double gen = (System.nanoTime() - t0) / 1e9;
                new ScoringJdbcStore(db).saveAndActivate("bench", LocalDateTime.of(2026, 1, 1, 0, 0), ModelJson.write(m));
                t0 = System.nanoTime();
                long c1 = BenchSupport.processCpuNanos();
                SellerScoring.BatchResult b = ctx.scoring().scoreAll(LocalDate.of(2026, 1, 1), io.creditdesk.common.Progress.NONE);
                double s = (System.nanoTime() - t0) / 1e9;
                double cpu = (BenchSupport.processCpuNanos() - c1) / 1e9;
                say(String.format(Locale.ROOT, "score --all: %,d sellers x 12 months (generated in %.1f s): %.2f s wall"
                        + " (features + scoring + storing, in this JVM; %.2f s process CPU), %,.0f sellers/s",
                        b.sellers(), gen, s, cpu, b.sellers() / s));
                j.put("score_all_cpu_seconds", cpu);
                j.put("score_all_sellers", b.sellers());
                j.put("score_all_seconds", s);
            } finally {
                try (var w = Files.walk(dir)) {
                    w.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
        result(j);
        return 0;
    }

    private static String fmt(double[] rates) {
        List<String> s = new ArrayList<>();
        for (double v : rates) {
            s.add(String.format(Locale.ROOT, "%.2fM", v / 1e6));
        }
        return String.join(", ", s);
    }

    /** Synthetic seller features with a hidden quality driving defaults. */
    static LabelledData syntheticSellers(int n, Random r) {
        int p = SellerFeatures.count();
        double[][] cols = new double[p][n];
        boolean[] bad = new boolean[n];
        for (int i = 0; i < n; i++) {
            double q = r.nextGaussian();
            for (int k = 0; k < p; k++) {
                double v = q * (k % 3 == 0 ? 1 : -0.5) + r.nextGaussian();
                cols[k][i] = r.nextDouble() < 0.03 ? Double.NaN : Math.round(v * 1000) / 1000.0;
            }
            bad[i] = r.nextDouble() < 1 / (1 + Math.exp(2.5 + q));
        }
        List<VariableType> t = new ArrayList<>();
        for (int k = 0; k < p; k++) {
            t.add(VariableType.NUMERIC);
        }
        return new LabelledData(SellerFeatures.NAMES, t, cols, new String[p][], bad);
    }

    static void writeCvCsv(Path f, int rows, Random r) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("x1,x2,x3,x4,x5,x6,x7,x8,x9,x10,bad\n");
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < rows; i++) {
                double q = r.nextGaussian();
                sb.setLength(0);
                for (int k = 0; k < 10; k++) {
                    double v = q * (0.2 + 0.1 * k) * (k % 2 == 0 ? 1 : -1) + r.nextGaussian();
                    if (k == 3) {
                        v = v * v; // a non-monotone one
                    }
                    sb.append(String.format(Locale.ROOT, "%.4f", v)).append(',');
                }
                sb.append(r.nextDouble() < 1 / (1 + Math.exp(2.6 + q)) ? '1' : '0').append('\n');
                w.write(sb.toString());
            }
        }
    }

    private static void generateSellers(AppContext ctx, int n, Random r) {
        ctx.marketplace().write(w -> {
            for (int i = 0; i < n; i++) {
                String id = String.format(Locale.ROOT, "S%07d", i);
                w.seller(new Seller(id, "Seller " + i, "toys", "Zhejiang", "Hangzhou", LocalDate.of(2023, 1 + r.nextInt(12), 1),
                        "CNY", "bench"));
                double q = r.nextGaussian();
                for (int mth = 0; mth < 12; mth++) {
                    int orders = 5 + r.nextInt(200);
                    int cancelled = r.nextInt(1 + orders / 10);
                    int refunded = r.nextInt(1 + orders / 12);
                    int disputed = r.nextInt(1 + orders / 40);
                    int completed = Math.max(0, orders - cancelled - refunded - disputed);
                    int reviews = orders / 3;
                    BigDecimal gmv = BigDecimal.valueOf(completed * (50 + r.nextInt(100) + (long) (10 * q)), 0);
                    w.month(new SellerMonth(id, LocalDate.of(2025, 1 + mth, 1), orders, completed, cancelled, refunded,
                            disputed, gmv, reviews, reviews * 4, reviews / 10, orders - cancelled, orders / 15, orders / 4,
                            orders / 2, gmv.divide(BigDecimal.valueOf(5), 2, java.math.RoundingMode.HALF_EVEN), 0));
                }
            }
            return null;
        });
    }
}
