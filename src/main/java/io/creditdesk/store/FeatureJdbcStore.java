package io.creditdesk.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.creditdesk.features.FeatureRepository;
import io.creditdesk.features.SellerRange;
import io.creditdesk.features.SellerHistory;
import io.creditdesk.seller.SellerMonth;

/** Streams seller_month rows ordered by seller into a reused {@link SellerHistory} (plain JDBC, forward-only). */
public final class FeatureJdbcStore implements FeatureRepository {
    private static final String COLS = "m.month_start, m.orders, m.completed_orders, m.cancelled_orders, m.refunded_orders,"
            + " m.disputed_orders, m.gmv, m.reviews, m.review_sum, m.low_reviews, m.shipped_orders, m.late_orders,"
            + " m.repeat_orders, m.top10_buyer_gmv";
    private final Database db;

    public FeatureJdbcStore(Database db) {
        this.db = db;
    }

    /** Rows per page of the monthly scan: kept in memory by H2 (beyond about 40,000 it spills to a file). */
    private static final int PAGE = 20_000;

    @Override
    public void forEachSeller(LocalDate fromInclusive, LocalDate toExclusive, Consumer<SellerHistory> sink) {
        forEachSeller(sellerRanges(1).get(0), fromInclusive, toExclusive, sink);
    }

    @Override
    public List<SellerRange> sellerRanges(int parts) {
        // the sellers (small) in one lazy scan, split into id ranges of about equal size
        List<String> ids = new ArrayList<>();
        List<LocalDate> dates = new ArrayList<>();
        try (Connection c = db.directConnection();
             PreparedStatement ps = c.prepareStatement("SELECT seller_id, joined_on FROM seller",
                     ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                    dates.add(rs.getObject(2, LocalDate.class));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Reading the sellers failed: " + e.getMessage(), e);
        }
        Integer[] order = new Integer[ids.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> ids.get(x).compareTo(ids.get(y)));
        int n = Math.max(1, Math.min(parts, order.length));
        List<SellerRange> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            int lo = (int) ((long) order.length * k / n);
            int hi = (int) ((long) order.length * (k + 1) / n);
            Map<String, LocalDate> joined = new HashMap<>(Math.max(16, (hi - lo) * 4 / 3 + 1));
            for (int i = lo; i < hi; i++) {
                joined.put(ids.get(order[i]), dates.get(order[i]));
            }
            out.add(new SellerRange(k == 0 ? null : ids.get(order[lo]), k == n - 1 ? null : ids.get(order[hi]), joined));
        }
        return out;
    }

