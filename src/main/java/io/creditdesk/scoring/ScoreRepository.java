package io.creditdesk.scoring;

import java.time.LocalDate;

/** Storage of batch scores (seller_score) and of scores on open applications. */
public interface ScoreRepository {
    /**
     * Replaces the stored run of one model version as of a date with the first {@code n} scores and copies
     * them onto open applications (submitted, in review, referred). Readers see the previous run or the
     * complete new one, never a part: a new run's rows become visible when the run is listed, in the same
     * transaction that updates the applications. Returns how many applications changed.
     */
    int replaceScores(int modelVersion, LocalDate asOf, String[] sellerIds, int[] scores, double[] pds, String[] grades,
                      int n);
}
