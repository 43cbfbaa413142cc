package io.creditdesk.scoring;

/**
 * Points scaling: score = offset + factor × ln(odds good), factor = PDO ÷ ln 2,
 * offset = baseScore − factor × ln(baseOdds).
 */
public record Scaling(double baseScore, double baseOdds, double pdo, double factor, double offset) {

    public static Scaling of(double baseScore, double baseOdds, double pdo) {
        double factor = pdo / Math.log(2);
        return new Scaling(baseScore, baseOdds, pdo, factor, baseScore - factor * Math.log(baseOdds));
    }

    /** Probability of default implied by a score. */
    public double pd(double score) {
        return 1 / (1 + Math.exp((score - offset) / factor));
    }

    /** The (unrounded) score of a good:bad log-odds. */
    public double score(double logOddsGood) {
        return offset + factor * logOddsGood;
    }

    /**
     * Points of one bin: factor × β × WoE + (offset + factor × α) ÷ n, rounded half up.
     */
    public int points(double beta, double woe, double intercept, int characteristics) {
        return (int) Math.round(factor * beta * woe + (offset + factor * intercept) / characteristics);
    }
}
