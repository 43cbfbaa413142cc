package io.creditdesk.features;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
        SellerHistory h = repo.history(sellerId, monthAfter(asOf));
        double[] out = new double[SellerFeatures.count()];
        FeatureCalculator.compute(h, asOf, out);
        return out;
    }

    /** The first day of the month after {@code asOf}'s: histories read up to it include the as-of month's sale days. */
    private static LocalDate monthAfter(LocalDate asOf) {
        return asOf.withDayOfMonth(1).plusMonths(1);
    }

    /** Parts the all-sellers pass reads concurrently (the machine this must be fast on has two cores). */
    static final int PARTS = 2;

    /**
     * Every seller as of {@code asOf}, in ascending id order, exactly what {@link #forSeller} gives for each:
     * the monthly table is scanned once in storage order, its two halves concurrently, each into a
     * {@link FeatureWindow} over all sellers (exact sums, so the order of the rows does not matter), and the
     * two windows are merged.
     */
    public void forAll(LocalDate asOf, Sink sink) {
        Map<String, LocalDate> joined = repo.sellers();
        String[] ids = joined.keySet().toArray(String[]::new);
        Arrays.sort(ids);
        Map<String, Integer> index = new HashMap<>(ids.length * 4 / 3 + 1);
        for (int s = 0; s < ids.length; s++) {
            index.put(ids[s], s);
        }
        List<MonthScanPart> parts = repo.monthScanParts(PARTS);
        List<CompletableFuture<FeatureWindow>> others = new ArrayList<>();
        for (int k = 1; k < parts.size(); k++) {
            MonthScanPart part = parts.get(k);
            others.add(CompletableFuture.supplyAsync(() -> fold(part, index, asOf, ids.length), FeatureService::daemon));
        }
        FeatureWindow window;
        try {
            window = parts.isEmpty() ? new FeatureWindow(asOf, ids.length) : fold(parts.get(0), index, asOf, ids.length);
        } catch (RuntimeException e) {
            others.forEach(f -> f.cancel(false));
            throw e;
        }
        for (CompletableFuture<FeatureWindow> f : others) {
            window.merge(join(f));
        }
        double[] out = new double[SellerFeatures.count()];
        for (int s = 0; s < ids.length; s++) {
            window.finish(s, joined.get(ids[s]), out);
            sink.accept(ids[s], out);
        }
    }

    private FeatureWindow fold(MonthScanPart part, Map<String, Integer> index, LocalDate asOf, int sellers) {
        FeatureWindow w = new FeatureWindow(asOf, sellers);
        repo.foldMonths(part, index, w);
        return w;
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
}
