package io.creditdesk.scoring;

import java.util.List;

/**
 * A characteristic after binning on training data: its bins (with counts, WoE, IV; points not yet
 * set), the chosen shape, total IV, the configured special values, and the bin of every training row.
 */
public record BinnedVariable(String name, VariableType type, Shape shape, List<Bin> bins, double[] specialValues,
                             int[] rowBin, double iv) {

    /** The WoE of every training row. */
    public double[] woeColumn() {
        double[] w = new double[rowBin.length];
        double[] byBin = new double[bins.size()];
        for (int b = 0; b < byBin.length; b++) {
            byBin[b] = bins.get(b).woe();
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = byBin[rowBin[i]];
        }
        return w;
    }
}
