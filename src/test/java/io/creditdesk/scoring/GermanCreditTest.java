package io.creditdesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engine on real data: UCI Statlog German credit (1,000 applicants, 30% bad). */
class GermanCreditTest {
    static LabelledData german;

    static LabelledData load() throws IOException {
        String shared = System.getProperty("creditdesk.shared");
        assumeTrue(shared != null, "system property creditdesk.shared not set: German credit tests skipped");
        Path f = Path.of(shared, "data", "credit", "german", "germancredit.csv");
        assumeTrue(Files.exists(f), "German credit data absent at " + f + ": test skipped");
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            return CsvTable.read(r, f.toString(), new CsvTable.Options("creditability", "bad", Set.of(), Set.of(), Set.of()));
        }
    }

    @BeforeAll
    static void read() throws IOException {
        german = load();
    }

    @Test
    void fiveFoldCrossValidatedAucIsAtLeast078AndBeatsBothBaselinesOnTheSameFolds() {
        CrossValidation.Result card = CrossValidation.run(german, 5, 42, CrossValidation.scorecard(FitSettings.defaults()));
        CrossValidation.Result plain = CrossValidation.run(german, 5, 42, Baselines.plainLogistic());
        CrossValidation.Result naive = CrossValidation.run(german, 5, 42, Baselines.naiveWoe());
        System.out.printf("German 5-fold AUC: scorecard %.4f, plain LR %.4f, naive 10-bin WoE LR %.4f%n",
                card.auc(), plain.auc(), naive.auc());
        assertThat(card.auc()).isGreaterThanOrEqualTo(0.78);
        assertThat(card.auc()).isGreaterThan(plain.auc());
        assertThat(card.auc()).isGreaterThan(naive.auc());
    }

    @Test
    void foldsFittedOnTwoThreadsGiveExactlyTheSequentialResult() {
        CrossValidation.Result one = CrossValidation.run(german, 5, 42, CrossValidation.scorecard(FitSettings.defaults()));
        CrossValidation.Result two = CrossValidation.run(german, 5, 42, CrossValidation.scorecard(FitSettings.defaults()), 2);
        assertThat(two).isEqualTo(one);
        assertThat(CrossValidation.run(german, 5, 42, Baselines.naiveWoe(), 2))
                .isEqualTo(CrossValidation.run(german, 5, 42, Baselines.naiveWoe()));
    }

    @Test
    void scoringOneRecordEqualsBatchScoringForEveryRow() {
        ScorecardModel m = new ScorecardFitter(FitSettings.defaults()).fit(german, "german", "creditability", "bad", "x");
        Scorecard card = new Scorecard(ModelJson.read(ModelJson.write(m)));
        int[] batch = card.scoreAll(german);
        for (int i = 0; i < german.rows(); i++) {
            int ref = 0;
            for (CharacteristicModel c : m.characteristics()) {
                int col = german.indexOf(c.name());
                String raw = german.type(col) == VariableType.NUMERIC
                        ? (Double.isNaN(german.numeric(col)[i]) ? null : Double.toString(german.numeric(col)[i]))
                        : german.categorical(col)[i];
                ref += c.bins().get(c.referenceBin(raw)).points();
            }
            assertThat(card.score(card.vector(german, i))).as("row %d", i).isEqualTo(batch[i]);
            assertThat(ref).as("reference scoring of row %d", i).isEqualTo(batch[i]);
        }
    }

    @Test
    void sqlExportGivesTheSamePointsInH2ForEveryRow() throws Exception {
        ScorecardModel m = new ScorecardFitter(FitSettings.defaults()).fit(german, "german", "creditability", "bad", "x");
        int[] batch = new Scorecard(m).scoreAll(german);
        String sql = SqlExport.export(m, "applicants");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:mem:sqlexport", "sa", "")) {
            StringBuilder ddl = new StringBuilder("CREATE TABLE applicants (row_no INT");
            for (int j = 0; j < german.columns(); j++) {
                ddl.append(", \"").append(german.name(j)).append("\" ")
                        .append(german.type(j) == VariableType.NUMERIC ? "DOUBLE PRECISION" : "VARCHAR(200)");
            }
            c.createStatement().execute(ddl.append(")").toString());
            StringBuilder ins = new StringBuilder("INSERT INTO applicants VALUES (?");
            ins.append(", ?".repeat(german.columns())).append(")");
            try (java.sql.PreparedStatement ps = c.prepareStatement(ins.toString())) {
                for (int i = 0; i < german.rows(); i++) {
                    ps.setInt(1, i);
                    for (int j = 0; j < german.columns(); j++) {
                        if (german.type(j) == VariableType.NUMERIC) {
                            ps.setDouble(j + 2, german.numeric(j)[i]);
                        } else {
                            ps.setString(j + 2, german.categorical(j)[i]);
                        }
                    }
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT row_no, score FROM (" + sql + ") q")) {
                int count = 0;
                while (rs.next()) {
                    assertThat(rs.getInt(2)).as("row %d", rs.getInt(1)).isEqualTo(batch[rs.getInt(1)]);
                    count++;
                }
                assertThat(count).isEqualTo(german.rows());
            }
        }
    }
}
