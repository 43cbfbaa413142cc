package io.creditdesk.decision;

import java.util.Map;

/**
 * The offer the system recommends for an application, as the decision compares against it.
 * {@code source} says where it came from ({@code application} today; the offer engine later), and
 * {@code details} carries anything else worth keeping in the journal (limit, affordability, policy
 * results, simulation summary…).
 */
public record RecommendedOffer(OfferTerms terms, String source, Map<String, Object> details) {
    public RecommendedOffer {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
