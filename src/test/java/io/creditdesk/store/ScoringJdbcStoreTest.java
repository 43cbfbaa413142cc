package io.creditdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoringJdbcStoreTest {
    @TempDir
    Path dir;

    static List<String> run(Database db, int version, LocalDate asOf) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT seller_id || ' ' || score || ' ' || pd || ' ' || grade"
                        + " FROM seller_score WHERE model_version = :v AND as_of = :d ORDER BY seller_id")
                .bind("v", version).bind("d", asOf).mapTo(String.class).list());
    }

    @Test
    void scoringTheSameDateAgainLeavesExactlyTheNewRunAndKeepsOtherRunsListed() {
        try (Database db = Database.open(dir.resolve("s"))) {
            ScoringJdbcStore store = new ScoringJdbcStore(db);
            LocalDate d1 = LocalDate.of(2026, 11, 1);
            LocalDate d2 = LocalDate.of(2026, 12, 1);
            store.replaceScores(1, d1, new String[] {"a", "b", "c"}, new int[] {600, 610, 620},
                    new double[] {0.02, 0.015, 0.01}, new String[] {"C", "B", "B"}, 3);
            store.replaceScores(1, d2, new String[] {"a", "b"}, new int[] {500, 510},
                    new double[] {0.2, 0.1}, new String[] {"E", "E"}, 2);
            // b unchanged, a changed, c gone, d new; the trailing array slot is not part of the run
            store.replaceScores(1, d1, new String[] {"a", "b", "d", "x"}, new int[] {605, 610, 630, 1},
                    new double[] {0.0191234567, 0.015, 0.005, 1}, new String[] {"C", "B", "A", "E"}, 3);
            assertThat(run(db, 1, d1)).containsExactly("a 605 0.019123 C", "b 610 0.015000 B", "d 630 0.005000 A");
            assertThat(run(db, 1, d2)).containsExactly("a 500 0.200000 E", "b 510 0.100000 E");
            List<String> runs = db.jdbi().withHandle(h -> h.createQuery("SELECT model_version || ' ' || as_of || ' ' || sellers"
                    + " FROM score_run ORDER BY as_of").mapTo(String.class).list());
            assertThat(runs).containsExactly("1 2026-11-01 3", "1 2026-12-01 2");
        }
    }
}
