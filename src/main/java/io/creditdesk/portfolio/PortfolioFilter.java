package io.creditdesk.portfolio;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the dashboard shows. {@code from}/{@code to} bound the reporting window (null: from the first
 * data / up to the data's as-of date); the book (KPI tiles, grades, concentration) is measured on
 * {@code to}. Empty sets mean "all". Grade, category and region are the seller's.
 *
 * @param period        periods of the approvals chart (week or month)
 * @param vintagePeriod origination cohorts of the vintage curves (month or quarter)
 */
public record PortfolioFilter(LocalDate from, LocalDate to, Set<String> products, Set<String> grades,
                              Set<String> categories, Set<String> regions, Period period, Period vintagePeriod) {
    public PortfolioFilter {
        products = products == null ? Set.of() : Set.copyOf(products);
        grades = grades == null ? Set.of() : Set.copyOf(grades);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        period = period == null ? Period.MONTH : period;
        vintagePeriod = vintagePeriod == null ? Period.QUARTER : vintagePeriod;
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("The period starts (" + from + ") after it ends (" + to + ")");
        }
    }

    /** Everything: all data, monthly approvals, quarterly vintages. */
    public static PortfolioFilter all() {
        return new PortfolioFilter(null, null, Set.of(), Set.of(), Set.of(), Set.of(), Period.MONTH, Period.QUARTER);
    }

    public PortfolioFilter withDates(LocalDate f, LocalDate t) {
        return new PortfolioFilter(f, t, products, grades, categories, regions, period, vintagePeriod);
    }

    public PortfolioFilter withProducts(Set<String> p) {
        return new PortfolioFilter(from, to, p, grades, categories, regions, period, vintagePeriod);
    }

    public PortfolioFilter withGrades(Set<String> g) {
        return new PortfolioFilter(from, to, products, g, categories, regions, period, vintagePeriod);
    }

    public PortfolioFilter withCategories(Set<String> c) {
        return new PortfolioFilter(from, to, products, grades, c, regions, period, vintagePeriod);
    }

    public PortfolioFilter withRegions(Set<String> r) {
        return new PortfolioFilter(from, to, products, grades, categories, r, period, vintagePeriod);
    }

    public PortfolioFilter withPeriods(Period p, Period vintage) {
        return new PortfolioFilter(from, to, products, grades, categories, regions, p, vintage);
    }

    boolean matches(String product, String grade, String category, String region) {
        return (products.isEmpty() || products.contains(product))
                && (grades.isEmpty() || grades.contains(grade == null ? PortfolioReport.UNSCORED : grade))
                && (categories.isEmpty() || categories.contains(category))
                && (regions.isEmpty() || regions.contains(region));
    }

    boolean inWindow(LocalDate d) {
        return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
    }
}
