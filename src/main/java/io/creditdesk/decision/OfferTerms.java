package io.creditdesk.decision;

import java.math.BigDecimal;

import io.creditdesk.money.Money;

/** Amount, term (months; null when the product has none) and price (annual rate, 0.18 = 18%; null when unknown). */
public record OfferTerms(Money amount, Integer termMonths, BigDecimal annualRate) {
}
