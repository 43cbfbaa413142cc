package io.creditdesk.scoring;

import java.util.List;
import java.util.Map;

/**
 * Everything that steers a scorecard fit. {@link #defaults()} gives CREDIT-MODEL.md's values:
 * 20 fine bins merged to ≥ 5% of rows per bin, automatic shape, IV ≥ 0.02, |corr| ≤ 0.8, a small L2,
 * 600 points at 50:1 good:bad odds, 20 points to double the odds, grades A–E.
 *
 * @param specialValues per column name the sentinel values that get their own bins; key "*" = every numeric column
 * @param forcedShapes  per column a shape to force instead of {@link Shape#AUTO}
 * @param chiSquareAlpha merge neighbouring bins whose difference has p-value above this (0 = off)
 * @param nonMonotoneMinGain a peak/valley shape is taken only when its IV beats the best monotone shape by this share
 */
public record FitSettings(
        int fineBins,
        double minBinShare,
        Map<String, List<Double>> specialValues,
        Map<String, Shape> forcedShapes,
        double chiSquareAlpha,
        double nonMonotoneMinGain,
        double minIv,
        double maxCorrelation,
        double l2,
        double baseScore,
        double baseOdds,
        double pdo,
        List<GradeBand> grades) {

    public static final List<GradeBand> DEFAULT_GRADES = List.of(new GradeBand("A", 0.01), new GradeBand("B", 0.025),
            new GradeBand("C", 0.05), new GradeBand("D", 0.10), new GradeBand("E", 1.0));

    public static FitSettings defaults() {
        return new FitSettings(20, 0.05, Map.of(), Map.of(), 0, 0.05, 0.02, 0.8, 0.01, 600, 50, 20, DEFAULT_GRADES);
    }

    public FitSettings withSpecialValues(Map<String, List<Double>> sv) {
        return new FitSettings(fineBins, minBinShare, sv, forcedShapes, chiSquareAlpha, nonMonotoneMinGain, minIv,
                maxCorrelation, l2, baseScore, baseOdds, pdo, grades);
    }

    public FitSettings withForcedShapes(Map<String, Shape> shapes) {
        return new FitSettings(fineBins, minBinShare, specialValues, shapes, chiSquareAlpha, nonMonotoneMinGain, minIv,
                maxCorrelation, l2, baseScore, baseOdds, pdo, grades);
    }

    public FitSettings withMinBinShare(double share) {
        return new FitSettings(fineBins, share, specialValues, forcedShapes, chiSquareAlpha, nonMonotoneMinGain, minIv,
                maxCorrelation, l2, baseScore, baseOdds, pdo, grades);
    }

    public FitSettings withChiSquareAlpha(double alpha) {
        return new FitSettings(fineBins, minBinShare, specialValues, forcedShapes, alpha, nonMonotoneMinGain, minIv,
                maxCorrelation, l2, baseScore, baseOdds, pdo, grades);
    }

    public FitSettings withMinIv(double iv) {
        return new FitSettings(fineBins, minBinShare, specialValues, forcedShapes, chiSquareAlpha, nonMonotoneMinGain, iv,
                maxCorrelation, l2, baseScore, baseOdds, pdo, grades);
    }

    public FitSettings withNonMonotoneMinGain(double g) {
        return new FitSettings(fineBins, minBinShare, specialValues, forcedShapes, chiSquareAlpha, g, minIv,
                maxCorrelation, l2, baseScore, baseOdds, pdo, grades);
    }

    public FitSettings withScaling(double base, double odds, double pdoPoints) {
        return new FitSettings(fineBins, minBinShare, specialValues, forcedShapes, chiSquareAlpha, nonMonotoneMinGain,
                minIv, maxCorrelation, l2, base, odds, pdoPoints, grades);
    }

    public FitSettings withGrades(List<GradeBand> g) {
        return new FitSettings(fineBins, minBinShare, specialValues, forcedShapes, chiSquareAlpha, nonMonotoneMinGain,
                minIv, maxCorrelation, l2, baseScore, baseOdds, pdo, g);
    }

    /** The special values configured for one column (its own plus the "*" ones), sorted, distinct. */
    public double[] specialsFor(String column) {
        java.util.TreeSet<Double> all = new java.util.TreeSet<>();
        all.addAll(specialValues.getOrDefault("*", List.of()));
        all.addAll(specialValues.getOrDefault(column, List.of()));
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    public Shape shapeFor(String column) {
        return forcedShapes.getOrDefault(column, Shape.AUTO);
    }
}
