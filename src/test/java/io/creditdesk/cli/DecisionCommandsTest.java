package io.creditdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;

import io.creditdesk.DecisionModule;
import io.creditdesk.decision.AuthorityPolicy;
import io.creditdesk.decision.PasswordHasher;
import io.creditdesk.store.Database;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DecisionCommandsTest {
    @TempDir
    Path dir;

    @AfterEach
    void forgetPasswords() {
        System.clearProperty("creditdesk.password");
        System.clearProperty("creditdesk.new-password");
    }

    static CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(args);
    }

    /** A database with the demo users (fast hashes) and applications 1 (CNY 40,000) and 2 (CNY 60,000). */
    String demoDb() {
        Path file = dir.resolve("demo");
        try (Database db = Database.open(file)) {
            new DecisionModule(db, Clock.systemUTC(), AuthorityPolicy.defaults(),
                    new PasswordHasher(1_000, new SecureRandom())).users().ensureDemoUsers();
            db.jdbi().useHandle(h -> {
                for (int id = 1; id <= 2; id++) {
                    h.createUpdate("INSERT INTO application (application_id, seller_id, submitted_at, product,"
                                    + " requested_amount, requested_term, currency, status, recommended_amount, score, grade)"
                                    + " VALUES (:id, :s, :at, 'term', :a, 12, 'CNY', 'SUBMITTED', :a, 700, 'A')")
                            .bind("id", id).bind("s", "seller-" + id).bind("at", LocalDateTime.of(2026, 1, id, 10, 0))
                            .bind("a", new BigDecimal(id == 1 ? "40000.00" : "60000.00")).execute();
                }
            });
        }
        return file.toString();
    }

    @Test
    void journalVerifyOnAFreshDatabaseIsOkWithZeroEntries() {
        CommandLineTest.Run r = run("journal", "verify", "--db", dir.resolve("fresh").toString());
        assertThat(r.code()).isZero();
        assertThat(r.lastLine()).isEqualTo("{\"entries\":0,\"ok\":true}");
    }

    @Test
    void anUnderwriterApprovesWithinAuthorityFailsAboveItRefersAndASeniorDecides() throws Exception {
        String db = demoDb();
        System.setProperty("creditdesk.password", "demo");
        CommandLineTest.Run ok = run("decide", "--db", db, "--application", "1", "--as", "uw", "--outcome", "approve", "--json");
        assertThat(ok.code()).as(ok.err()).isZero();
        JsonNode d = new ObjectMapper().readTree(ok.lastLine());
        assertThat(d.get("status_before").asText()).isEqualTo("SUBMITTED");
        assertThat(d.get("status_after").asText()).isEqualTo("APPROVED");

        CommandLineTest.Run above = run("decide", "--db", db, "--application", "2", "--as", "uw", "--outcome", "approve");
        assertThat(above.code()).isEqualTo(1);
        assertThat(above.err()).contains("above your limit of CNY 50,000.00 — refer").doesNotContain("Exception");

        assertThat(run("decide", "--db", db, "--application", "2", "--as", "uw", "--outcome", "refer",
                "--reason", "ABOVE_AUTHORITY", "--comment", "over my limit").code()).isZero();
        CommandLineTest.Run self = run("decide", "--db", db, "--application", "2", "--as", "uw", "--outcome", "decline",
                "--reason", "LOW_SCORE");
        assertThat(self.code()).isEqualTo(1);
        assertThat(self.err()).contains("four eyes");
        CommandLineTest.Run senior = run("decide", "--db", db, "--application", "2", "--as", "senior", "--outcome",
                "approve-changed", "--amount", "55000", "--price", "19%", "--reason", "PRICE_RISK", "--json");
        assertThat(senior.code()).as(senior.err()).isZero();
        assertThat(senior.lastLine()).contains("\"status_after\":\"APPROVED\"").contains("\"annual_rate\":0.19");

        CommandLineTest.Run verify = run("journal", "verify", "--db", db);
        assertThat(verify.code()).isZero();
        assertThat(verify.lastLine()).isEqualTo("{\"entries\":8,\"ok\":true}");
    }

    @Test
    void journalVerifyNamesTheEntryAfterARawSqlEdit() {
        String db = demoDb();
        try (Database d = Database.open(Path.of(db))) {
            d.jdbi().useHandle(h -> h.execute("UPDATE journal_entry SET payload = REPLACE(payload, 'demo', 'real')"
                    + " WHERE seq = 2"));
        }
        CommandLineTest.Run r = run("journal", "verify", "--db", db);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.lastLine()).isEqualTo("{\"ok\":false,\"first_bad_entry\":2,\"problem\":\"altered\"}");
    }

    @Test
    void applicationsListsTheQueueAsAJsonArray() throws Exception {
        String db = demoDb();
        CommandLineTest.Run r = run("applications", "--db", db, "--json");
        assertThat(r.code()).isZero();
        JsonNode arr = new ObjectMapper().readTree(r.lastLine());
        assertThat(arr.isArray()).isTrue();
        assertThat(arr).hasSize(2);
        JsonNode first = arr.get(0);
        for (String key : new String[] {"id", "seller_id", "status", "requested_amount", "recommended_amount", "score",
            "grade", "assignee", "age_days"}) {
            assertThat(first.has(key)).as(key).isTrue();
        }
        assertThat(first.get("id").asLong()).isEqualTo(1);
        assertThat(first.get("requested_amount").decimalValue()).isEqualByComparingTo("40000");
        assertThat(run("applications", "--db", db, "--status", "approved", "--json").lastLine()).isEqualTo("[]");
        assertThat(run("applications", "--db", db, "--status", "nonsense").code()).isEqualTo(2);
    }

    @Test
    void decideWithoutAPasswordOrTerminalSaysSo() {
        String db = demoDb();
        CommandLineTest.Run r = run("decide", "--db", db, "--application", "1", "--as", "uw", "--outcome", "approve");
        if (System.getenv("CREDITDESK_PASSWORD") == null) {
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.err()).contains("No password: set CREDITDESK_PASSWORD");
        }
    }

    @Test
    void aWrongPasswordOrUnknownUserIsOneMessage() {
        String db = demoDb();
        System.setProperty("creditdesk.password", "nope");
        CommandLineTest.Run wrong = run("decide", "--db", db, "--application", "1", "--as", "uw", "--outcome", "approve");
        CommandLineTest.Run unknown = run("decide", "--db", db, "--application", "1", "--as", "ghost", "--outcome", "approve");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).isEqualTo(unknown.err()).contains("unknown user name or wrong password");
    }

    @Test
    void aBadOutcomeIsABadArgument() {
        CommandLineTest.Run r = run("decide", "--db", dir.resolve("x").toString(), "--application", "1", "--as", "uw",
                "--outcome", "maybe");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("approve-changed");
    }

    @Test
    void usersOnAFreshDatabaseCreateTheAdminWhoThenSetsAPassword() throws Exception {
        String db = dir.resolve("real").toString();
        CommandLineTest.Run list = run("users", "list", "--db", db, "--json");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("Created the initial user 'admin'");
        assertThat(list.lastLine()).contains("\"username\":\"admin\"").contains("\"password_set\":false");
        System.setProperty("creditdesk.new-password", "first-admin-pw");
        assertThat(run("users", "set-password", "--db", db, "--user", "admin").code()).isZero();
        System.setProperty("creditdesk.password", "first-admin-pw");
        System.setProperty("creditdesk.new-password", "temp-pass-1");
        CommandLineTest.Run add = run("users", "add", "--db", db, "--as", "admin", "--user", "li", "--role", "senior");
        assertThat(add.code()).as(add.err()).isZero();
        JsonNode users = new ObjectMapper().readTree(run("users", "list", "--db", db, "--json").lastLine());
        assertThat(users).hasSize(2);
        assertThat(users.get(1).get("role").asText()).isEqualTo("SENIOR_UNDERWRITER");
        assertThat(users.get(1).get("must_change_password").asBoolean()).isTrue();
        assertThat(run("journal", "verify", "--db", db).lastLine()).isEqualTo("{\"entries\":3,\"ok\":true}");
    }
}
