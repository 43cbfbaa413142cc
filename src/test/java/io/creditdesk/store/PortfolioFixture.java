package io.creditdesk.store;

import java.time.LocalDate;

import org.jdbi.v3.core.Handle;

/**
 * A small book with hand-known answers (as of 2026-06-30, CNY, all term loans at a 0% rate or
 * fee-free advances, so each instalment repays exactly its amount of principal):
 *
 * <pre>
 * loan seller grade/PD  category region    disbursed  principal  on 2026-06-30
 * L1   S1     A 0.02    Toys     Zhejiang  2026-01-15 12,000     2,000 out, current
 * L2   S2     B 0.05    Toys     Guangdong 2026-01-01 10,000     6,000 out, 90 days past due
 * L3   S3     C 0.10    Books    Zhejiang  2026-02-20  8,000     2,000 out, 10 days past due
 * L4   S4     unscored  Books    Guangdong 2025-08-10  5,000     4,000 out, 263 days past due, defaulted 2026-01-08
 * L5   S1     A         Toys     Zhejiang  2025-10-05  6,000     repaid
 * L7   S3     C         Books    Zhejiang  2026-06-10 20,000     20,000 out, nothing due yet (revenue advance)
 * L8   S2     B         Toys     Guangdong 2025-08-20  3,000     repaid
 * </pre>
 * Exactly two loans (L2, L4) are more than 30 days late: PAR30 = 10,000 / 34,000.
 */
public final class PortfolioFixture {
    public static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    private PortfolioFixture() {
    }

    public static void load(Database db) {
        db.jdbi().useTransaction(h -> {
            h.execute("INSERT INTO dataset_meta (meta_key, meta_value) VALUES ('as_of', '2026-06-30')");
            seller(h, "S1", "Toys", "Zhejiang");
            seller(h, "S2", "Toys", "Guangdong");
            seller(h, "S3", "Books", "Zhejiang");
            seller(h, "S4", "Books", "Guangdong");
            h.execute("INSERT INTO model_version (model_version, model_name, created_at, active, artefact)"
                    + " VALUES (1, 'old', TIMESTAMP '2026-01-01 00:00:00', FALSE, '{}'),"
                    + " (2, 'current', TIMESTAMP '2026-06-01 00:00:00', TRUE, '{}')");
            score(h, "S1", 2, "2026-06-30", "A", "0.02");
            score(h, "S2", 2, "2026-06-30", "B", "0.05");
            score(h, "S3", 2, "2026-06-30", "C", "0.10");
            // older date and an inactive model: must be ignored
            score(h, "S4", 2, "2026-05-31", "A", "0.01");
            score(h, "S4", 1, "2026-06-30", "A", "0.01");

            app(h, 1, "S1", "2025-10-01", "term", "REPAID");
            app(h, 2, "S1", "2026-01-10", "term", "DISBURSED");
            app(h, 3, "S2", "2025-12-28", "term", "IN_ARREARS");
            app(h, 4, "S3", "2026-02-15", "term", "DISBURSED");
            app(h, 5, "S4", "2025-08-05", "term", "DEFAULTED");
            app(h, 6, "S3", "2026-06-05", "revenue", "DISBURSED");
            app(h, 7, "S2", "2026-03-03", "term", "DECLINED");
            app(h, 8, "S4", "2026-04-04", "term", "WITHDRAWN");
            app(h, 9, "S1", "2026-06-25", "term", "REFERRED");
            app(h, 10, "S4", "2026-05-05", "term", "DECLINED");
            app(h, 11, "S2", "2025-08-15", "term", "REPAID");

            loan(h, "L1", "S1", 2, "term", "2026-01-15", "12000", "ACTIVE", null);
            pay(h, "L1", "2026-02-15", "2000", "2026-02-15");
            pay(h, "L1", "2026-03-15", "2000", "2026-03-14");
            pay(h, "L1", "2026-04-15", "2000", "2026-04-15");
            pay(h, "L1", "2026-05-15", "2000", "2026-05-20");
            pay(h, "L1", "2026-06-15", "2000", "2026-06-15");
            pay(h, "L1", "2026-07-15", "2000", null);

            loan(h, "L2", "S2", 3, "term", "2026-01-01", "10000", "IN_ARREARS", null);
            pay(h, "L2", "2026-02-01", "2000", "2026-02-01");
            pay(h, "L2", "2026-03-01", "2000", "2026-03-01");
            pay(h, "L2", "2026-04-01", "2000", null);
            pay(h, "L2", "2026-05-01", "2000", null);
            pay(h, "L2", "2026-06-01", "2000", null);

            loan(h, "L3", "S3", 4, "term", "2026-02-20", "8000", "ACTIVE", null);
            pay(h, "L3", "2026-03-20", "2000", "2026-03-20");
            pay(h, "L3", "2026-04-20", "2000", "2026-04-20");
            pay(h, "L3", "2026-05-20", "2000", "2026-05-20");
            pay(h, "L3", "2026-06-20", "2000", null);

            loan(h, "L4", "S4", 5, "term", "2025-08-10", "5000", "DEFAULTED", "2026-01-08");
            pay(h, "L4", "2025-09-10", "1000", "2025-09-10");
            pay(h, "L4", "2025-10-10", "1000", null);
            pay(h, "L4", "2025-11-10", "1000", null);
            pay(h, "L4", "2025-12-10", "1000", null);
            pay(h, "L4", "2026-01-10", "1000", null);

            loan(h, "L5", "S1", 1, "term", "2025-10-05", "6000", "REPAID", null);
            pay(h, "L5", "2025-11-05", "2000", "2025-11-05");
            pay(h, "L5", "2025-12-05", "2000", "2025-12-05");
            pay(h, "L5", "2026-01-05", "2000", "2026-01-05");

            loan(h, "L7", "S3", 6, "revenue", "2026-06-10", "20000", "ACTIVE", null);
            pay(h, "L7", "2026-07-10", "5000", null);
            pay(h, "L7", "2026-08-10", "5000", null);
            pay(h, "L7", "2026-09-10", "5000", null);
            pay(h, "L7", "2026-10-10", "5000", null);

            loan(h, "L8", "S2", 11, "term", "2025-08-20", "3000", "REPAID", null);
            pay(h, "L8", "2025-09-20", "1000", "2025-09-20");
            pay(h, "L8", "2025-10-20", "1000", "2025-10-20");
            pay(h, "L8", "2025-11-20", "1000", "2025-11-20");

            decision(h, 6, "uw", "2026-06-06 10:00:00", "APPROVE_CHANGED", "25000");   // override, loan L7 active
            decision(h, 7, "uw", "2026-03-04 10:00:00", "DECLINE", "15000");           // override: declined an offer
            decision(h, 3, "uw", "2025-12-29 10:00:00", "APPROVE_CHANGED", "10000");   // override, loan L2 in arrears
            decision(h, 2, "uw", "2026-01-11 10:00:00", "APPROVE", "12000");           // as recommended
            decision(h, 4, "senior", "2026-02-16 10:00:00", "APPROVE", "8000");
            decision(h, 10, "senior", "2026-05-06 10:00:00", "DECLINE", null);          // nothing offered: no override
            decision(h, 5, "manager", "2025-08-06 10:00:00", "APPROVE", null);          // override, loan L4 defaulted
            decision(h, 9, "senior", "2026-06-26 10:00:00", "REFER", "9000");           // not a final decision
        });
    }

