package io.creditdesk.decision;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import io.creditdesk.loan.Application;
import io.creditdesk.money.Money;

/**
 * Where the recommended offer of an application comes from. The offer engine can plug in here;
 * until then {@link #fromApplication} reads the application's own columns.
 */
@FunctionalInterface
public interface RecommendationSource {
    RecommendedOffer recommend(ApplicationCase application);

    /**
     * Amount = the application's recommended amount (its requested amount while unscored), term = the
     * requested term, price = the application's recommended price or {@code defaultPrice}.
     */
    static RecommendationSource fromApplication(BigDecimal defaultPrice) {
        return c -> {
            Application a = c.application();
            boolean scored = a.recommendedAmount() != null;
            Money amount = Money.of(scored ? a.recommendedAmount() : a.requestedAmount(), a.currency());
            BigDecimal price = c.recommendedPrice() != null ? c.recommendedPrice() : defaultPrice;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("amount_from", scored ? "recommended_amount" : "requested_amount");
            details.put("price_from", c.recommendedPrice() != null ? "recommended_price" : "default_price");
            return new RecommendedOffer(new OfferTerms(amount, a.requestedTerm(), price), "application", details);
        };
    }
}
