package io.creditdesk.offer;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.Objects;

import io.creditdesk.money.Money;

/**
 * A seller's net sales per calendar day, in long minor units (cents), from {@code firstDay} on
 * with no gaps (a day without sales is 0). Immutable: the array is copied in and never handed out.
 */
public final class DailySales {
    private final LocalDate firstDay;
    private final long[] minor;
    private final Currency currency;

    public DailySales(LocalDate firstDay, long[] minorUnits, Currency currency) {
        this.firstDay = Objects.requireNonNull(firstDay, "firstDay");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.minor = minorUnits.clone();
        for (long v : minor) {
            if (v < 0) {
                throw new IllegalArgumentException("daily sales cannot be negative");
            }
        }
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return firstDay.plusDays(minor.length - 1L);
    }

    public Currency currency() {
        return currency;
    }

    public int days() {
        return minor.length;
    }

    /** Sales of day {@code index} (0 = {@link #firstDay()}) in minor units. */
    public long minorAt(int index) {
        return minor[index];
    }

    public long totalMinor() {
        long t = 0;
        for (long v : minor) {
            t = Math.addExact(t, v);
        }
        return t;
    }

    public Money total() {
        return MinorUnits.money(totalMinor(), currency);
    }

    public boolean hasSales() {
        for (long v : minor) {
            if (v > 0) {
                return true;
            }
        }
        return false;
    }

    /** A copy of the values, for engines that loop over primitives. */
    long[] copyMinor() {
        return minor.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DailySales d && firstDay.equals(d.firstDay) && currency.equals(d.currency)
                && Arrays.equals(minor, d.minor);
    }

    @Override
    public int hashCode() {
        return Objects.hash(firstDay, currency) * 31 + Arrays.hashCode(minor);
    }

    @Override
    public String toString() {
        return "DailySales[" + firstDay + " .. " + lastDay() + ", " + total() + "]";
    }
}
