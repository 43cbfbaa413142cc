package io.creditdesk.ui.models;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.creditdesk.AppContext;
import io.creditdesk.cli.CreditdeskCommand;
import io.creditdesk.decision.Principal;
import io.creditdesk.decision.Role;
import io.creditdesk.scoring.ModelEvaluation;
import io.creditdesk.store.Database;
import io.creditdesk.ui.common.BackgroundTasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench's fit on a CSV reports exactly what {@code model cv} prints for the same data and folds. */
class WorkbenchMatchesModelCvTest {
    @TempDir
    Path dir;

    @Test
    void germanCreditAucAndKsOfTheWorkbenchEqualModelCv() throws Exception {
        String shared = System.getProperty("creditdesk.shared");
        Assumptions.assumeTrue(shared != null, "creditdesk.shared not set: skipped");
        Path german = Path.of(shared, "data", "credit", "german", "germancredit.csv");
        Assumptions.assumeTrue(Files.exists(german), "German credit data absent (" + german + "): skipped");

        JsonNode cv = cli("model", "cv", "--data", german.toString(), "--target", "creditability", "--bad", "bad",
                "--folds", "5", "--seed", "42", "--json");

        Clock clock = Clock.fixed(Instant.parse("2026-11-28T09:30:00Z"), ZoneOffset.UTC);
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("wb")), clock)) {
            ModelsViewModel vm = new ModelsViewModel(ctx.models(), BackgroundTasks.sameThread(),
                    new Principal("analyst", "Analyst", Role.SENIOR_UNDERWRITER, false));
            vm.csvPath().set(german.toString());
            vm.csvTarget().set("creditability");
            vm.csvBad().set("bad");
            vm.fitOnCsv();
            assertThat(vm.error().get()).isEmpty();
            assertThat(vm.versions()).hasSize(1);
            ModelEvaluation e = vm.evaluation().get();
            assertThat(e).isNotNull();
            assertThat(e.folds()).isEqualTo(cv.get("folds").asInt());
            assertThat(e.rows()).isEqualTo(cv.get("rows").asInt()).isEqualTo(1_000);
            assertThat(e.auc()).isEqualTo(cv.get("auc").asDouble());
            assertThat(e.gini()).isEqualTo(cv.get("gini").asDouble());
            assertThat(e.ks()).isEqualTo(cv.get("ks").asDouble());
            assertThat(e.auc()).isGreaterThanOrEqualTo(0.78);
            assertThat(vm.canActivate().get()).as("only a credit manager is offered activation").isFalse();
        }
    }

    @Test
    void aCsvWithoutTheTargetColumnGivesASentenceNotAStackTrace() throws Exception {
        Path f = dir.resolve("x.csv");
        Files.writeString(f, "a,b\n1,2\n");
        try (AppContext ctx = new AppContext(Database.open(dir.resolve("bad")), Clock.systemUTC())) {
            ModelsViewModel vm = new ModelsViewModel(ctx.models(), BackgroundTasks.sameThread(),
                    new Principal("manager", "M", Role.CREDIT_MANAGER, false));
            vm.csvPath().set(f.toString());
            vm.csvTarget().set("outcome");
            vm.csvBad().set("1");
            vm.fitOnCsv();
            assertThat(vm.error().get()).isEqualTo(f + ":1: no target column outcome (columns: a, b)");
            assertThat(vm.versions()).isEmpty();
            vm.csvPath().set("");
            vm.fitOnCsv();
            assertThat(vm.error().get()).isEqualTo(ModelsViewModel.MISSING_CSV_FIELDS);
        }
    }

    private static JsonNode cli(String... args) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CreditdeskCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }
}
