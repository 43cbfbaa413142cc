package io.creditdesk.scoring;

import java.util.List;

/**
 * How a model version was validated when the workbench fitted it: stratified k-fold cross-validation
 * (the same folds and figures as {@code model cv}: AUC and KS are means over the folds), and from the
 * pooled out-of-fold scores the ROC curve, the KS curves and calibration by grade.
 *
 * @param source where the data came from ("loan history", or the CSV file and target)
 */
public record ModelEvaluation(
        String source,
        int folds,
        long seed,
        int rows,
        long bads,
        double auc,
        double gini,
        double ks,
        List<CrossValidation.FoldResult> perFold,
        List<RocPoint> roc,
        List<KsPoint> ksCurve,
        List<Validation.GradeCalibration> calibration) {

    /** A point of the ROC curve: share of goods and share of bads at or below a score cut-off. */
    public record RocPoint(double falsePositiveRate, double truePositiveRate) {
    }

    /** Cumulative shares of bads and goods at or below {@code score}; KS is the largest gap. */
    public record KsPoint(int score, double bads, double goods) {
    }
}
