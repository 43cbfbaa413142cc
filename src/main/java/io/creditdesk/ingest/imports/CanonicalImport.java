package io.creditdesk.ingest.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import io.creditdesk.loan.Loan;
import io.creditdesk.loan.LoanStatus;
import io.creditdesk.loan.Repayment;
import io.creditdesk.seller.OrderLine;
import io.creditdesk.seller.OrderStatus;
import io.creditdesk.seller.Seller;

/** Reads the canonical files (DATA.md §1) into an {@link ImportRun}: sellers, orders, loans, repayments. */
final class CanonicalImport {
    static final String DEFAULT_CURRENCY = "CNY";
    static final List<String> SELLER_REQUIRED = List.of("seller_id");
    static final List<String> SELLER_OPTIONAL = List.of("name", "category", "region", "city", "joined_on", "currency");
    static final List<String> ORDER_REQUIRED = List.of("order_id", "seller_id", "placed_at", "amount", "status");
    static final List<String> ORDER_OPTIONAL = List.of("currency", "buyer_id", "review_score", "shipped_late");
    static final List<String> LOAN_REQUIRED = List.of("loan_id", "seller_id", "product", "disbursed_on", "principal",
            "price", "term_months");
    static final List<String> LOAN_OPTIONAL = List.of("currency");
    static final List<String> REPAYMENT_REQUIRED = List.of("loan_id", "due_on", "amount_due");
    static final List<String> REPAYMENT_OPTIONAL = List.of("paid_on", "amount_paid");

    private final ImportRun run;
    private final Set<String> knownLoans;

    CanonicalImport(ImportRun run, Set<String> knownLoans) {
        this.run = run;
        this.knownLoans = knownLoans;
    }

    void importAll(CanonicalFiles f) {
        if (f.sellers() != null) {
            run.readFile(f.sellers(), SELLER_REQUIRED, SELLER_OPTIONAL, new Sellers());
        }
        if (f.orders() != null) {
            run.readFile(f.orders(), ORDER_REQUIRED, ORDER_OPTIONAL, new Orders());
        }
        if (f.loans() != null) {
            run.readFile(f.loans(), LOAN_REQUIRED, LOAN_OPTIONAL, new Loans());
        }
        if (f.repayments() != null) {
            run.readFile(f.repayments(), REPAYMENT_REQUIRED, REPAYMENT_OPTIONAL, new Repayments());
        }
    }

    private static String opt(CsvReader r, int i) {
        return i < 0 ? "" : r.field(i);
    }

    private final class Sellers implements ImportRun.RowHandler {
        private int id;
        private int name;
        private int category;
        private int region;
        private int city;
        private int joined;
        private int currency;

        @Override
        public void start(Header h) {
            id = h.at("seller_id");
            name = h.at("name");
            category = h.at("category");
            region = h.at("region");
            city = h.at("city");
            joined = h.at("joined_on");
            currency = h.at("currency");
        }

        @Override
        public void row(CsvReader r) {
            String sellerId = Values.key("seller_id", r.field(id), 64);
            String n = Values.text("name", opt(r, name), 200);
            String cat = Values.text("category", opt(r, category), 100);
            String reg = Values.text("region", opt(r, region), 100);
            String c = Values.text("city", opt(r, city), 100);
            LocalDate j = Values.optionalDate("joined_on", opt(r, joined));
            String cur = Values.currency("currency", opt(r, currency), DEFAULT_CURRENCY);
            run.writer.seller(new Seller(sellerId, n == null ? sellerId : n, cat, reg, c, j, cur, "csv"));
            run.knownSellers.add(sellerId);
            run.sellers++;
        }
    }

    private final class Orders implements ImportRun.RowHandler {
        private int order;
        private int seller;
        private int placed;
        private int amount;
        private int currency;
        private int status;
        private int buyer;
        private int review;
        private int late;

        @Override
        public void start(Header h) {
            order = h.at("order_id");
            seller = h.at("seller_id");
            placed = h.at("placed_at");
            amount = h.at("amount");
            currency = h.at("currency");
            status = h.at("status");
            buyer = h.at("buyer_id");
            review = h.at("review_score");
            late = h.at("shipped_late");
        }

