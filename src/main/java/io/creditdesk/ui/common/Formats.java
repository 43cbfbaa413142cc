package io.creditdesk.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers, money and dates formatted for the user's locale. */
public final class Formats {
    private final NumberFormat integer;
    private final NumberFormat money;
    private final DateTimeFormatter date;
    private final Locale locale;

    public Formats(Locale locale) {
        this.locale = locale;
        integer = NumberFormat.getIntegerInstance(locale);
        money = NumberFormat.getNumberInstance(locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    public String integer(long n) {
        return integer.format(n);
    }

    /** Whole currency units, for tables and axes. */
    public String amount(BigDecimal amount) {
        return integer.format(amount.setScale(0, java.math.RoundingMode.HALF_EVEN));
    }

    public String money(BigDecimal amount, String currency) {
        return currency + " " + money.format(amount);
    }

    /** A share as a percentage with one decimal: 0.0314 → "3.1%". */
    public String percent(double share) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        return f.format(share);
    }

    /** A change as a signed percentage: 0.25 → "+25.0%", -0.1 → "-10.0%". */
    public String signedPercent(double change) {
        return (change > 0 ? "+" : "") + percent(change);
    }

    public String decimal(double value, int digits) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(digits);
        f.setMaximumFractionDigits(digits);
        return f.format(value);
    }

    public String date(LocalDate d) {
        return d == null ? "" : date.format(d);
    }
}
