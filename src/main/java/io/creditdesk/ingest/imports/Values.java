package io.creditdesk.ingest.imports;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.creditdesk.seller.OrderStatus;

/**
 * Parsing of one field into a value, or a {@link BadValue} naming the column and the reason.
 * Hand-written fast paths for the common shapes (plain decimals, {@code yyyy-MM-ddTHH:mm:ss});
 * money is parsed into exact cents, never through floating point.
 */
final class Values {
    /** DECIMAL(14, 2): at most 12 digits before the point. */
    static final long MAX_CENTS = 99_999_999_999_999L;
    private static final Map<String, Boolean> CURRENCIES = new ConcurrentHashMap<>();

    private Values() {
    }

    /** A required key: trimmed, not empty, at most {@code max} characters. */
    static String key(String column, String v, int max) {
        String t = v.strip();
        if (t.isEmpty()) {
            throw new BadValue(column, "missing (a key is required)");
        }
        if (t.length() > max) {
            throw new BadValue(column, "longer than " + max + " characters");
        }
        return t;
    }

    /** An optional text: trimmed; empty gives null; at most {@code max} characters. */
    static String text(String column, String v, int max) {
        String t = v.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() > max) {
            throw new BadValue(column, "longer than " + max + " characters");
        }
        return t;
    }

    /** A non-negative amount with at most two decimals, in cents. */
    static long cents(String column, String v) {
        String t = v.strip();
        int n = t.length();
        if (n == 0) {
            throw new BadValue(column, "missing (an amount is required)");
        }
        int i = 0;
        if (t.charAt(0) == '-') {
            if (n > 1 && isNumber(t.substring(1))) {
                throw new BadValue(column, "negative amount " + show(t));
            }
            throw new BadValue(column, show(t) + " is not a number");
        }
        if (t.charAt(0) == '+') {
            i = 1;
        }
        long units = 0;
        int intDigits = 0;
        int decimals = -1;
        long frac = 0;
        for (; i < n; i++) {
            char c = t.charAt(i);
            if (c >= '0' && c <= '9') {
                if (decimals < 0) {
                    if (++intDigits > 12) {
                        throw new BadValue(column, show(t) + " is too large");
                    }
                    units = units * 10 + (c - '0');
                } else {
                    decimals++;
                    if (decimals > 2) {
                        if (c != '0') {
                            throw new BadValue(column, show(t) + " has more than two decimal places");
                        }
                    } else {
                        frac = frac * 10 + (c - '0');
                    }
                }
            } else if (c == '.' && decimals < 0) {
                decimals = 0;
            } else {
                throw new BadValue(column, show(t) + " is not a number");
            }
        }
        if (intDigits == 0 && decimals <= 0) {
            throw new BadValue(column, show(t) + " is not a number");
        }
        int d = Math.max(decimals, 0);
        if (d == 0) {
            frac = 0;
        } else if (d == 1) {
            frac *= 10;
        }
        return units * 100 + frac;
    }

    /** An optional amount: empty gives null. */
    static BigDecimal optionalMoney(String column, String v) {
        return v.isBlank() ? null : BigDecimal.valueOf(cents(column, v), 2);
    }

    private static boolean isNumber(String s) {
        try {
            new BigDecimal(s);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** ISO-8601 date-time, with {@code T} or a space, seconds optional, with or without an offset (kept as local time). */
    static LocalDateTime dateTime(String column, String v) {
        String t = v.strip();
        if (t.isEmpty()) {
            throw new BadValue(column, "missing (a date-time is required)");
        }
        LocalDateTime parsed = null;
        if (t.length() == 19 && t.charAt(4) == '-' && t.charAt(7) == '-' && (t.charAt(10) == 'T' || t.charAt(10) == ' ')
                && t.charAt(13) == ':' && t.charAt(16) == ':') {
            int y = digits(t, 0, 4);
            int mo = digits(t, 5, 7);
            int d = digits(t, 8, 10);
            int h = digits(t, 11, 13);
            int mi = digits(t, 14, 16);
            int s = digits(t, 17, 19);
            if (y >= 0 && mo >= 0 && d >= 0 && h >= 0 && mi >= 0 && s >= 0) {
                try {
                    parsed = LocalDateTime.of(y, mo, d, h, mi, s);
                } catch (DateTimeException e) {
                    throw new BadValue(column, show(t) + " is not a valid date-time");
                }
            }
        }
        if (parsed == null) {
            String iso = t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + 'T' + t.substring(11) : t;
            try {
                parsed = LocalDateTime.parse(iso);
            } catch (DateTimeParseException e) {
                try {
                    parsed = OffsetDateTime.parse(iso).toLocalDateTime();
                } catch (DateTimeParseException e2) {
                    throw new BadValue(column, show(t) + " is not an ISO-8601 date-time (like 2026-03-01T14:05:00)");
                }
            }
        }
        if (parsed.getYear() < 1900 || parsed.getYear() > 2999) {
            throw new BadValue(column, show(t) + " is out of range (years 1900-2999)");
        }
        return parsed;
    }

    /** An optional date-time: empty gives null. */
    static LocalDateTime optionalDateTime(String column, String v) {
        return v.isBlank() ? null : dateTime(column, v);
    }

    /** A date {@code yyyy-MM-dd}. */
    static LocalDate date(String column, String v) {
        String t = v.strip();
        if (t.isEmpty()) {
            throw new BadValue(column, "missing (a date is required)");
        }
        try {
            LocalDate d = LocalDate.parse(t);
            if (d.getYear() < 1900 || d.getYear() > 2999) {
                throw new BadValue(column, show(t) + " is out of range (years 1900-2999)");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new BadValue(column, show(t) + " is not a date like 2026-03-01");
        }
    }

    static LocalDate optionalDate(String column, String v) {
        return v.isBlank() ? null : date(column, v);
    }

    /** A value quoted for a message: line breaks and tabs shown as \\n, \\r, \\t; long values shortened. */
    static String show(String v) {
        String t = v.length() > 60 ? v.substring(0, 57) + "..." : v;
        return "'" + t.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + "'";
    }

    private static int digits(String s, int from, int to) {
        int r = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            r = r * 10 + (c - '0');
        }
        return r;
    }

    static OrderStatus status(String column, String v) {
        String t = v.strip();
        switch (t) {
            case "COMPLETED", "completed" -> {
                return OrderStatus.COMPLETED;
            }
            case "CANCELLED", "cancelled" -> {
                return OrderStatus.CANCELLED;
            }
            case "REFUNDED", "refunded" -> {
                return OrderStatus.REFUNDED;
            }
            case "DISPUTED", "disputed" -> {
                return OrderStatus.DISPUTED;
            }
            case "OPEN", "open" -> {
                return OrderStatus.OPEN;
            }
            default -> {
                if (t.isEmpty()) {
                    throw new BadValue(column, "missing (a status is required)");
                }
                try {
                    return OrderStatus.valueOf(t.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new BadValue(column, "unknown status " + show(t)
                            + " (use COMPLETED, CANCELLED, REFUNDED, DISPUTED or OPEN)");
                }
            }
        }
    }

    /** ISO 4217 code; empty gives {@code fallback}. */
    static String currency(String column, String v, String fallback) {
        String t = v.strip();
        if (t.isEmpty()) {
            return fallback;
        }
        boolean known = CURRENCIES.computeIfAbsent(t, c -> {
            if (c.length() != 3 || !c.equals(c.toUpperCase(Locale.ROOT))) {
                return false;
            }
            try {
                Currency.getInstance(c);
                return true;
            } catch (IllegalArgumentException e) {
                return false;
            }
        });
        if (!known) {
            throw new BadValue(column, show(t) + " is not an ISO 4217 currency code (like CNY)");
        }
        return t;
    }

    /** Review score 1-5, or null when empty. */
    static Integer reviewScore(String column, String v) {
        String t = v.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '5') {
            return t.charAt(0) - '0';
        }
        throw new BadValue(column, show(t) + " is not a review score from 1 to 5");
    }

    /** true / false (any case), or null when empty. */
    static Boolean bool(String column, String v) {
        String t = v.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.equalsIgnoreCase("true")) {
            return Boolean.TRUE;
        }
        if (t.equalsIgnoreCase("false")) {
            return Boolean.FALSE;
        }
        throw new BadValue(column, show(t) + " is not true or false");
    }

    /** A whole number in {@code min..max}. */
    static int integer(String column, String v, int min, int max) {
        String t = v.strip();
        if (t.isEmpty()) {
            throw new BadValue(column, "missing (a number is required)");
        }
        try {
            int n = Integer.parseInt(t);
            if (n < min || n > max) {
                throw new BadValue(column, show(t) + " is out of range (" + min + " to " + max + ")");
            }
            return n;
        } catch (NumberFormatException e) {
            throw new BadValue(column, show(t) + " is not a whole number");
        }
    }

    /** A non-negative decimal with at most {@code scale} decimals and {@code precision} digits. */
    static BigDecimal decimal(String column, String v, int precision, int scale) {
        String t = v.strip();
        if (t.isEmpty()) {
            throw new BadValue(column, "missing (a number is required)");
        }
        BigDecimal d;
        try {
            d = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new BadValue(column, show(t) + " is not a number");
        }
        if (t.indexOf('e') >= 0 || t.indexOf('E') >= 0) {
            throw new BadValue(column, show(t) + " is not a plain decimal number");
        }
        if (d.signum() < 0) {
            throw new BadValue(column, "negative value " + show(t));
        }
        d = d.stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        if (d.scale() > scale) {
            throw new BadValue(column, show(t) + " has more than " + scale + " decimal places");
        }
        if (d.precision() - d.scale() > precision - scale) {
            throw new BadValue(column, show(t) + " is too large");
        }
        return d;
    }
}
