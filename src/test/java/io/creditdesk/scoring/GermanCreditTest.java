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
}
