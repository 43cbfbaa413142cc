package io.creditdesk.scoring;

import java.util.List;

/**
 * One bin of a characteristic in a model artefact, with its training counts, WoE, IV contribution
 * and points. {@code lower}/{@code upper} bound a RANGE bin ({@code lower < x <= upper}; null means
 * unbounded); {@code special} is the value of a SPECIAL bin; {@code levels} the levels of a CATEGORY
 * or OTHER bin.
 */
public record Bin(
        String label,
        BinKind kind,
        Double lower,
        Double upper,
        Double special,
        List<String> levels,
        long count,
        long goods,
        long bads,
        double woe,
        double iv,
        int points) {

    public double badRate() {
        return count == 0 ? 0 : (double) bads / count;
    }

    Bin withPoints(int p) {
        return new Bin(label, kind, lower, upper, special, levels, count, goods, bads, woe, iv, p);
    }
}
