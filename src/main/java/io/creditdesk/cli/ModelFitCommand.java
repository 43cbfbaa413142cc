package io.creditdesk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.creditdesk.scoring.LabelledData;
import io.creditdesk.scoring.ScorecardFitter;
import io.creditdesk.scoring.ScorecardModel;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "fit", description = "Fit a scorecard on any labelled CSV and write the model artefact (JSON).")
public final class ModelFitCommand extends BaseCommand {
    @Mixin
    DataOptions data;

    @Option(names = "--out", paramLabel = "MODEL.json", description = "Where to write the artefact (default model.json)")
    Path out = Path.of("model.json");

    @Option(names = "--name", description = "Model name (default: the data file name)")
    String name;

    @Override
    protected int execute() {
        LabelledData d = data.read();
        String n = name != null ? name : data.data.getFileName().toString().replaceFirst("\\.csv$", "");
        ScorecardModel m;
        try {
            m = new ScorecardFitter(data.settings()).fit(d, n, data.target, data.bad,
                    Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        } catch (IllegalArgumentException e) {
            throw new UserException(data.data + ": " + e.getMessage());
        }
        ModelFiles.write(out, m);
        ModelFiles.describe(m).forEach(this::say);
        int[] scores = new io.creditdesk.scoring.Scorecard(m).scoreAll(d);
        say("");
        say("Calibration by grade (training data): grade, rows, mean predicted PD, observed bad rate");
        for (var g : io.creditdesk.scoring.Validation.calibrationByGrade(m, scores, d.bad())) {
            say(String.format(java.util.Locale.ROOT, "  %s %8d %8.2f%% %8.2f%%", g.grade(), g.rows(), 100 * g.meanPd(),
                    100 * g.observedBadRate()));
        }
        say("Bad rate by score band of " + (int) m.scaling().pdo() + " points:");
        for (var b : io.creditdesk.scoring.Validation.badRateByBand(scores, d.bad(), (int) m.scaling().pdo())) {
            say(String.format(java.util.Locale.ROOT, "  [%d, %d) %8d %8.2f%%", b.from(), b.toExclusive(), b.rows(),
                    100 * b.badRate()));
        }
        say(String.format(java.util.Locale.ROOT, "%nTraining AUC %.4f, Gini %.4f, KS %.4f. Model written to %s",
                m.training().metrics().auc(), m.training().metrics().gini(), m.training().metrics().ks(), out));
        Map<String, Object> j = ModelFiles.summary(m);
        j.put("out", out.toString());
        result(j);
        return 0;
    }
}
