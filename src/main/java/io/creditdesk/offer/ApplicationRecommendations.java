package io.creditdesk.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.creditdesk.loan.Application;

/**
 * Puts the offer engine's recommendation on every open application, so the queue shows it and the
 * decision service can compare an approval against it: amount = the smaller of what the seller
 * asked for and what the engine recommends for the requested product and term; price = the
 * engine's rate. An application the engine cannot offer (refused, or declined by policy) keeps
 * no recommended amount: it can only be referred or declined.
 */
public final class ApplicationRecommendations {
    private static final int PATHS = 200;
    private final OfferService offers;
    private final RecommendationStore store;

    /** Storage: the open applications and where their recommendations go. */
    public interface RecommendationStore {
        List<Application> openApplications();

        /** {@code decision} is APPROVE, REFER or DECLINE: what the engine and the policy say. */
        void recommend(long applicationId, BigDecimal amount, BigDecimal price, String decision);
    }

    public ApplicationRecommendations(OfferService offers, RecommendationStore store) {
        this.offers = offers;
        this.store = store;
    }

    /**
     * Returns how many applications received a recommended amount. Each application's offer depends
     * only on its seller and its own seed, so they are worked out in parallel (one per core).
     */
    public int recommendAll(LocalDate asOf) {
        return (int) store.openApplications().parallelStream().filter(a -> recommend(a, asOf)).count();
    }

    /** Stores the recommendation for one application; true if it received an amount. */
    private boolean recommend(Application a, LocalDate asOf) {
        Product product = Product.parse(a.product());
        OfferAdjustment adj = new OfferAdjustment(null, product == Product.TERM ? a.requestedTerm() : null, null,
                null, null);
        Offer o = offers.offer(a.sellerId(), asOf, product, adj, PATHS, a.applicationId()).orElse(null);
        Terms t = o == null ? null : (o.adjusted() != null ? o.adjusted() : o.recommended());
        boolean offered = o != null && (o.status() == OfferStatus.OFFERED || o.status() == OfferStatus.REFER);
        if (!offered || t == null || t.amount() == null || t.amount().isZero()) {
            store.recommend(a.applicationId(), null, null, o == null ? "REFER" : "DECLINE");
            return false;
        }
        BigDecimal amount = t.amount().amount().min(a.requestedAmount());
        store.recommend(a.applicationId(), amount, t.price(), o.status() == OfferStatus.REFER ? "REFER" : "APPROVE");
        return true;
    }
}
