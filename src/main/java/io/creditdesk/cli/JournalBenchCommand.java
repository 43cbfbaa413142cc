package io.creditdesk.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.creditdesk.decision.JournalVerification;
import io.creditdesk.decision.JournalVerifier;
import io.creditdesk.money.Money;
import io.creditdesk.store.Database;
import io.creditdesk.store.DecisionJdbcStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code creditdesk bench journal}: appends N decision-like entries (with feature values and a score
 * breakdown) to a temporary database through the real canonical form and chain, then times
 * {@code journal verify} over them.
 */
@Command(name = "journal", description = "Write N journal entries to a temporary database and time verify.")
public final class JournalBenchCommand extends BaseCommand {
    @Option(names = "--entries", paramLabel = "N", description = "Entries to write (default ${DEFAULT-VALUE})")
    long entries = 1_000_000;

    @Option(names = "--features", paramLabel = "K", description = "Feature values per entry (default ${DEFAULT-VALUE})")
    int features = 12;

    @Option(names = "--runs", paramLabel = "R", description = "Verify runs (default ${DEFAULT-VALUE})")
    int runs = 3;

    @Option(names = "--keep", paramLabel = "DIR", description = "Keep the bench database in DIR and, when it already"
            + " holds entries, verify those instead of writing new ones")
    Path keep;

    @Override
    protected int execute() throws IOException {
        Path dir = keep != null ? Files.createDirectories(keep) : Files.createTempDirectory("creditdesk-bench-journal");
        try (Database db = Database.open(dir.resolve("bench"))) {
            DecisionJdbcStore store = new DecisionJdbcStore(db);
            long t0 = System.nanoTime();
            long written = new JournalVerifier(store, 1, Long.MAX_VALUE, 0).verify().entries();
            boolean reused = written > 0;
            Iterator<DecisionJdbcStore.Draft> all = drafts(reused ? 0 : entries, features);
            while (all.hasNext()) {
                // one transaction per 20,000 entries: a single huge H2 transaction bloats the file
                written += store.appendAll("decision", limit(all, 20_000));
            }
            double writeS = (System.nanoTime() - t0) / 1e9;
            long bytes = store.journalPayloadBytes();
            String what = reused ? "Reused %,d entries in " + dir + " (%,.0f bytes of payload each on average;"
                    + " one single-thread verify took %.1f s, %,.0f entries/s)"
                    : "Wrote %,d entries (%,.0f bytes of payload each on average) in %.1f s (%,.0f entries/s)";
            say(String.format(what,
                    written, written == 0 ? 0.0 : (double) bytes / written, writeS, written / writeS));
            JournalVerifier verifier = new JournalVerifier(store);
            double best = Double.MAX_VALUE;
            JournalVerification v = null;
            for (int i = 1; i <= runs; i++) {
                long t1 = System.nanoTime();
                long cpu = BenchSupport.processCpuNanos();
                v = verifier.verify();
                double s = (System.nanoTime() - t1) / 1e9;
                best = Math.min(best, s);
                say(String.format("verify run %d: %.2f s (%,.0f entries/s), process CPU %.2f s, ok=%s", i, s,
                        v.entries() / s, (BenchSupport.processCpuNanos() - cpu) / 1e9, v.ok()));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("entries", written);
            json.put("payload_bytes_avg", written == 0 ? 0 : bytes / written);
            json.put("write_s", round(writeS));
            json.put("verify_best_s", round(best));
            json.put("ok", v != null && v.ok());
            result(json);
            return 0;
        } finally {
            if (keep == null) {
                BenchSupport.deleteTree(dir);
            }
        }
    }

    private static double round(double s) {
        return Math.round(s * 1000) / 1000.0;
    }

    /** Decision-shaped bodies: application, offer (recommended vs final), reasons, features and breakdown. */
    static Iterator<DecisionJdbcStore.Draft> drafts(long n, int features) {
        SplittableRandom rnd = new SplittableRandom(42);
        Instant start = Instant.parse("2024-01-01T08:00:00Z");
        return new Iterator<>() {
            long i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public DecisionJdbcStore.Draft next() {
                i++;
                Map<String, Object> app = new LinkedHashMap<>();
                app.put("id", i);
                app.put("seller_id", "S" + (100_000 + rnd.nextInt(250_000)));
                app.put("product", "term");
                app.put("requested_amount", BigDecimal.valueOf(rnd.nextInt(1_000, 200_000)).setScale(2));
                app.put("requested_term", 12);
                app.put("grade", String.valueOf("ABCDE".charAt(rnd.nextInt(5))));
                app.put("score", rnd.nextInt(300, 850));
                Map<String, Object> offer = new LinkedHashMap<>();
                Money rec = Money.of(BigDecimal.valueOf(rnd.nextInt(1_000, 100_000)), "CNY");
                offer.put("recommended", Map.of("amount", rec, "term_months", 12, "annual_rate", new BigDecimal("0.180000")));
                offer.put("final", Map.of("amount", rec, "term_months", 12, "annual_rate", new BigDecimal("0.180000")));
                Map<String, Object> feats = new LinkedHashMap<>();
                Map<String, Object> breakdown = new LinkedHashMap<>();
                for (int f = 0; f < features; f++) {
                    feats.put("feature_" + f, Math.round(rnd.nextDouble() * 1e4) / 1e4);
                    breakdown.put("feature_" + f, rnd.nextInt(-40, 60));
                }
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("application", app);
                body.put("decision", Map.of("id", i, "outcome", "approve", "reasons", List.of(), "status_before",
                        "IN_REVIEW", "status_after", "APPROVED"));
                body.put("decided_by", Map.of("username", "uw", "role", "UNDERWRITER"));
                body.put("offer", offer);
                body.put("evidence", Map.of("model_version", 1, "features", feats, "breakdown", breakdown));
                return new DecisionJdbcStore.Draft(start.plusSeconds(i * 30), body);
            }
        };
    }

    private static <T> Iterator<T> limit(Iterator<T> it, int n) {
        return new Iterator<>() {
            int taken;

            @Override
            public boolean hasNext() {
                return taken < n && it.hasNext();
            }

            @Override
            public T next() {
                taken++;
                return it.next();
            }
        };
    }
}
