package io.creditdesk.portfolio;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** A reporting period: ISO weeks (starting Monday), calendar months or calendar quarters. */
public enum Period {
    WEEK, MONTH, QUARTER;

    /** The first day of the period holding {@code d}. */
    public LocalDate start(LocalDate d) {
        return switch (this) {
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case QUARTER -> d.withDayOfMonth(1).withMonth(((d.getMonthValue() - 1) / 3) * 3 + 1);
        };
    }

    /** The first day of the next period. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
        };
    }

    /** The last day of the period starting on {@code start}. */
    public LocalDate end(LocalDate start) {
        return next(start).minusDays(1);
    }

    /** {@code 2026-W07}, {@code 2026-02}, {@code 2026-Q1}. */
    public String label(LocalDate start) {
        return switch (this) {
            case WEEK -> String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                    start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> String.format(Locale.ROOT, "%d-Q%d", start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
        };
    }

    public static Period parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown period '" + text + "' (week, month, quarter)", e);
        }
    }
}
