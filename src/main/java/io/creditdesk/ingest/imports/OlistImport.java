package io.creditdesk.ingest.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.creditdesk.seller.OrderLine;
import io.creditdesk.seller.OrderStatus;
import io.creditdesk.seller.Seller;

/**
 * Reads an Olist folder (DATA.md §2) into an {@link ImportRun}: one order line per (order, seller)
 * with amount = Σ price and freight = Σ freight_value; placed_at, status and lateness from the
 * order; buyer = the customer's unique id (hashed); category = the seller's most frequent product
 * category in English; region / city from the sellers file; joined_on = the seller's first order;
 * currency BRL. Orders without items have no seller and are reported as unattributed.
 *
 * <p>Orders, customers and products are held in memory keyed by id (the full public data set has
 * about 100,000 orders); order items are folded into order lines as they stream by.
 */
final class OlistImport {
    static final String CURRENCY = "BRL";
    private final ImportRun run;
    private final Map<String, String> translation = new HashMap<>();
    private final Map<String, String> productCategory = new HashMap<>();
    private final Map<String, String> customerBuyer = new HashMap<>();
    private final Map<String, Integer> reviewByOrder = new HashMap<>();
    private final Map<String, OrderInfo> orders = new LinkedHashMap<>();
    private final Map<String, SellerInfo> sellers = new LinkedHashMap<>();
    private final Map<String, LineAcc> lines = new LinkedHashMap<>();
    private final Map<String, SellerAcc> sellerAcc = new HashMap<>();

    OlistImport(ImportRun run) {
        this.run = run;
    }

    private record OrderInfo(LocalDateTime placedAt, OrderStatus status, String buyerHash, Boolean late) {
    }

    private record SellerInfo(String city, String state) {
    }

    private static final class LineAcc {
        final String orderId;
        final String sellerId;
        long cents;
        long freightCents;

        LineAcc(String orderId, String sellerId) {
            this.orderId = orderId;
            this.sellerId = sellerId;
        }
    }

    private static final class SellerAcc {
        final Map<String, Integer> categories = new HashMap<>();
        LocalDate firstOrder;
    }

    static OrderStatus status(String olist) {
        return switch (olist) {
            case "delivered", "shipped", "invoiced" -> OrderStatus.COMPLETED;
            case "canceled", "unavailable" -> OrderStatus.CANCELLED;
            default -> OrderStatus.OPEN;
        };
    }

    void importAll(OlistFiles f) {
        if (f.translation() != null) {
            run.readFile(f.translation(), List.of("product_category_name", "product_category_name_english"), List.of(),
                    new Handler(h -> { }, r -> {
                        String pt = Values.key("product_category_name", r.field(0), 100);
                        String en = Values.text("product_category_name_english", r.field(1), 100);
                        translation.put(pt, en == null ? pt : en);
                    }, "product_category_name", "product_category_name_english"));
        }
        if (f.products() != null) {
            run.readFile(f.products(), List.of("product_id"), List.of("product_category_name"),
                    new Handler(r -> {
                        String id = Values.key("product_id", r.field(0), 64);
                        String cat = r.field(1).isBlank() ? null : Values.text("product_category_name", r.field(1), 100);
                        if (cat != null) {
                            productCategory.put(id, translation.getOrDefault(cat, cat));
                        }
                    }, "product_id", "product_category_name"));
        }
        if (f.customers() != null) {
            run.readFile(f.customers(), List.of("customer_id", "customer_unique_id"), List.of(),
                    new Handler(r -> {
                        String id = Values.key("customer_id", r.field(0), 64);
                        String unique = Values.key("customer_unique_id", r.field(1), 200);
                        customerBuyer.put(id, run.buyers.hash(unique));
                    }, "customer_id", "customer_unique_id"));
        }
        if (f.reviews() != null) {
            run.readFile(f.reviews(), List.of("order_id", "review_score"), List.of(),
                    new Handler(r -> reviewByOrder.put(Values.key("order_id", r.field(0), 64),
                            Values.reviewScore("review_score", r.field(1))), "order_id", "review_score"));
        }
        run.readFile(f.orders(), List.of("order_id", "customer_id", "order_status", "order_purchase_timestamp"),
                List.of("order_delivered_customer_date", "order_estimated_delivery_date"),
                new Handler(r -> {
                    String id = Values.key("order_id", r.field(0), 64);
                    String customer = Values.key("customer_id", r.field(1), 64);
                    String st = Values.key("order_status", r.field(2), 32);
                    LocalDateTime placed = Values.dateTime("order_purchase_timestamp", r.field(3));
                    LocalDateTime delivered = Values.optionalDateTime("order_delivered_customer_date", r.field(4));
                    LocalDateTime estimated = Values.optionalDateTime("order_estimated_delivery_date", r.field(5));
                    Boolean late = delivered == null || estimated == null ? null : delivered.isAfter(estimated);
                    orders.put(id, new OrderInfo(placed, status(st), customerBuyer.get(customer), late));
                }, "order_id", "customer_id", "order_status", "order_purchase_timestamp",
                        "order_delivered_customer_date", "order_estimated_delivery_date"));
        run.readFile(f.sellers(), List.of("seller_id"), List.of("seller_city", "seller_state"),
                new Handler(r -> {
                    String id = Values.key("seller_id", r.field(0), 64);
                    String city = Values.text("seller_city", r.field(1), 100);
                    String state = Values.text("seller_state", r.field(2), 100);
                    sellers.put(id, new SellerInfo(city, state));
                    run.knownSellers.add(id);
                }, "seller_id", "seller_city", "seller_state"));
        run.readFile(f.items(), List.of("order_id", "seller_id", "price"), List.of("product_id", "freight_value"),
                new Handler(r -> {
                    String orderId = Values.key("order_id", r.field(0), 64);
                    String sellerId = Values.key("seller_id", r.field(1), 64);
                    long price = Values.cents("price", r.field(2));
                    String product = r.field(3).strip();
                    long freight = r.field(4).isBlank() ? 0 : Values.cents("freight_value", r.field(4));
                    OrderInfo order = orders.get(orderId);
                    if (order == null) {
                        throw new BadValue("order_id", "unknown order " + Values.show(orderId) + " (not in the orders file)");
                    }
                    if (!run.knownSellers.contains(sellerId)) {
                        throw new BadValue("seller_id", "unknown seller " + Values.show(sellerId)
                                + " (not in the sellers file nor in the database)");
                    }
                    LineAcc line = lines.computeIfAbsent(orderId + '\u0000' + sellerId, k -> new LineAcc(orderId, sellerId));
                    line.cents += price;
                    line.freightCents += freight;
                    SellerAcc s = sellerAcc.computeIfAbsent(sellerId, k -> new SellerAcc());
                    String cat = productCategory.get(product);
                    if (cat != null) {
                        s.categories.merge(cat, 1, Integer::sum);
                    }
                    LocalDate day = order.placedAt().toLocalDate();
                    if (s.firstOrder == null || day.isBefore(s.firstOrder)) {
                        s.firstOrder = day;
                    }
                    run.orderItems++;
                }, "order_id", "seller_id", "price", "product_id", "freight_value"));
        write();
    }

