package io.creditdesk.ingest.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * How busy a day is on a Chinese marketplace, relative to an ordinary day: a weekly cycle (weekend
 * evenings sell most), the Double 11 (11.11) and Double 12 (12.12) shopping festivals with their
 * pre-sales, the 618 mid-year sale, and the Chinese New Year dip (couriers stop for about two weeks)
 * after a pre-festival rush.
 */
final class DemoCalendar {
    /** Chinese New Year (first day of the lunar year), 2015–2040. */
    private static final Map<Integer, LocalDate> NEW_YEAR = Map.ofEntries(
            Map.entry(2015, LocalDate.of(2015, 2, 19)), Map.entry(2016, LocalDate.of(2016, 2, 8)),
            Map.entry(2017, LocalDate.of(2017, 1, 28)), Map.entry(2018, LocalDate.of(2018, 2, 16)),
            Map.entry(2019, LocalDate.of(2019, 2, 5)), Map.entry(2020, LocalDate.of(2020, 1, 25)),
            Map.entry(2021, LocalDate.of(2021, 2, 12)), Map.entry(2022, LocalDate.of(2022, 2, 1)),
            Map.entry(2023, LocalDate.of(2023, 1, 22)), Map.entry(2024, LocalDate.of(2024, 2, 10)),
            Map.entry(2025, LocalDate.of(2025, 1, 29)), Map.entry(2026, LocalDate.of(2026, 2, 17)),
            Map.entry(2027, LocalDate.of(2027, 2, 6)), Map.entry(2028, LocalDate.of(2028, 1, 26)),
            Map.entry(2029, LocalDate.of(2029, 2, 13)), Map.entry(2030, LocalDate.of(2030, 2, 3)),
            Map.entry(2031, LocalDate.of(2031, 1, 23)), Map.entry(2032, LocalDate.of(2032, 2, 11)),
            Map.entry(2033, LocalDate.of(2033, 1, 31)), Map.entry(2034, LocalDate.of(2034, 2, 19)),
            Map.entry(2035, LocalDate.of(2035, 2, 8)), Map.entry(2036, LocalDate.of(2036, 1, 28)),
            Map.entry(2037, LocalDate.of(2037, 2, 15)), Map.entry(2038, LocalDate.of(2038, 2, 4)),
            Map.entry(2039, LocalDate.of(2039, 1, 24)), Map.entry(2040, LocalDate.of(2040, 2, 12)));

    /** Monday..Sunday. */
    private static final double[] WEEKDAY = {1.00, 0.94, 0.92, 0.94, 0.98, 1.08, 1.14};

    private DemoCalendar() {
    }

    /** Chinese New Year of {@code year}; outside 2015–2040 an approximation (5 February). */
    static LocalDate chineseNewYear(int year) {
        LocalDate d = NEW_YEAR.get(year);
        return d != null ? d : LocalDate.of(year, 2, 5);
    }

    /** Demand multiplier of one day (1 = an ordinary weekday). */
    static double dayFactor(LocalDate date) {
        double f = weekday(date.getDayOfWeek());
        int m = date.getMonthValue();
        int d = date.getDayOfMonth();
        if (m == 11) {
            if (d == 11) {
                f *= 6.0;
            } else if (d == 10) {
                f *= 1.8;
            } else if (d < 10) {
                f *= 1.25;
            } else if (d <= 14) {
                f *= 0.75;
            }
        } else if (m == 12) {
            if (d == 12) {
                f *= 3.2;
            } else if (d == 11 || d == 13) {
                f *= 1.3;
            }
        } else if (m == 6) {
            if (d == 18) {
                f *= 2.5;
            } else if (d < 18) {
                f *= 1.12;
            }
        }
        f *= newYearFactor(date);
        return f;
    }

    private static double weekday(DayOfWeek dow) {
        return WEEKDAY[dow.getValue() - 1];
    }

    private static double newYearFactor(LocalDate date) {
        if (date.getMonthValue() > 3) {
            return 1.0;
        }
        long delta = ChronoUnit.DAYS.between(chineseNewYear(date.getYear()), date);
        if (delta >= -7 && delta <= 10) {
            return 0.35; // couriers and factories stop
        }
        if (delta >= -24 && delta < -7) {
            return 1.2; // pre-festival buying
        }
        return 1.0;
    }
}
