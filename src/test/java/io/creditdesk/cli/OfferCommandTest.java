package io.creditdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import io.creditdesk.AppContext;
import io.creditdesk.store.Database;
import io.creditdesk.store.OfferFixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfferCommandTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void seed() {
        db = dir.resolve("offer").toString();
        try (AppContext ctx = new AppContext(Database.open(Path.of(db)), Clock.systemUTC())) {
            OfferFixture.seed(ctx);
        }
    }

    static JsonNode json(CommandLineTest.Run r) throws Exception {
        return new ObjectMapper().readTree(r.lastLine());
    }

    @Test
    void termOfferShowsLimitPriceScheduleAndEveryPolicyRule() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("offer", "--db", db, "--seller", "busy", "--json");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("Limit:").contains("Price:").contains("Schedule").contains("TENURE")
                .contains("Simulation:");
        JsonNode j = json(r);
        assertThat(j.get("status").asText()).isEqualTo("DECLINED");
        assertThat(j.get("reasons").get(0).asText()).startsWith("ARREARS");
        assertThat(j.get("grade").asText()).isEqualTo("B");
        assertThat(j.get("policy").get("rules")).hasSize(7);
        assertThat(j.get("policy").get("rules").get(0).get("outcome").asText()).isEqualTo("PASS");
        assertThat(j.get("recommended").get("schedule")).hasSize(12);
        assertThat(j.get("recommended").get("amount").decimalValue()).isEqualByComparingTo(
                j.get("adjusted").get("amount").decimalValue());
        assertThat(j.get("simulation").isNull()).isTrue();
    }

    @Test
    void revenueOfferPrintsTheSimulationAndIsDeterministicForASeed() throws Exception {
        CommandLineTest.Run a = CommandLineTest.run("offer", "--db", db, "--seller", "busy", "--product", "revenue",
                "--paths", "500", "--seed", "9", "--withhold", "12%", "--json");
        assertThat(a.code()).as(a.err()).isZero();
        assertThat(a.out()).contains("days to repay: median").contains("fan chart");
        JsonNode j = json(a);
        assertThat(j.get("adjusted").get("withhold_rate").decimalValue()).isEqualByComparingTo("0.12");
        assertThat(j.get("simulation").get("paths").asInt()).isEqualTo(500);
        assertThat(j.get("simulation").get("median_days").asInt()).isPositive();
        assertThat(j.get("simulation").get("fan")).hasSize(79);
        CommandLineTest.Run b = CommandLineTest.run("offer", "--db", db, "--seller", "busy", "--product", "revenue",
                "--paths", "500", "--seed", "9", "--withhold", "12%", "--json");
        assertThat(b.lastLine()).isEqualTo(a.lastLine());
    }

    @Test
    void aSellerWithoutSalesIsRefusedWithAReasonAndNotScoredIsStated() throws Exception {
        CommandLineTest.Run r = CommandLineTest.run("offer", "--db", db, "--seller", "quiet", "--product", "revenue", "--json");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("not scored");
        JsonNode j = json(r);
        assertThat(j.get("status").asText()).isEqualTo("REFUSED");
        assertThat(j.get("reasons").get(0).asText()).startsWith("no sales in the last 12 months");
        assertThat(j.get("scored").asBoolean()).isFalse();
    }

    @Test
    void unknownSellerFailsWithExitCode1() {
        CommandLineTest.Run r = CommandLineTest.run("offer", "--db", db, "--seller", "ghost");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("no seller 'ghost'");
    }

    @Test
    void anAdjustmentOutsideTheProductIsABadArgument() {
        CommandLineTest.Run r = CommandLineTest.run("offer", "--db", db, "--seller", "busy", "--term", "9");
        assertThat(r.code()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("not 9");
        CommandLineTest.Run p = CommandLineTest.run("offer", "--db", db, "--seller", "busy", "--price", "18");
        assertThat(p.code()).isEqualTo(2);
        assertThat(p.err()).contains("ambiguous");
    }
}