    private void write() {
        run.progress.update("Writing sellers and order lines", 0.9);
        for (Map.Entry<String, SellerInfo> e : sellers.entrySet()) {
            String id = e.getKey();
            SellerAcc acc = sellerAcc.get(id);
            run.writer.seller(new Seller(id, "Olist seller " + id.substring(0, Math.min(8, id.length())),
                    acc == null ? null : topCategory(acc.categories), e.getValue().state(), e.getValue().city(),
                    acc == null ? null : acc.firstOrder, CURRENCY, "olist"));
            run.sellers++;
        }
        long n = 0;
        for (LineAcc l : lines.values()) {
            OrderInfo o = orders.get(l.orderId);
            run.orderLine(new OrderLine(l.orderId, l.sellerId, o.placedAt(), BigDecimal.valueOf(l.cents, 2),
                    BigDecimal.valueOf(l.freightCents, 2), CURRENCY, o.status(), o.buyerHash(),
                    reviewByOrder.get(l.orderId), o.late()));
            run.touchedSellers.add(l.sellerId);
            run.orderIds.add(l.orderId);
            run.sawOrder(o.placedAt());
            run.orderLines++;
            if (++n % 4096 == 0) {
                run.progress.checkCancelled();
            }
        }
        java.util.Set<String> attributed = new java.util.HashSet<>();
        for (LineAcc l : lines.values()) {
            attributed.add(l.orderId);
        }
        for (String id : orders.keySet()) {
            if (!attributed.contains(id)) {
                run.unattributed.add(id);
            }
        }
    }

    /** The most frequent category; a tie goes to the alphabetically first. */
    static String topCategory(Map<String, Integer> counts) {
        String best = null;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount || e.getValue() == bestCount && best != null && e.getKey().compareTo(best) < 0) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** Maps the named columns (required and optional) to positions 0.. of a small view of the row. */
    private static final class Handler implements ImportRun.RowHandler {
        private final java.util.function.Consumer<Header> onStart;
        private final java.util.function.Consumer<Row> body;
        private final String[] columns;
        private int[] at;

        Handler(java.util.function.Consumer<Row> body, String... columns) {
            this(h -> { }, body, columns);
        }

        Handler(java.util.function.Consumer<Header> onStart, java.util.function.Consumer<Row> body, String... columns) {
            this.onStart = onStart;
            this.body = body;
            this.columns = columns;
        }

        @Override
        public void start(Header h) {
            at = new int[columns.length];
            for (int i = 0; i < columns.length; i++) {
                at[i] = h.at(columns[i]);
            }
            onStart.accept(h);
        }

        @Override
        public void row(CsvReader r) {
            body.accept(new Row(r, at));
        }
    }

    /** The fields of one row by the handler's column order; an absent optional column reads as empty. */
    private record Row(CsvReader r, int[] at) {
        String field(int i) {
            return at[i] < 0 ? "" : r.field(at[i]);
        }
    }
}
