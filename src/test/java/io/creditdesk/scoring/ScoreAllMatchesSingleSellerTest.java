package io.creditdesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.creditdesk.AppContext;
import io.creditdesk.common.Progress;
import io.creditdesk.ingest.demo.DemoSettings;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch run (the monthly table scanned in storage order on two threads and folded per seller) stores for
 * every seller exactly the score that explaining that one seller gives.
 */
class ScoreAllMatchesSingleSellerTest {
    @TempDir
    static Path dir;
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    @BeforeAll
    static void smallDemo() {
        try (AppContext ctx = AppContext.open(dir.resolve("demo"))) {
            // 1,500 sellers (enough loans to train on), 24 months; only 300 of them with daily rows, like the big demo's sample
            ctx.buildDemo(new DemoSettings(1500, 24, 7, AS_OF, 300), Progress.NONE);
        }
    }

    record Stored(int score, BigDecimal pd, String grade) {
    }

    static Map<String, Stored> stored(AppContext ctx, int version, LocalDate asOf) {
        Map<String, Stored> out = new HashMap<>();
        ctx.database().jdbi().useHandle(h -> h.createQuery(
                        "SELECT seller_id, score, pd, grade FROM seller_score WHERE model_version = :v AND as_of = :d")
                .bind("v", version).bind("d", asOf)
                .map((rs, c) -> out.put(rs.getString(1), new Stored(rs.getInt(2), rs.getBigDecimal(3), rs.getString(4))))
                .forEach(x -> { }));
        return out;
    }

    @Test
    void everyStoredBatchScoreEqualsScoringThatSellerAlone() {
        try (AppContext ctx = AppContext.open(dir.resolve("demo"))) {
            LocalDate asOf = AS_OF.plusDays(1);
            SellerScoring.BatchResult r = ctx.scoring().scoreAll(asOf, Progress.NONE);
            assertThat(r.sellers()).isEqualTo(1500);
            Map<String, Stored> batch = stored(ctx, r.modelVersion(), asOf);
            assertThat(batch).hasSize(1500);
            List<String> ids = ctx.database().jdbi().withHandle(h -> h.createQuery("SELECT seller_id FROM seller")
                    .mapTo(String.class).list());
            assertThat(batch.keySet()).containsExactlyInAnyOrderElementsOf(ids);
            int distinct = (int) batch.values().stream().mapToInt(Stored::score).distinct().count();
            assertThat(distinct).as("the model separates the sellers").isGreaterThan(20);
            for (String id : ids) {
                Explanation e = ctx.scoring().explainSeller(id, asOf).explanation();
                Stored s = batch.get(id);
                assertThat(s.score()).as("score of %s", id).isEqualTo(e.score());
                assertThat(s.grade().trim()).as("grade of %s", id).isEqualTo(e.grade());
                assertThat(s.pd().doubleValue()).as("PD of %s", id).isEqualTo(
                        BigDecimal.valueOf(e.pd()).setScale(6, java.math.RoundingMode.HALF_EVEN).doubleValue());
            }
        }
    }

    @Test
    void theDemoStoresItsRunAsOfTheDayAfterTheDataTheDateScoreAllAndTheWorkspaceUse() {
        try (AppContext ctx = AppContext.open(dir.resolve("demo"))) {
            int version = ctx.scoring().activeModel().orElseThrow().version();
            assertThat(stored(ctx, version, AS_OF.plusDays(1))).hasSize(1500);
            assertThat(stored(ctx, version, AS_OF)).isEmpty();
        }
    }

    @Test
    void scoringAgainReplacesTheRunInsteadOfAddingToIt() {
        try (AppContext ctx = AppContext.open(dir.resolve("demo"))) {
            LocalDate asOf = AS_OF.plusDays(2);
            SellerScoring.BatchResult first = ctx.scoring().scoreAll(asOf, Progress.NONE);
            Map<String, Stored> before = stored(ctx, first.modelVersion(), asOf);
            SellerScoring.BatchResult again = ctx.scoring().scoreAll(asOf, Progress.NONE);
            assertThat(again.byGrade()).isEqualTo(first.byGrade());
            assertThat(stored(ctx, again.modelVersion(), asOf)).isEqualTo(before).hasSize(1500);
        }
    }
}
