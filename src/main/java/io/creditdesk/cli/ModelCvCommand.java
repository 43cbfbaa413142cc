package io.creditdesk.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.creditdesk.scoring.CrossValidation;
import io.creditdesk.scoring.LabelledData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cv", description = "Stratified k-fold cross-validation of the scorecard (binning refitted in every fold).")
public final class ModelCvCommand extends BaseCommand {
    @Mixin
    DataOptions data;

    @Option(names = "--folds", description = "Number of folds (default 5)")
    int folds = 5;

    @Option(names = "--seed", description = "Seed of the fold assignment (default 42)")
    long seed = 42;

    @Option(names = "--baselines", description = "Also cross-validate plain and naive-WoE logistic regression on the same folds")
    boolean baselines;

    /** Folds fitted at once: two, or one on a single-core machine (more only adds memory and contention). */
    static final int THREADS = Math.min(2, Runtime.getRuntime().availableProcessors());

    @Override
    protected int execute() {
        if (folds < 2) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--folds must be at least 2");
        }
        long t0 = System.nanoTime();
        LabelledData d = data.read();
        CrossValidation.Result r;
        try {
            r = CrossValidation.run(d, folds, seed, CrossValidation.scorecard(data.settings()), THREADS);
        } catch (IllegalArgumentException e) {
            throw new UserException(data.data + ": " + e.getMessage());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        for (CrossValidation.FoldResult f : r.perFold()) {
            say(String.format(Locale.ROOT, "fold %d: train %d, test %d, AUC %.4f, KS %.4f", f.fold() + 1, f.trainRows(),
                    f.testRows(), f.auc(), f.ks()));
        }
        say(String.format(Locale.ROOT, "%d-fold CV on %d rows (bad rate %.2f%%): AUC %.4f, Gini %.4f, KS %.4f (%.1f s)",
                folds, r.rows(), 100 * r.badRate(), r.auc(), r.gini(), r.ks(), seconds));
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("auc", r.auc());
        j.put("gini", r.gini());
        j.put("ks", r.ks());
        j.put("folds", r.folds());
        j.put("rows", r.rows());
        j.put("bad_rate", r.badRate());
        j.put("seconds", seconds);
        if (baselines) {
            double plain = CrossValidation.run(d, folds, seed, io.creditdesk.scoring.Baselines.plainLogistic(), THREADS).auc();
            double naive = CrossValidation.run(d, folds, seed, io.creditdesk.scoring.Baselines.naiveWoe(), THREADS).auc();
            say(String.format(Locale.ROOT, "same folds: plain logistic regression AUC %.4f, naive 10-bin WoE LR AUC %.4f",
                    plain, naive));
            j.put("plain_lr_auc", plain);
            j.put("naive_woe_auc", naive);
        }
        result(j);
        return 0;
    }
}
