package io.creditdesk.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount of one currency, always at the currency's minor unit (CNY 2 decimals). Rounding
 * is explicit: HALF_EVEN unless the caller names another mode. Amounts of different currencies never
 * mix. There is no {@code double} anywhere in this type.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        amount = amount.setScale(currency.getDefaultFractionDigits(), ROUNDING);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currency));
    }

    public static Money of(BigDecimal amount, String currency) {
        return new Money(amount, Currency.getInstance(currency));
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, Currency.getInstance(currency));
    }

    public String currencyCode() {
        return currency.getCurrencyCode();
    }

    public Money plus(Money other) {
        return new Money(amount.add(same(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(same(other).amount), currency);
    }

    /** Multiplies by an exact factor, rounding HALF_EVEN to the minor unit. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    public Money times(BigDecimal factor, RoundingMode mode) {
        return new Money(amount.multiply(factor).setScale(currency.getDefaultFractionDigits(), mode), currency);
    }

    /** Rounds down to a multiple of {@code step} (e.g. 100 for offer limits). */
    public Money roundDownTo(BigDecimal step) {
        BigDecimal units = amount.divide(step, 0, RoundingMode.FLOOR);
        return new Money(units.multiply(step), currency);
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(same(other).amount);
    }

    private Money same(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot mix " + currency.getCurrencyCode() + " and "
                    + other.currency.getCurrencyCode());
        }
        return other;
    }

    /** {@code CNY 50,000.00} */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + " " + String.format(java.util.Locale.ROOT, "%,." + currency.getDefaultFractionDigits() + "f", amount);
    }
}
