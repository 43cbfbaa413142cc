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

    public Formats(Locale locale) {
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

    public String date(LocalDate d) {
        return d == null ? "" : date.format(d);
    }
}