        @Override
        public void row(CsvReader r) {
            String orderId = Values.key("order_id", r.field(order), 64);
            String sellerId = Values.key("seller_id", r.field(seller), 64);
            LocalDateTime at = Values.dateTime("placed_at", r.field(placed));
            long cents = Values.cents("amount", r.field(amount));
            String cur = currency < 0 ? DEFAULT_CURRENCY : Values.currency("currency", r.field(currency), DEFAULT_CURRENCY);
            OrderStatus st = Values.status("status", r.field(status));
            String buyerId = buyer < 0 ? null : Values.text("buyer_id", r.field(buyer), 200);
            Integer score = review < 0 ? null : Values.reviewScore("review_score", r.field(review));
            Boolean isLate = late < 0 ? null : Values.bool("shipped_late", r.field(late));
            if (!run.knownSellers.contains(sellerId)) {
                throw new BadValue("seller_id", "unknown seller " + Values.show(sellerId)
                        + " (not in the database nor in the sellers file)");
            }
            run.orderLine(new OrderLine(orderId, sellerId, at, BigDecimal.valueOf(cents, 2), null, cur, st,
                    buyerId == null ? null : run.buyers.hash(buyerId), score, isLate));
            run.touchedSellers.add(sellerId);
            run.orderIds.add(orderId);
            run.sawOrder(at);
            run.orderLines++;
        }
    }

    private final class Loans implements ImportRun.RowHandler {
        private int loan;
        private int seller;
        private int product;
        private int disbursed;
        private int principal;
        private int price;
        private int term;
        private int currency;

        @Override
        public void start(Header h) {
            loan = h.at("loan_id");
            seller = h.at("seller_id");
            product = h.at("product");
            disbursed = h.at("disbursed_on");
            principal = h.at("principal");
            price = h.at("price");
            term = h.at("term_months");
            currency = h.at("currency");
        }

        @Override
        public void row(CsvReader r) {
            String loanId = Values.key("loan_id", r.field(loan), 64);
            String sellerId = Values.key("seller_id", r.field(seller), 64);
            String prod = Values.key("product", r.field(product), 16);
            LocalDate on = Values.date("disbursed_on", r.field(disbursed));
            long cents = Values.cents("principal", r.field(principal));
            BigDecimal p = Values.decimal("price", r.field(price), 9, 6);
            int months = Values.integer("term_months", r.field(term), 1, 600);
            String cur = Values.currency("currency", opt(r, currency), DEFAULT_CURRENCY);
            if (!run.knownSellers.contains(sellerId)) {
                throw new BadValue("seller_id", "unknown seller " + Values.show(sellerId)
                        + " (not in the database nor in the sellers file)");
            }
            run.writer.loan(new Loan(loanId, sellerId, null, prod, on, BigDecimal.valueOf(cents, 2), cur, p, months,
                    LoanStatus.ACTIVE, null));
            knownLoans.add(loanId);
            run.loans++;
        }
    }

    private final class Repayments implements ImportRun.RowHandler {
        private int loan;
        private int due;
        private int amountDue;
        private int paidOn;
        private int amountPaid;

        @Override
        public void start(Header h) {
            loan = h.at("loan_id");
            due = h.at("due_on");
            amountDue = h.at("amount_due");
            paidOn = h.at("paid_on");
            amountPaid = h.at("amount_paid");
        }

        @Override
        public void row(CsvReader r) {
            String loanId = Values.key("loan_id", r.field(loan), 64);
            LocalDate d = Values.date("due_on", r.field(due));
            long cents = Values.cents("amount_due", r.field(amountDue));
            LocalDate paid = Values.optionalDate("paid_on", opt(r, paidOn));
            BigDecimal paidAmount = Values.optionalMoney("amount_paid", opt(r, amountPaid));
            if (!knownLoans.contains(loanId)) {
                throw new BadValue("loan_id", "unknown loan " + Values.show(loanId) + " (not in the database nor in the loans file)");
            }
            run.writer.repayment(new Repayment(loanId, d, BigDecimal.valueOf(cents, 2), paid, paidAmount));
            run.repayments++;
        }
    }
}
