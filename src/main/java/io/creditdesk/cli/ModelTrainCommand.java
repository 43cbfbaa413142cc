package io.creditdesk.cli;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;

import io.creditdesk.AppContext;
import io.creditdesk.decision.Principal;
import io.creditdesk.decision.Role;
import io.creditdesk.scoring.FitSettings;
import io.creditdesk.scoring.ModelActivationRefusedException;
import io.creditdesk.scoring.ModelWorkbench;
import io.creditdesk.scoring.SellerScoring;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "train", description = {"Fit the seller scorecard on the loan history in the database (features as of each",
    "application date, bad = default within 12 months of disbursement) and store it as a new model version.",
    "With --as a credit manager activates it (recorded in the decision journal, as in the Models screen;",
    "password from $CREDITDESK_PASSWORD or a prompt). Without --as it becomes active only when the database",
    "has no active model yet; otherwise it is stored inactive."})
public final class ModelTrainCommand extends BaseCommand {
    @Option(names = "--as", paramLabel = "USER", description = "Credit manager who activates the new version (journaled)")
    String username;

    @Override
    protected int execute() {
        try (AppContext ctx = openContext()) {
            // sign in before the fit, so a wrong password does not cost a training run
            Principal who = username == null ? null : DecisionCommands.signIn(DecisionCommands.module(ctx), username);
            if (who != null && who.role() != Role.CREDIT_MANAGER) {
                throw new UserException("Only a credit manager can activate a model version (" + who.username() + " is "
                        + who.role().label() + "); nothing was trained.");
            }
            boolean first = ctx.scoring().activeModel().isEmpty();
            SellerScoring.TrainResult r;
            try {
                r = ctx.scoring().train(FitSettings.defaults(),
                        LocalDateTime.now(ctx.clock()).truncatedTo(ChronoUnit.SECONDS), first && who == null);
            } catch (IllegalStateException | IllegalArgumentException e) {
                throw new UserException(e.getMessage());
            }
            ModelFiles.describe(r.model()).forEach(this::say);
            say(String.format(Locale.ROOT, "%nTrained on %d mature loans (%d too recent to judge skipped).", r.rows(),
                    r.immatureSkipped()));
            say(String.format(Locale.ROOT, "5-fold CV AUC %.4f; out-of-time AUC %.4f (latest %d loans, model fitted on the earlier 75%%).",
                    r.cvAuc(), r.outOfTimeAuc(), r.outOfTimeRows()));
            Map<String, Object> j = ModelFiles.summary(r.model());
            j.put("model_version", r.version());
            j.put("cv_auc", r.cvAuc());
            j.put("oot_auc", Double.isNaN(r.outOfTimeAuc()) ? null : r.outOfTimeAuc());
            j.put("oot_rows", r.outOfTimeRows());
            j.put("immature_skipped", r.immatureSkipped());
            if (who != null) {
                ModelWorkbench.Activation a;
                try {
                    a = ctx.models().activate(who, r.version());
                } catch (ModelActivationRefusedException e) {
                    throw new UserException("Stored as model version " + r.version() + " (inactive); not activated: "
                            + e.getMessage(), e);
                }
                say("Stored as model version " + r.version() + " and activated by " + a.activatedBy()
                        + " (journal entry " + a.journalSeq() + ").");
                j.put("active", true);
                j.put("journal_seq", a.journalSeq());
            } else if (first) {
                say("Stored as model version " + r.version() + " (active: the database had no active model).");
                j.put("active", true);
            } else {
                say("Stored as model version " + r.version() + " (inactive). A credit manager activates it:"
                        + " creditdesk model train --as USER, or the Models screen.");
                j.put("active", false);
            }
            result(j);
            return 0;
        }
    }
}
