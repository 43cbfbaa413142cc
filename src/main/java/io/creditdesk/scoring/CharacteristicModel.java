package io.creditdesk.scoring;

import java.util.List;

/**
 * One characteristic of a scorecard: its bins (with points), coefficient, IV and the shape its bad rate follows.
 * {@code specialValues} are the configured sentinels; those never seen in training score as missing.
 */
public record CharacteristicModel(
        String name,
        VariableType type,
        Shape shape,
        double iv,
        double coefficient,
        List<Double> specialValues,
        List<Bin> bins) {

    public int maxPoints() {
        int m = Integer.MIN_VALUE;
        for (Bin b : bins) {
            m = Math.max(m, b.points());
        }
        return m;
    }

    public int minPoints() {
        int m = Integer.MAX_VALUE;
        for (Bin b : bins) {
            m = Math.min(m, b.points());
        }
        return m;
    }

    /**
     * The bin of a raw value, by reading the bins one by one: the reference rule the compiled
     * {@link Scorecard} must agree with. Null or blank or unparsable numbers are missing; unseen
     * levels go to OTHER; numbers beyond the edges go to the edge bins.
     */
    public int referenceBin(String raw) {
        int missing = -1;
        int other = -1;
        for (int b = 0; b < bins.size(); b++) {
            if (bins.get(b).kind() == BinKind.MISSING) {
                missing = b;
            } else if (bins.get(b).kind() == BinKind.OTHER) {
                other = b;
            }
        }
        if (raw == null || raw.isBlank()) {
            return missing;
        }
        if (type == VariableType.CATEGORICAL) {
            for (int b = 0; b < bins.size(); b++) {
                if (bins.get(b).kind() == BinKind.CATEGORY && bins.get(b).levels().contains(raw)) {
                    return b;
                }
            }
            return other;
        }
        double v;
        try {
            v = Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            return missing;
        }
        if (Double.isNaN(v)) {
            return missing;
        }
        for (int b = 0; b < bins.size(); b++) {
            Bin bin = bins.get(b);
            if (bin.kind() == BinKind.SPECIAL && bin.special() == v) {
                return b;
            }
        }
        if (specialValues.contains(v)) {
            return missing;
        }
        for (int b = 0; b < bins.size(); b++) {
            Bin bin = bins.get(b);
            if (bin.kind() == BinKind.RANGE && (bin.lower() == null || v > bin.lower())
                    && (bin.upper() == null || v <= bin.upper())) {
                return b;
            }
        }
        return missing;
    }
}
