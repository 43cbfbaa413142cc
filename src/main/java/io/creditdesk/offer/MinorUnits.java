package io.creditdesk.offer;

import java.math.BigDecimal;
import java.util.Currency;

import io.creditdesk.money.Money;

/** Exact conversion between {@link Money} and long minor units (cents), used by the simulator. */
final class MinorUnits {
    private MinorUnits() {
    }

    static long of(Money money) {
        return money.amount().movePointRight(money.currency().getDefaultFractionDigits()).longValueExact();
    }

    static long of(BigDecimal amount, Currency currency) {
        return of(new Money(amount, currency));
    }

    static Money money(long minor, Currency currency) {
        return new Money(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()), currency);
    }
}
