package io.creditdesk.offer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.creditdesk.money.Money;

/**
 * A complete offer for display and for the decision journal: the policy outcome, how the limit
 * and price were found, and the recommended and adjusted terms side by side.
 *
 * @param reasons        why the offer is refused / declined / referred (empty when OFFERED)
 * @param affordable     the largest term-loan amount whose instalment fits the affordability share (term only)
 * @param recommended    null when REFUSED
 * @param adjusted       the recommendation with the underwriter's changes (equal to it without changes); null when REFUSED
 * @param notes          facts the underwriter should see (e.g. "not scored: grade D assumed")
 * @param warnings       where the adjusted terms leave the recommendation's bounds (above limit, price outside floor/cap …)
 */
public record Offer(
        String sellerId,
        LocalDate asOf,
        Product product,
        String offerConfigVersion,
        OfferStatus status,
        List<String> reasons,
        PolicyResult policy,
        String grade,
        BigDecimal pd,
        boolean scored,
        Money avgMonthlyNetSales,
        BigDecimal gradeMultiple,
        Money limit,
        Money affordable,
        PriceBreakdown price,
        Terms recommended,
        Terms adjusted,
        List<String> notes,
        List<String> warnings) {

    public Offer {
        reasons = List.copyOf(reasons);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
    }

    public boolean refused() {
        return status == OfferStatus.REFUSED;
    }
}
