package io.creditdesk.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import io.creditdesk.AppContext;
import io.creditdesk.common.Progress;
import io.creditdesk.ingest.demo.DemoSettings;
import io.creditdesk.store.RecommendationJdbcStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recommendations worked out in parallel are the ones worked out one application at a time. */
class ApplicationRecommendationsTest {
    static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

    @TempDir
    Path dir;

    private static List<String> recommendations(AppContext ctx) {
        return ctx.database().jdbi().withHandle(h -> h.createQuery("SELECT application_id || ' ' || COALESCE("
                        + "CAST(recommended_amount AS VARCHAR), '-') || ' ' || COALESCE(CAST(recommended_price AS VARCHAR), '-')"
                        + " || ' ' || COALESCE(recommended_decision, '-') FROM application"
                        + " WHERE status IN ('SUBMITTED', 'IN_REVIEW', 'REFERRED') ORDER BY application_id")
                .mapTo(String.class).list());
    }

    private static int recommendIn(ForkJoinPool pool, ApplicationRecommendations recs) throws Exception {
        try {
            return pool.submit(() -> recs.recommendAll(AS_OF)).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void parallelRecommendationsEqualThoseMadeOneAtATime() throws Exception {
        try (AppContext ctx = AppContext.open(dir.resolve("demo"))) {
            ctx.buildDemo(new DemoSettings(400, 12, 5, AS_OF, 20_000), Progress.NONE);
            List<String> fromDemo = recommendations(ctx);
            ApplicationRecommendations recs = new ApplicationRecommendations(ctx.offers(),
                    new RecommendationJdbcStore(ctx.database()));
            ctx.database().jdbi().useHandle(h -> h.execute("UPDATE application SET recommended_amount = NULL,"
                    + " recommended_price = NULL, recommended_decision = NULL"));
            int oneAtATime = recommendIn(new ForkJoinPool(1), recs);
            List<String> sequential = recommendations(ctx);
            int inParallel = recommendIn(new ForkJoinPool(4), recs);

            assertThat(recommendations(ctx)).isEqualTo(sequential).isEqualTo(fromDemo);
            assertThat(inParallel).isEqualTo(oneAtATime).isPositive()
                    .isEqualTo((int) sequential.stream().filter(r -> !r.split(" ")[1].equals("-")).count());
            assertThat(sequential).hasSizeGreaterThan(5).allMatch(r -> !r.endsWith(" -"));
        }
    }
}
