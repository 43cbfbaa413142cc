package io.creditdesk.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.creditdesk.features.FeatureRepository;
import io.creditdesk.features.FeatureWindow;
import io.creditdesk.features.MonthScanPart;
import io.creditdesk.features.SellerHistory;

/** Streams seller_month rows ordered by seller into a reused {@link SellerHistory} (plain JDBC, forward-only). */
public final class FeatureJdbcStore implements FeatureRepository {
    private static final String COLS = "m.month_start, m.orders, m.completed_orders, m.cancelled_orders, m.refunded_orders,"
            + " m.disputed_orders, m.gmv, m.reviews, m.review_sum, m.low_reviews, m.shipped_orders, m.late_orders,"
            + " m.repeat_orders, m.top10_buyer_gmv, m.sale_days";
    private final Database db;

    public FeatureJdbcStore(Database db) {
        this.db = db;
    }

    /** Rows per page of the monthly scan: kept in memory by H2 (beyond about 40,000 it spills to a file). */
    private static final int PAGE = 20_000;

    @Override
    public void forEachSeller(LocalDate fromInclusive, LocalDate toExclusive, Consumer<SellerHistory> sink) {
        // seller_month in primary-key order (no join, no sort), merged in Java with the sellers
        Map<String, LocalDate> joined = sellers();
        // Read in keyset pages of PAGE rows on a connection outside the pool: one big query would make H2
        // write its whole result to a temporary file first, and a pooled connection locks on every call.
        // A page can end inside a seller's months; that seller is then read again, whole, from the start
        // of the next page.
        String sql = "SELECT m.seller_id, NULL, " + COLS + " FROM seller_month m WHERE m.month_start < ?"
                + (fromInclusive == null ? "" : " AND m.month_start >= ?")
                + " AND m.seller_id >= ? ORDER BY m.seller_id, m.month_start LIMIT " + PAGE;
        SellerHistory hist = new SellerHistory();
        try (Connection c = db.directConnection();
             PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            String from = "";
            while (true) {
                int p = 1;
                ps.setDate(p++, Date.valueOf(toExclusive));
                if (fromInclusive != null) {
                    ps.setDate(p++, Date.valueOf(fromInclusive));
                }
                ps.setString(p, from);
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
                                rs.getInt(8), cents(rs.getBigDecimal(9)), rs.getInt(10), rs.getInt(11), rs.getInt(12),
                                rs.getInt(13), rs.getInt(14), rs.getInt(15), cents(rs.getBigDecimal(16)), rs.getInt(17));
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
    public Map<String, LocalDate> sellers() {
        Map<String, LocalDate> out = new HashMap<>();
        try (Connection c = db.directConnection();
             PreparedStatement ps = c.prepareStatement("SELECT seller_id, joined_on FROM seller",
                     ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString(1), rs.getObject(2, LocalDate.class));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Reading the sellers failed: " + e.getMessage(), e);
        }
        return out;
    }

    @Override
    public List<MonthScanPart> monthScanParts(int parts) {
        // ORDER BY … LIMIT 1 reads one end of the table; H2 answers MIN/MAX(_ROWID_) by scanning the primary key
        long min;
        long max;
        try (Connection c = db.directConnection();
             PreparedStatement first = c.prepareStatement("SELECT _ROWID_ FROM seller_month ORDER BY _ROWID_ LIMIT 1");
             PreparedStatement last = c.prepareStatement("SELECT _ROWID_ FROM seller_month ORDER BY _ROWID_ DESC LIMIT 1");
             ResultSet lo = first.executeQuery();
             ResultSet hi = last.executeQuery()) {
            if (!lo.next() || !hi.next()) {
                return List.of();
            }
            min = lo.getLong(1);
            max = hi.getLong(1);
        } catch (SQLException e) {
            throw new StoreException("Reading the monthly aggregates failed: " + e.getMessage(), e);
        }
        long after = min - 1;
        long span = max - after;
        int n = (int) Math.max(1, Math.min(parts, span));
        List<MonthScanPart> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            out.add(new MonthScanPart(after + span * k / n, after + span * (k + 1) / n));
        }
        return out;
    }

    @Override
    public void foldMonths(MonthScanPart part, Map<String, Integer> sellerIndex, FeatureWindow window) {
        // In storage order (no index lookup per row: about 40% less CPU than key order), in keyset pages of
        // PAGE rows by row id on a connection outside the pool (see forEachSeller). Every row of the part is
        // read: the window ignores the months after its date, and a filter here could end a page early.
        String sql = "SELECT _ROWID_, m.seller_id, " + COLS + " FROM seller_month m WHERE _ROWID_ > ? AND _ROWID_ <= ? ORDER BY _ROWID_ LIMIT " + PAGE;
        try (Connection c = db.directConnection();
             PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            long from = part.afterRowId();
            while (true) {
                ps.setLong(1, from);
                ps.setLong(2, part.lastRowId());
                ps.setFetchSize(PAGE);
                int rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        from = rs.getLong(1);
                        Integer s = sellerIndex.get(rs.getString(2));
                        if (s == null) {
                            continue; // aggregates of a seller that no longer exists
                        }
                        window.add(s, SellerHistory.epochMonth(rs.getObject(3, LocalDate.class)), rs.getInt(4),
                                rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), cents(rs.getBigDecimal(9)),
                                rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13), rs.getInt(14), rs.getInt(15),
                                cents(rs.getBigDecimal(16)), rs.getInt(17));
                    }
                }
                if (rows < PAGE) {
                    break;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("Reading the monthly aggregates failed: " + e.getMessage(), e);
        }
    }

    private static long cents(BigDecimal amount) {
        return amount.movePointRight(2).longValueExact();
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
                                    cents(rs.getBigDecimal(9)), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13),
                                    rs.getInt(14), rs.getInt(15), cents(rs.getBigDecimal(16)), rs.getInt(17));
                        }
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("Reading the monthly aggregates failed: " + e.getMessage(), e);
            }
        });
        return hist;
    }
}
