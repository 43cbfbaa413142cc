package io.creditdesk.scoring;

import java.time.LocalDate;

/** Storage of batch scores (seller_score) and of scores on open applications. */
public interface ScoreRepository {
    /** Deletes the scores of one model version as of a date (before a batch run writes them anew). */
    void clearScores(int modelVersion, LocalDate asOf);

    /** Inserts the first {@code n} scores (after {@link #clearScores})  of one model version as of a date, in one transaction. */
    void saveScores(int modelVersion, LocalDate asOf, String[] sellerIds, int[] scores, double[] pds, String[] grades, int n);

    /** Copies those scores onto open applications (submitted, in review, referred); returns how many changed. */
    int updateOpenApplications(int modelVersion, LocalDate asOf);
}
