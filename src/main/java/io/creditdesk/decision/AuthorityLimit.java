package io.creditdesk.decision;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import io.creditdesk.money.Money;

/**
 * What one role may approve. {@code approvalLimits} holds the largest amount per currency code;
 * {@code unlimited} lifts it. {@code maxAmountChange} (0.20 = ±20% of the recommended amount) and
 * {@code maxPriceChange} (0.02 = ±2 percentage points of the annual rate) bound an approval with
 * changes; null means no bound beyond the approval limit.
 */
public record AuthorityLimit(Role role, boolean unlimited, Map<String, Money> approvalLimits,
                             BigDecimal maxAmountChange, BigDecimal maxPriceChange) {
    public AuthorityLimit {
        approvalLimits = Map.copyOf(approvalLimits);
    }

    /** The approval limit in {@code currency}; empty when unlimited or when none is configured (then no authority). */
    public Optional<Money> limitIn(String currency) {
        return Optional.ofNullable(approvalLimits.get(currency));
    }

    public boolean decides() {
        return role.decidesLoans();
    }
}
