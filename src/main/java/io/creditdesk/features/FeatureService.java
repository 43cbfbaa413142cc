package io.creditdesk.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Seller features as of a date: for one seller, or for all sellers in one streaming pass. */
public final class FeatureService {
    private final FeatureRepository repo;

    public FeatureService(FeatureRepository repo) {
        this.repo = repo;
    }

    /** Receives one seller's features; the array is reused, copy it to keep it. */
    public interface Sink {
        void accept(String sellerId, double[] features);
    }

    public double[] forSeller(String sellerId, LocalDate asOf) {
        LocalDate to = asOf.withDayOfMonth(1);
        SellerHistory h = repo.history(sellerId, to);
        double[] out = new double[SellerFeatures.count()];
        FeatureCalculator.compute(h, asOf, repo.lastSaleDay(sellerId, asOf), out);
        return out;
    }

    /** Parts the all-sellers pass reads concurrently (the machine this must be fast on has two cores). */
    static final int PARTS = 2;

    /**
     * Every seller as of {@code asOf} from the monthly aggregates before the as-of month (all of them, so
     * tenure sees the first order month without a separate query). The sellers are split into two id
     * ranges whose monthly rows are streamed concurrently (each in primary-key order), and the per-seller
     * last day with sales (one scan of the last year of daily rows) is read at the same time on a third
     * thread; it only sets days_since_last_order, which is applied once all reads are done, so the sink
     * receives exactly what the single-threaded pass gave for each seller (ascending ids within each range).
     */
    public void forAll(LocalDate asOf, Sink sink) {
        LocalDate to = asOf.withDayOfMonth(1);
        CompletableFuture<Map<String, LocalDate>> lastDays = CompletableFuture.supplyAsync(() -> repo.lastSaleDays(asOf),
                FeatureService::daemon);
        List<SellerRange> ranges = repo.sellerRanges(PARTS);
        List<CompletableFuture<Part>> parts = new ArrayList<>();
        for (int k = 1; k < ranges.size(); k++) {
            SellerRange r = ranges.get(k);
            parts.add(CompletableFuture.supplyAsync(() -> read(r, asOf, to), FeatureService::daemon));
        }
        Part first;
        try {
            first = read(ranges.get(0), asOf, to);
        } catch (RuntimeException e) {
            lastDays.cancel(false);
            parts.forEach(f -> f.cancel(false));
            throw e;
        }
        Map<String, LocalDate> last = join(lastDays);
        int p = SellerFeatures.count();
        double[] out = new double[p];
        List<Part> all = new ArrayList<>();
        all.add(first);
        for (CompletableFuture<Part> f : parts) {
            all.add(join(f));
        }
        for (Part part : all) {
            for (int k = 0; k < part.ids.size(); k++) {
                System.arraycopy(part.vectors, k * p, out, 0, p);
                FeatureCalculator.applyLastSaleDay(last.get(part.ids.get(k)), asOf, out);
                sink.accept(part.ids.get(k), out);
            }
        }
    }

    /** One range's sellers and their feature vectors (without the daily figure), flat. */
    private static final class Part {
        final List<String> ids = new ArrayList<>();
        double[] vectors = new double[SellerFeatures.count() * 1024];
    }

    private Part read(SellerRange range, LocalDate asOf, LocalDate to) {
        int p = SellerFeatures.count();
        Part part = new Part();
        double[] out = new double[p];
        repo.forEachSeller(range, null, to, h -> {
            FeatureCalculator.compute(h, asOf, null, out);
            int k = part.ids.size();
            if ((k + 1) * p > part.vectors.length) {
                part.vectors = Arrays.copyOf(part.vectors, part.vectors.length * 2);
            }
            System.arraycopy(out, 0, part.vectors, k * p, p);
            part.ids.add(h.sellerId);
        });
        return part;
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "creditdesk-features");
        t.setDaemon(true);
        t.start();
    }

    private static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw e;
        }
    }

    /** Every seller's full history (for training: features at many dates per seller). */
    public void forEachHistory(LocalDate toExclusive, java.util.function.Consumer<SellerHistory> sink) {
        repo.forEachSeller(null, toExclusive, sink);
    }

    public LocalDate lastSaleDay(String sellerId, LocalDate before) {
        return repo.lastSaleDay(sellerId, before);
    }
}
