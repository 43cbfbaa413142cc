package io.creditdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aNewRunLargerThanOneTransactionIsStoredCompletelyAndListedOnce() {
        try (Database db = Database.open(dir.resolve("big"))) {
            int n = 1_234;
            String[] ids = new String[n];
            int[] scores = new int[n];
            double[] pds = new double[n];
            String[] grades = new String[n];
            for (int i = 0; i < n; i++) {
                ids[i] = String.format("S%05d", i);
                scores[i] = 500 + i % 200;
                pds[i] = 0.001 * (1 + i % 90);
                grades[i] = i % 2 == 0 ? "A" : "B";
            }
            LocalDate d = LocalDate.of(2026, 11, 1);
            new ScoringJdbcStore(db).replaceScores(3, d, ids, scores, pds, grades, n);
            List<String> rows = run(db, 3, d);
            assertThat(rows).hasSize(n);
            assertThat(rows.get(0)).isEqualTo("S00000 500 0.001000 A");
            assertThat(rows.get(n - 1)).isEqualTo("S01233 533 0.064000 B");
            List<Integer> listed = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT sellers FROM score_run WHERE model_version = 3").mapTo(Integer.class).list());
            assertThat(listed).containsExactly(n);
        }
    }

    @Test
    void aNewRunThatFailsHalfwayLeavesNoRowsAndTheOtherRunsAsTheyWere() {
        try (Database db = Database.open(dir.resolve("fail"))) {
            ScoringJdbcStore store = new ScoringJdbcStore(db);
            LocalDate d1 = LocalDate.of(2026, 11, 1);
            LocalDate d2 = LocalDate.of(2026, 12, 1);
            store.replaceScores(1, d1, new String[] {"a", "b"}, new int[] {600, 610},
                    new double[] {0.02, 0.015}, new String[] {"C", "B"}, 2);
            int n = 1_200; // a seller twice, after the first transactions have committed
            String[] ids = new String[n];
            for (int i = 0; i < n; i++) {
                ids[i] = i == n - 1 ? "S00000" : String.format("S%05d", i);
            }
            assertThatThrownBy(() -> store.replaceScores(1, d2, ids, new int[n], new double[n], filled(n, "E"), n))
                    .isInstanceOf(StoreException.class).hasMessageStartingWith("Storing the scores failed");
            assertThat(run(db, 1, d2)).isEmpty();
            assertThat(run(db, 1, d1)).containsExactly("a 600 0.020000 C", "b 610 0.015000 B");
            int runs = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM score_run")
                    .mapTo(Integer.class).one());
            assertThat(runs).isEqualTo(1);
        }
    }

    private static String[] filled(int n, String value) {
        String[] a = new String[n];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
