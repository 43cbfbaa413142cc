package io.creditdesk.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.creditdesk.features.FeatureRepository;
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

    @Override
    public void forEachSeller(LocalDate fromInclusive, LocalDate toExclusive, Consumer<SellerHistory> sink) {
        // sellers first (small), then seller_month in primary-key order (no join, no sort), merged in Java
        Map<String, LocalDate> joined = new HashMap<>();
        db.jdbi().useHandle(h -> {
            try (PreparedStatement ps = h.getConnection().prepareStatement("SELECT seller_id, joined_on FROM seller");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date j = rs.getDate(2);
                    joined.put(rs.getString(1), j == null ? null : j.toLocalDate());
                }
            } catch (SQLException e) {
                throw new StoreException("Reading the sellers failed: " + e.getMessage(), e);
            }
        });
        String sql = "SELECT m.seller_id, NULL, " + COLS + " FROM seller_month m WHERE m.month_start < ?"
                + (fromInclusive == null ? "" : " AND m.month_start >= ?")
                + " ORDER BY m.seller_id, m.month_start";
        SellerHistory hist = new SellerHistory();
        db.jdbi().useHandle(h -> {
            Connection c = h.getConnection();
            try (PreparedStatement ps = c.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                ps.setDate(1, Date.valueOf(toExclusive));
                if (fromInclusive != null) {
                    ps.setDate(2, Date.valueOf(fromInclusive));
                }
                ps.setFetchSize(10_000);
                String current = null;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String id = rs.getString(1);
                        if (!id.equals(current)) {
                            if (current != null) {
                                sink.accept(hist);
                            }
                            if (!joined.containsKey(id)) {
                                current = null;
                                continue; // aggregates of a seller that no longer exists
                            }
                            hist.reset(id, joined.remove(id));
                            current = id;
                        }
                        hist.add(rs.getDate(3).toLocalDate(), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7),
                                rs.getInt(8), rs.getDouble(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getInt(13),
                                rs.getInt(14), rs.getInt(15), rs.getDouble(16));
                    }
                }
                if (current != null) {
                    sink.accept(hist);
                }
            } catch (SQLException e) {
                throw new StoreException("Reading the monthly aggregates failed: " + e.getMessage(), e);
            }
        });
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
        // only the last year is read; older last sales fall back to the monthly table in the calculator
        Map<String, LocalDate> out = new HashMap<>();
        db.jdbi().useHandle(h -> {
            try (PreparedStatement ps = h.getConnection().prepareStatement("SELECT seller_id, MAX(sales_day) FROM seller_day"
                    + " WHERE sales_day >= ? AND sales_day < ? AND orders > 0 GROUP BY seller_id")) {
                ps.setDate(1, Date.valueOf(before.minusDays(366)));
                ps.setDate(2, Date.valueOf(before));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getDate(2).toLocalDate());
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("Reading the daily aggregates failed: " + e.getMessage(), e);
            }
        });
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