    private static void seller(Handle h, String id, String category, String region) {
        h.createUpdate("INSERT INTO seller (seller_id, name, category, region, currency, source)"
                + " VALUES (:id, :id, :c, :r, 'CNY', 'test')").bind("id", id).bind("c", category).bind("r", region).execute();
    }

    private static void score(Handle h, String seller, int model, String asOf, String grade, String pd) {
        h.createUpdate("INSERT INTO seller_score (seller_id, model_version, as_of, score, pd, grade)"
                + " VALUES (:s, :m, :d, 600, :pd, :g)").bind("s", seller).bind("m", model)
                .bind("d", LocalDate.parse(asOf)).bind("pd", new java.math.BigDecimal(pd)).bind("g", grade).execute();
        h.execute("MERGE INTO score_run (model_version, as_of, sellers) KEY (model_version, as_of)"
                + " SELECT model_version, as_of, COUNT(*) FROM seller_score GROUP BY model_version, as_of");
    }

    private static void app(Handle h, long id, String seller, String submitted, String product, String status) {
        h.createUpdate("INSERT INTO application (application_id, seller_id, submitted_at, product, requested_amount,"
                + " requested_term, currency, status) VALUES (:id, :s, :at, :p, 10000, 6, 'CNY', :st)")
                .bind("id", id).bind("s", seller).bind("at", LocalDate.parse(submitted).atTime(9, 30))
                .bind("p", product).bind("st", status).execute();
    }

    private static void loan(Handle h, String id, String seller, long app, String product, String disbursed,
                             String principal, String status, String defaulted) {
        h.createUpdate("INSERT INTO loan (loan_id, seller_id, application_id, product, disbursed_on, principal, currency,"
                + " price, term_months, status, defaulted_on) VALUES (:id, :s, :a, :p, :d, :pr, 'CNY', 0, 6, :st, :def)")
                .bind("id", id).bind("s", seller).bind("a", app).bind("p", product).bind("d", LocalDate.parse(disbursed))
                .bind("pr", new java.math.BigDecimal(principal)).bind("st", status)
                .bind("def", defaulted == null ? null : LocalDate.parse(defaulted)).execute();
    }

    private static void pay(Handle h, String loan, String due, String amount, String paid) {
        h.createUpdate("INSERT INTO repayment (loan_id, due_on, amount_due, paid_on, amount_paid)"
                + " VALUES (:l, :d, :a, :p, :pa)").bind("l", loan).bind("d", LocalDate.parse(due))
                .bind("a", new java.math.BigDecimal(amount)).bind("p", paid == null ? null : LocalDate.parse(paid))
                .bind("pa", paid == null ? null : new java.math.BigDecimal(amount)).execute();
    }

    private static void decision(Handle h, long app, String by, String at, String outcome, String recommended) {
        h.createUpdate("INSERT INTO decision (application_id, decided_by, decider_role, decided_at, outcome,"
                + " recommended_amount) VALUES (:a, :by, 'UNDERWRITER', :at, :o, :r)")
                .bind("a", app).bind("by", by).bind("at", java.time.LocalDateTime.parse(at.replace(' ', 'T')))
                .bind("o", outcome).bind("r", recommended == null ? null : new java.math.BigDecimal(recommended))
                .execute();
        h.createUpdate("UPDATE application SET recommended_amount = :r WHERE application_id = :a").bind("a", app)
                .bind("r", recommended == null ? null : new java.math.BigDecimal(recommended)).execute();
    }
}