    @Override
    public void forEachSeller(SellerRange range, LocalDate fromInclusive, LocalDate toExclusive,
                              Consumer<SellerHistory> sink) {
        // seller_month in primary-key order (no join, no sort) over the range's ids, merged in Java with its sellers
        Map<String, LocalDate> joined = new HashMap<>(range.joinedOn());
        // Read in keyset pages of PAGE rows on a connection outside the pool: one big query would make H2
        // write its whole result to a temporary file first, and a pooled connection locks on every call
        // (together a third of the CPU of score --all). A page can end inside a seller's months; that
        // seller is then read again, whole, from the start of the next page.
        String sql = "SELECT m.seller_id, NULL, " + COLS + " FROM seller_month m WHERE m.month_start < ?"
                + (fromInclusive == null ? "" : " AND m.month_start >= ?")
                + " AND m.seller_id >= ?"
                + (range.toSellerId() == null ? "" : " AND m.seller_id < ?")
                + " ORDER BY m.seller_id, m.month_start LIMIT " + PAGE;
        SellerHistory hist = new SellerHistory();
        try (Connection c = db.directConnection();
             PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            String from = range.fromSellerId() == null ? "" : range.fromSellerId();
            while (true) {
                int p = 1;
                ps.setDate(p++, Date.valueOf(toExclusive));
                if (fromInclusive != null) {
                    ps.setDate(p++, Date.valueOf(fromInclusive));
                }
                ps.setString(p++, from);
                if (range.toSellerId() != null) {
                    ps.setString(p, range.toSellerId());
                }
                ps.setFetchSize(PAGE);
                String current = null;
                String first = null;
                String last = null;
                int rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        String id = rs.getString(1);
                        first = first == null ? id : first;
                        last = id;
                        if (!id.equals(current)) {
                            if (current != null) {
                                sink.accept(hist);
                                joined.remove(current);
                            }
                            if (!joined.containsKey(id)) {
                                current = null;
                                continue; // aggregates of a seller that no longer exists
                            }
                            hist.reset(id, joined.get(id));
                            current = id;
                        }
                        hist.add(rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                                rs.getInt(8), rs.getDouble(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13),
                                rs.getInt(14), rs.getInt(15), rs.getDouble(16));
                    }
                }
                if (rows < PAGE) {
                    if (current != null) {
                        sink.accept(hist);
                        joined.remove(current);
                    }
                    break;
                }
                if (last.equals(first)) {
                    throw new StoreException("Seller " + last + " has more than " + PAGE + " months of aggregates", null);
                }
                from = last; // the page may have cut this seller's months: read it again, whole
            }
        } catch (SQLException e) {
            throw new StoreException("Reading the monthly aggregates failed: " + e.getMessage(), e);
        }
        // sellers without any month in the window
        for (String id : new java.util.TreeSet<>(joined.keySet())) {
            hist.reset(id, joined.get(id));
            sink.accept(hist);
        }
    }

    @Override
    public SellerHistory history(String sellerId, LocalDate toExclusive) {
        SellerHistory hist = new SellerHistory();
        db.jdbi().useHandle(h -> {
            try (PreparedStatement ps = h.getConnection().prepareStatement("SELECT s.seller_id, s.joined_on, " + COLS
                    + " FROM seller s LEFT JOIN seller_month m ON m.seller_id = s.seller_id AND m.month_start < ?"
                    + " WHERE s.seller_id = ? ORDER BY m.month_start")) {
                ps.setDate(1, Date.valueOf(toExclusive));
                ps.setString(2, sellerId);
                try (ResultSet rs = ps.executeQuery()) {
                    hist.reset(sellerId, null);
                    boolean first = true;
                    while (rs.next()) {
                        if (first) {
                            Date j = rs.getDate(2);
                            hist.reset(sellerId, j == null ? null : j.toLocalDate());
                            first = false;
                        }
                        Date ms = rs.getDate(3);
                        if (ms != null) {
                            hist.add(ms.toLocalDate(), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                                    rs.getDouble(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13),
                                    rs.getInt(14), rs.getInt(15), rs.getDouble(16));
                        }
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("Reading the monthly aggregates failed: " + e.getMessage(), e);
            }
        });
        return hist;
    }

    @Override
    public Map<String, LocalDate> lastSaleDays(LocalDate before) {
        // only the last year is read; older last sales fall back to the monthly table in the calculator.
        // One forward scan of the table with the filter, the maximum kept in Java: a GROUP BY here walks the
        // (seller_id, sales_day) key and fetches every row through it, which costs about 1.5 times more CPU.
        // (H2's LAZY_QUERY_EXECUTION would avoid materialising the result, but H2 2.3.232 can then fail with
        // "Chunk … not found" while the store compacts in the background — h2database issue 4142.)
        Map<String, LocalDate> out = new HashMap<>();
        try (Connection c = db.directConnection(); // outside the pool: no lock on every call
             PreparedStatement ps = c.prepareStatement("SELECT seller_id, sales_day FROM seller_day"
                     + " WHERE sales_day >= ? AND sales_day < ? AND orders > 0",
                     ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setDate(1, Date.valueOf(before.minusDays(366)));
            ps.setDate(2, Date.valueOf(before));
            ps.setFetchSize(10_000);
            String current = null;
            LocalDate max = null;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    LocalDate d = rs.getObject(2, LocalDate.class);
                    if (!id.equals(current)) {
                        if (current != null) {
                            out.merge(current, max, (a, b) -> a.isAfter(b) ? a : b);
                        }
                        current = id;
                        max = d;
                    } else if (d.isAfter(max)) {
                        max = d;
                    }
                }
            }
            if (current != null) {
                out.merge(current, max, (a, b) -> a.isAfter(b) ? a : b);
            }
        } catch (SQLException e) {
            throw new StoreException("Reading the daily aggregates failed: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public Map<String, LocalDate> firstOrderMonths() {
        return dateMap("SELECT seller_id, MIN(month_start) FROM seller_month WHERE orders > 0 AND month_start >= ?"
                + " GROUP BY seller_id", LocalDate.of(1900, 1, 1));
    }

    private Map<String, LocalDate> dateMap(String sql, LocalDate arg) {
        Map<String, LocalDate> out = new HashMap<>();
        db.jdbi().useHandle(h -> {
            try (PreparedStatement ps = h.getConnection().prepareStatement(sql)) {
                ps.setDate(1, Date.valueOf(arg));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Date d = rs.getDate(2);
                        if (d != null) {
                            out.put(rs.getString(1), d.toLocalDate());
                        }
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("Reading the aggregates failed: " + e.getMessage(), e);
            }
        });
        return out;
    }

    /**
     * From seller_day; when it has no sale before {@code before} (the demo keeps daily rows only for
     * its last 13 months), from the sale-day bits of seller_month, which give the same day.
     */
    @Override
    public LocalDate lastSaleDay(String sellerId, LocalDate before) {
        return db.jdbi().withHandle(h -> {
            LocalDate day = h.createQuery(
                    "SELECT MAX(sales_day) FROM seller_day WHERE seller_id = :s AND sales_day < :d AND orders > 0")
                    .bind("s", sellerId).bind("d", before).mapTo(LocalDate.class).findOne().orElse(null);
            if (day != null) {
                return day;
            }
            try (PreparedStatement ps = h.getConnection().prepareStatement("SELECT month_start, sale_days"
                    + " FROM seller_month WHERE seller_id = ? AND month_start < ? AND sale_days <> 0"
                    + " ORDER BY month_start DESC")) {
                ps.setString(1, sellerId);
                ps.setDate(2, Date.valueOf(before));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        LocalDate found = SellerMonth.lastSaleDay(rs.getDate(1).toLocalDate(), rs.getInt(2), before);
                        if (found != null) {
                            return found;
                        }
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("Reading the monthly aggregates failed: " + e.getMessage(), e);
            }
            return null;
        });
    }
}
