package io.creditdesk.cli;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import io.creditdesk.AppContext;
import io.creditdesk.scoring.FitSettings;
import io.creditdesk.scoring.SellerScoring;

import picocli.CommandLine.Command;

@Command(name = "train", description = {"Fit the seller scorecard on the loan history in the database (features as of each",
    "application date, bad = default within 12 months of disbursement) and make it the active model version."})
public final class ModelTrainCommand extends BaseCommand {

    @Override
    protected int execute() {
        try (AppContext ctx = openContext()) {
            SellerScoring.TrainResult r;
            try {
                r = ctx.scoring().train(FitSettings.defaults(),
                        LocalDateTime.now(ctx.clock()).truncatedTo(ChronoUnit.SECONDS));
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
            ModelFiles.describe(r.model()).forEach(this::say);
            say(String.format(Locale.ROOT, "%nTrained on %d mature loans (%d too recent to judge skipped).", r.rows(),
                    r.immatureSkipped()));
            say(String.format(Locale.ROOT, "5-fold CV AUC %.4f; out-of-time AUC %.4f (latest %d loans, model fitted on the earlier 75%%).",
                    r.cvAuc(), r.outOfTimeAuc(), r.outOfTimeRows()));
            say("Stored as model version " + r.version() + " (active).");
            Map<String, Object> j = ModelFiles.summary(r.model());
            j.put("model_version", r.version());
            j.put("cv_auc", r.cvAuc());
            j.put("oot_auc", Double.isNaN(r.outOfTimeAuc()) ? null : r.outOfTimeAuc());
            j.put("oot_rows", r.outOfTimeRows());
            j.put("immature_skipped", r.immatureSkipped());
            result(j);
            return 0;
        }
    }
}
