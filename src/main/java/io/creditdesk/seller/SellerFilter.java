package io.creditdesk.seller;

import java.util.Set;

/**
 * What the seller browser shows: a text query on id or name, plus optional grade, category, region,
 * score range and "has an open application". A {@code null} or empty part does not filter.
 *
 * @param grades    grades to keep; empty keeps every row, graded or not
 * @param minScore  lowest score kept (inclusive); with a score range, unscored sellers are left out
 * @param maxScore  highest score kept (inclusive)
 */
public record SellerFilter(String query, Set<String> grades, String category, String region,
                           Integer minScore, Integer maxScore, boolean openApplicationOnly) {
    public static final SellerFilter ALL = new SellerFilter("", Set.of(), null, null, null, null, false);

    public SellerFilter {
        query = query == null ? "" : query;
        grades = grades == null ? Set.of() : Set.copyOf(grades);
    }

    public static SellerFilter query(String query) {
        return new SellerFilter(query, Set.of(), null, null, null, null, false);
    }

    boolean keeps(SellerRow r) {
        if (!grades.isEmpty() && (r.grade() == null || !grades.contains(r.grade()))) {
            return false;
        }
        if (category != null && !category.equals(r.category())) {
            return false;
        }
        if (region != null && !region.equals(r.region())) {
            return false;
        }
        if ((minScore != null || maxScore != null) && r.score() == null) {
            return false;
        }
        if (minScore != null && r.score() < minScore) {
            return false;
        }
        if (maxScore != null && r.score() > maxScore) {
            return false;
        }
        return !openApplicationOnly || r.openApplication();
    }
}
