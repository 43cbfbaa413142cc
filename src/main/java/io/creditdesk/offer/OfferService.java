package io.creditdesk.offer;

import java.time.LocalDate;
import java.util.Optional;

import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerRepository;

/**
 * Reads one seller's aggregates, score, arrears and open orders and hands them to the
 * {@link OfferEngine}: what the {@code offer} command and the workspace's offer panel call.
 */
public final class OfferService {
    /** Open (shipped, unconfirmed) orders older than this are not advanced against. */
    static final int OPEN_ORDER_DAYS = 60;

    private final SellerRepository sellers;
    private final OfferStore store;
    private final SellerSnapshots snapshots;
    private final OfferEngine engine;

    public OfferService(SellerRepository sellers, OfferStore store, SellerSnapshots snapshots, OfferEngine engine) {
        this.sellers = sellers;
        this.store = store;
        this.snapshots = snapshots;
        this.engine = engine;
    }

    /** Default settings: {@link OfferConfig#defaults()}, {@link PolicyConfig#defaults()}, grade D when unscored. */
    public static OfferService withDefaults(SellerRepository sellers, OfferStore store) {
        return new OfferService(sellers, store, SellerSnapshots.conservative(),
                new OfferEngine(OfferConfig.defaults(), new PolicyEngine(PolicyConfig.defaults())));
    }

    public OfferEngine engine() {
        return engine;
    }

    /** The seller as of {@code asOf} (the last day of data included), or empty for an unknown seller. */
    public Optional<SellerSnapshot> snapshot(String sellerId, LocalDate asOf) {
        Optional<Seller> seller = sellers.find(sellerId);
        if (seller.isEmpty()) {
            return Optional.empty();
        }
        LocalDate next = asOf.plusDays(1);
        return Optional.of(snapshots.snapshot(seller.get(), sellers.months(sellerId),
                sellers.days(sellerId, SellerSnapshots.historyStart(asOf), next), store.latestScore(sellerId, asOf),
                store.maxDaysInArrears(sellerId, asOf),
                store.openOrderValue(sellerId, asOf.minusDays(OPEN_ORDER_DAYS - 1L), next), asOf));
    }

    public Optional<Offer> offer(String sellerId, LocalDate asOf, Product product, OfferAdjustment adjustment,
                                 int paths, long seed) {
        return snapshot(sellerId, asOf).map(s -> engine.offer(s, product, adjustment, paths, seed));
    }
}
