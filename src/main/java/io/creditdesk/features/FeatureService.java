package io.creditdesk.features;

import java.time.LocalDate;
import java.util.Map;

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

    /**
     * Every seller as of {@code asOf} in one streaming pass over the monthly aggregates before the as-of
     * month (all of them, so tenure sees the first order month without a separate query).
     */
    public void forAll(LocalDate asOf, Sink sink) {
        LocalDate to = asOf.withDayOfMonth(1);
        Map<String, LocalDate> last = repo.lastSaleDays(asOf);
        double[] out = new double[SellerFeatures.count()];
        repo.forEachSeller(null, to, h -> {
            FeatureCalculator.compute(h, asOf, last.get(h.sellerId), out);
            sink.accept(h.sellerId, out);
        });
    }

    /** Every seller's full history (for training: features at many dates per seller). */
    public void forEachHistory(LocalDate toExclusive, java.util.function.Consumer<SellerHistory> sink) {
        repo.forEachSeller(null, toExclusive, sink);
    }

    public LocalDate lastSaleDay(String sellerId, LocalDate before) {
        return repo.lastSaleDay(sellerId, before);
    }
}
