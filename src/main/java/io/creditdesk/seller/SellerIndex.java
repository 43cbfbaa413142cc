package io.creditdesk.seller;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Search and sort over every seller of the browser without boxing: each column's order is ranked
 * once into an int array, so a sort is a sort of packed {@code long}s and a search a scan of
 * lower-cased strings. Immutable after construction; safe to use from a background thread.
 */
public final class SellerIndex {
    /** Columns the browser can sort by. */
    public enum Column {
        ID, NAME, CATEGORY, REGION, TENURE, GMV_12M, ORDERS_12M, SCORE, GRADE, GROWTH, REFUND_RATE,
        REVIEW_AVERAGE, OPEN_APPLICATION
    }

    private final SellerRow[] rows;
    private final String[] searchText;
    private final int[][] ranks = new int[Column.values().length][];

    public SellerIndex(List<SellerRow> rows) {
        this.rows = rows.toArray(new SellerRow[0]);
        this.searchText = new String[this.rows.length];
        for (int i = 0; i < this.rows.length; i++) {
            SellerRow r = this.rows[i];
            searchText[i] = (r.sellerId() + '\u0001' + (r.name() == null ? "" : r.name())).toLowerCase(Locale.ROOT);
        }
    }

    public int size() {
        return rows.length;
    }

    public SellerRow row(int i) {
        return rows[i];
    }

    /** Indexes of the rows whose id or name contains {@code query} (case-insensitive), in index order. */
    public int[] search(String query) {
        return search(SellerFilter.query(query));
    }

    /** Indexes of the rows the filter keeps, in index order. */
    public int[] search(SellerFilter filter) {
        String q = filter.query().strip().toLowerCase(Locale.ROOT);
        boolean onlyText = filter.equals(SellerFilter.query(filter.query()));
        int[] hits = new int[rows.length];
        int n = 0;
        for (int i = 0; i < rows.length; i++) {
            if ((q.isEmpty() || searchText[i].contains(q)) && (onlyText || filter.keeps(rows[i]))) {
                hits[n++] = i;
            }
        }
        return n == hits.length ? hits : Arrays.copyOf(hits, n);
    }

    /** The distinct non-empty values of a text column, sorted, for filter choices. */
    public List<String> values(java.util.function.Function<SellerRow, String> column) {
        java.util.TreeSet<String> out = new java.util.TreeSet<>();
        for (SellerRow r : rows) {
            String v = column.apply(r);
            if (v != null && !v.isBlank()) {
                out.add(v);
            }
        }
        return List.copyOf(out);
    }

    /** A sorted copy of {@code indexes} by {@code column}; ties keep index order (stable). */
    public int[] sort(int[] indexes, Column column, boolean ascending) {
        int[] rank = rank(column);
        long[] packed = new long[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            int key = ascending ? rank[indexes[i]] : rows.length - 1 - rank[indexes[i]];
            packed[i] = ((long) key << 32) | indexes[i];
        }
        Arrays.sort(packed);
        int[] out = new int[indexes.length];
        for (int i = 0; i < packed.length; i++) {
            out[i] = (int) packed[i];
        }
        return out;
    }

    public List<SellerRow> rows(int[] indexes) {
        SellerRow[] out = new SellerRow[indexes.length];
        for (int i = 0; i < indexes.length; i++) {
            out[i] = rows[indexes[i]];
        }
        return Arrays.asList(out);
    }

    private synchronized int[] rank(Column column) {
        int[] r = ranks[column.ordinal()];
        if (r == null) {
            r = computeRank(comparator(column));
            ranks[column.ordinal()] = r;
        }
        return r;
    }

    private int[] computeRank(Comparator<SellerRow> cmp) {
        Integer[] order = new Integer[rows.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> {
            int c = cmp.compare(rows[a], rows[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] rank = new int[rows.length];
        for (int pos = 0; pos < order.length; pos++) {
            rank[order[pos]] = pos;
        }
        return rank;
    }

    private static Comparator<SellerRow> comparator(Column column) {
        return switch (column) {
            case ID -> Comparator.comparing(SellerRow::sellerId);
            case NAME -> text(SellerRow::name);
            case CATEGORY -> text(SellerRow::category);
            case REGION -> text(SellerRow::region);
            case TENURE -> Comparator.comparingInt(SellerRow::tenureMonths);
            case GMV_12M -> Comparator.comparing(SellerRow::gmv12m);
            case ORDERS_12M -> Comparator.comparingInt(SellerRow::orders12m);
            case SCORE -> Comparator.comparing(SellerRow::score, Comparator.nullsFirst(Comparator.naturalOrder()));
            case GRADE -> Comparator.comparing(SellerRow::grade, Comparator.nullsLast(Comparator.naturalOrder()));
            case GROWTH -> Comparator.comparing(SellerRow::growth, Comparator.nullsFirst(Comparator.naturalOrder()));
            case REFUND_RATE -> Comparator.comparingDouble(SellerRow::refundRate);
            case REVIEW_AVERAGE -> Comparator.comparing(SellerRow::reviewAverage,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            case OPEN_APPLICATION -> Comparator.comparing(SellerRow::openApplication);
        };
    }

    private static Comparator<SellerRow> text(java.util.function.Function<SellerRow, String> f) {
        return Comparator.comparing(r -> f.apply(r) == null ? "" : f.apply(r).toLowerCase(Locale.ROOT));
    }
}
