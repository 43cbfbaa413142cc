package io.creditdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.creditdesk.store.Database;
import io.creditdesk.store.PortfolioFixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioCommandTest {
    @TempDir
    static Path dir;
    static String db;

    @BeforeAll
    static void fixture() {
        Path file = dir.resolve("book");
        try (Database d = Database.open(file)) {
            PortfolioFixture.load(d);
        }
        db = file.toString();
    }

    @Test
    void printsTheTilesAndTheirJson() throws Exception {
        CommandLineTest.Run run = CommandLineTest.run("portfolio", "--db", db, "--json");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Outstanding:    CNY 34,000.00").contains("PAR30:          29.41%")
                .contains("PAR90:          11.76%").contains("Expected loss:  CNY 3,924.00")
                .contains("Approval rate:  77.78% (7 approved of 9 decided)");
        JsonNode k = new ObjectMapper().readTree(run.lastLine()).get("kpis");
        assertThat(k.get("outstanding").decimalValue()).isEqualByComparingTo("34000.00");
        assertThat(k.get("loans").asInt()).isEqualTo(5);
        assertThat(k.get("par30").decimalValue()).isEqualByComparingTo("0.2941");
        assertThat(k.get("par90").decimalValue()).isEqualByComparingTo("0.1176");
        assertThat(k.get("expected_loss").decimalValue()).isEqualByComparingTo("3924.00");
        assertThat(k.get("approval_rate").decimalValue()).isEqualByComparingTo("0.7778");
    }

    @Test
    void filtersByProductAndDate() throws Exception {
        CommandLineTest.Run run = CommandLineTest.run("portfolio", "--db", db, "--product", "revenue", "--to", "2026-06-30",
                "--json");
        assertThat(run.code()).as(run.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(run.lastLine());
        assertThat(j.get("kpis").get("outstanding").decimalValue()).isEqualByComparingTo("20000.00");
        assertThat(j.get("filter").get("products").get(0).asText()).isEqualTo("revenue");
    }

    @Test
    void aWindowEndingBeforeItStartsIsACleanError() {
        CommandLineTest.Run run = CommandLineTest.run("portfolio", "--db", db, "--from", "2026-06-01", "--to", "2026-01-01");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("starts (2026-06-01) after it ends (2026-01-01)").doesNotContain("Exception");
    }

    @Test
    void anUnknownPeriodIsACleanError() {
        CommandLineTest.Run run = CommandLineTest.run("portfolio", "--db", db, "--period", "fortnight");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("Unknown period 'fortnight' (week, month, quarter)");
    }
}
