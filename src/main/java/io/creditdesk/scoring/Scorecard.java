package io.creditdesk.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A model artefact compiled for fast scoring: per characteristic the sorted cut points, the bin index of
 * each range, special and missing bins, and the points of every bin in plain arrays. Scoring a feature
 * vector allocates nothing.
 *
 * <p>A feature vector holds one {@code double} per characteristic, in {@link #names()} order: the value
 * for a numeric characteristic (NaN = missing), or for a categorical one the code from
 * {@link #encode(int, String)} (NaN = missing, -1 = a level not seen in training).
 */
public final class Scorecard {
    private final ScorecardModel model;
    private final String[] names;
    private final boolean[] categorical;
    private final double[][] cuts;
    private final int[][] rangeBin;
    private final double[][] specials;
    private final int[][] specialBin;
    private final int[] missingBin;
    private final int[] otherBin;
    private final String[][] levels;
    private final int[][] levelBin;
    private final Map<String, Integer>[] levelCode;
    private final int[][] points;
    // flat lookup arrays for the allocation-free hot path
    private final double[] flatCuts;
    private final int[] cutFrom;
    private final int[] cutTo;
    private final int[] flatRangePoints;
    private final int[] missingPoints;
    private final boolean[] plainNumeric;

    @SuppressWarnings("unchecked")
    public Scorecard(ScorecardModel model) {
        this.model = model;
        List<CharacteristicModel> cs = model.characteristics();
        int p = cs.size();
        names = new String[p];
        categorical = new boolean[p];
        cuts = new double[p][];
        rangeBin = new int[p][];
        specials = new double[p][];
        specialBin = new int[p][];
        missingBin = new int[p];
        otherBin = new int[p];
        levels = new String[p][];
        levelBin = new int[p][];
        levelCode = new Map[p];
        points = new int[p][];
        for (int j = 0; j < p; j++) {
            CharacteristicModel c = cs.get(j);
            names[j] = c.name();
            categorical[j] = c.type() == VariableType.CATEGORICAL;
            List<Bin> bins = c.bins();
            points[j] = new int[bins.size()];
            int ranges = 0;
            int nLevels = 0;
            missingBin[j] = -1;
            otherBin[j] = -1;
            for (int b = 0; b < bins.size(); b++) {
                Bin bin = bins.get(b);
                points[j][b] = bin.points();
                switch (bin.kind()) {
                    case RANGE -> ranges++;
                    case MISSING -> missingBin[j] = b;
                    case OTHER -> otherBin[j] = b;
                    case CATEGORY -> nLevels += bin.levels().size();
                    default -> { }
                }
            }
            if (missingBin[j] < 0) {
                throw new IllegalArgumentException("characteristic " + c.name() + " has no missing bin");
            }
            if (otherBin[j] < 0) {
                otherBin[j] = missingBin[j];
            }
            // ranges are stored in ascending order; the cut of range k is its upper bound
            cuts[j] = new double[Math.max(ranges - 1, 0)];
            rangeBin[j] = new int[Math.max(ranges, 1)];
            rangeBin[j][0] = missingBin[j];
            int r = 0;
            specials[j] = c.specialValues().stream().mapToDouble(Double::doubleValue).toArray();
            specialBin[j] = new int[specials[j].length];
            java.util.Arrays.fill(specialBin[j], missingBin[j]);
            levels[j] = new String[nLevels];
            levelBin[j] = new int[nLevels];
            levelCode[j] = new HashMap<>();
            int l = 0;
            for (int b = 0; b < bins.size(); b++) {
                Bin bin = bins.get(b);
                if (bin.kind() == BinKind.RANGE) {
                    if (r < cuts[j].length) {
                        cuts[j][r] = bin.upper();
                    }
                    rangeBin[j][r++] = b;
                } else if (bin.kind() == BinKind.SPECIAL) {
                    for (int s = 0; s < specials[j].length; s++) {
                        if (specials[j][s] == bin.special()) {
                            specialBin[j][s] = b;
                        }
                    }
                } else if (bin.kind() == BinKind.CATEGORY) {
                    for (String lv : bin.levels()) {
                        levels[j][l] = lv;
                        levelBin[j][l] = b;
                        levelCode[j].put(lv, l);
                        l++;
                    }
                }
            }
        }
        int totalCuts = 0;
        for (int j = 0; j < p; j++) {
            totalCuts += cuts[j].length;
        }
        flatCuts = new double[totalCuts];
        cutFrom = new int[p];
        cutTo = new int[p];
        flatRangePoints = new int[totalCuts + p];
        missingPoints = new int[p];
        plainNumeric = new boolean[p];
        int at = 0;
        for (int j = 0; j < p; j++) {
            cutFrom[j] = at;
            System.arraycopy(cuts[j], 0, flatCuts, at, cuts[j].length);
            for (int k = 0; k <= cuts[j].length; k++) {
                flatRangePoints[at + j + k] = points[j][rangeBin[j][k]];
            }
            at += cuts[j].length;
            cutTo[j] = at;
            missingPoints[j] = points[j][missingBin[j]];
            plainNumeric[j] = !categorical[j] && specials[j].length == 0;
        }
    }

    public ScorecardModel model() {
        return model;
    }

    public int size() {
        return names.length;
    }

    public String name(int j) {
        return names[j];
    }

    public List<String> names() {
        return List.of(names);
    }

    public boolean isCategorical(int j) {
        return categorical[j];
    }

    /** The code of a categorical level: NaN for missing, -1 for a level unseen in training. */
    public double encode(int j, String level) {
        if (level == null || level.isEmpty()) {
            return Double.NaN;
        }
        Integer c = levelCode[j].get(level);
        return c == null ? -1 : c;
    }

    /** The level of a code, or null. */
    public String level(int j, double code) {
        if (Double.isNaN(code) || code < 0 || code >= levels[j].length) {
            return null;
        }
        return levels[j][(int) code];
    }

    /** Index (into the characteristic's bins) of the bin holding {@code v}. */
    public int bin(int j, double v) {
        if (Double.isNaN(v)) {
            return missingBin[j];
        }
        if (categorical[j]) {
            int c = (int) v;
            if (v < 0 || c >= levelBin[j].length || c != v) {
                return otherBin[j];
            }
            return levelBin[j][c];
        }
        double[] sp = specials[j];
        for (int s = 0; s < sp.length; s++) {
            if (sp[s] == v) {
                return specialBin[j][s];
            }
        }
        double[] c = cuts[j];
        int lo = 0;
        int hi = c.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (v <= c[mid]) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return rangeBin[j][lo];
    }

    public int points(int j, double v) {
        return points[j][bin(j, v)];
    }

    /** The score: the sum of the points of every characteristic. */
    public int score(double[] x) {
        int s = 0;
        final double[] c = flatCuts;
        for (int j = 0; j < x.length && j < cutFrom.length; j++) {
            double v = x[j];
            if (v != v) {
                s += missingPoints[j];
            } else if (plainNumeric[j]) {
                int from = cutFrom[j];
                int k = from;
                int to = cutTo[j];
                while (k < to && v > c[k]) {
                    k++;
                }
                s += flatRangePoints[k + j];
            } else {
                s += points[j][bin(j, v)];
            }
        }
        return s;
    }

    public double pd(int score) {
        return model.scaling().pd(score);
    }

    public String grade(int score) {
        return model.grade(pd(score));
    }

    /** Scores every row of a table that holds (at least) the model's characteristics, by column. */
    public int[] scoreAll(LabelledData data) {
        int n = data.rows();
        int[] out = new int[n];
        for (int j = 0; j < names.length; j++) {
            int col = data.indexOf(names[j]);
            if (col < 0) {
                // the characteristic is absent: every row is missing
                int pts = points[j][missingBin[j]];
                for (int i = 0; i < n; i++) {
                    out[i] += pts;
                }
                continue;
            }
            int[] pj = points[j];
            if (categorical[j]) {
                String[] v = data.type(col) == VariableType.CATEGORICAL ? data.categorical(col) : toStrings(data.numeric(col));
                for (int i = 0; i < n; i++) {
                    out[i] += pj[bin(j, encode(j, v[i]))];
                }
            } else {
                double[] v = data.type(col) == VariableType.NUMERIC ? data.numeric(col) : toDoubles(data.categorical(col));
                for (int i = 0; i < n; i++) {
                    out[i] += pj[bin(j, v[i])];
                }
            }
        }
        return out;
    }

    /** The feature vector of one row of a table (for explanations and single-record scoring). */
    public double[] vector(LabelledData data, int row) {
        double[] x = new double[names.length];
        for (int j = 0; j < names.length; j++) {
            int col = data.indexOf(names[j]);
            if (col < 0) {
                x[j] = Double.NaN;
            } else if (categorical[j]) {
                x[j] = encode(j, data.type(col) == VariableType.CATEGORICAL ? data.categorical(col)[row]
                        : toString(data.numeric(col)[row]));
            } else {
                x[j] = data.type(col) == VariableType.NUMERIC ? data.numeric(col)[row] : parse(data.categorical(col)[row]);
            }
        }
        return x;
    }

    /** The feature vector of named raw values (missing names are missing values). */
    public double[] vector(Map<String, ?> values) {
        double[] x = new double[names.length];
        for (int j = 0; j < names.length; j++) {
            Object v = values.get(names[j]);
            if (categorical[j]) {
                x[j] = encode(j, v == null ? null : v.toString());
            } else if (v instanceof Number num) {
                x[j] = num.doubleValue();
            } else {
                x[j] = parse(v == null ? null : v.toString());
            }
        }
        return x;
    }

    private static String[] toStrings(double[] v) {
        String[] s = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            s[i] = toString(v[i]);
        }
        return s;
    }

    private static String toString(double v) {
        return Double.isNaN(v) ? null : Binner.num(v);
    }

    private static double[] toDoubles(String[] v) {
        double[] d = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            d[i] = parse(v[i]);
        }
        return d;
    }

    static double parse(String s) {
        if (s == null || s.isBlank()) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
