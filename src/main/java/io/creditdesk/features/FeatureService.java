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

    /** Every seller as of {@code asOf}, in seller order. Reads only the 12 months needed plus one row per seller. */
    public void forAll(LocalDate asOf, Sink sink) {
        LocalDate to = asOf.withDayOfMonth(1);
        Map<String, LocalDate> last = repo.lastSaleDays(asOf);
        Map<String, LocalDate> first = repo.firstOrderMonths();
        double[] out = new double[SellerFeatures.count()];
        repo.forEachSeller(to.minusMonths(12), to, h -> {
            LocalDate f = first.get(h.sellerId);
            if (f != null && f.isBefore(asOf) && (h.joinedOn == null || f.isBefore(h.joinedOn))) {
                h.joinedOn = f; // tenure counts from the first order when that is earlier than joining
            }
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
