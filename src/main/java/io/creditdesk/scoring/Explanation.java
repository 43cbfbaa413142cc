package io.creditdesk.scoring;

import java.util.List;

/**
 * Why a score is what it is: the breakdown, up to four reasons, and the path to the next grade. When
 * {@code pathIsAlternatives} each change alone reaches the next grade (closest first); otherwise all the
 * listed changes are needed together.
 */
public record Explanation(int score, double pd, String grade, List<Line> breakdown, List<Reason> reasons,
                          String nextGrade, Integer nextGradeMinScore, List<Change> pathToNextGrade,
                          boolean pathIsAlternatives) {

    /** One characteristic: its value, bin, points and the most it could give. */
    public record Line(String characteristic, String value, String bin, int points, int maxPoints) {
    }

    /** An adverse-action reason: code, catalogue key (for translation), wording, and points lost. */
    public record Reason(String code, String key, String text, String characteristic, int pointsBelowMax) {
    }

    /** A change of one actionable characteristic, e.g. refund_rate from 0.08 to {@code <= 0.03}. */
    public record Change(String characteristic, String from, String to, String bin, int pointsGained) {
    }
}
