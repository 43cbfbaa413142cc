package io.creditdesk.scoring;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Population stability by month of application (CREDIT-MODEL.md §5): the scores of each month's
 * applicants, in the score bands of the training sample, against the training shares. Below 0.10 the
 * population is stable, 0.10–0.25 is worth watching, above 0.25 calls for action.
 */
public final class PsiMonitor {
    public static final double WATCH = 0.10;
    public static final double ACT = 0.25;

    private PsiMonitor() {
    }

    /** One month: how many applicants it had and their PSI (NaN when it had none). */
    public record MonthPsi(YearMonth month, int applicants, double psi) {
        public String status() {
            if (Double.isNaN(psi)) {
                return "none";
            }
            return psi < WATCH ? "stable" : psi <= ACT ? "watch" : "act";
        }
    }

    /**
     * PSI of the {@code months} months ending with {@code last} (oldest first). {@code dates[i]} is the
     * application date of the applicant with score {@code scores[i]}; applicants outside the window are ignored.
     */
    public static List<MonthPsi> psiByMonth(TrainingStats training, YearMonth last, int months, LocalDate[] dates,
                                            int[] scores) {
        if (months < 1) {
            throw new IllegalArgumentException("at least one month is needed, not " + months);
        }
        if (dates.length != scores.length) {
            throw new IllegalArgumentException(dates.length + " dates but " + scores.length + " scores");
        }
        List<Integer> edgeList = training.scoreBandEdges();
        int[] edges = edgeList.stream().mapToInt(Integer::intValue).toArray();
        double[] expected = training.scoreBandShares().stream().mapToDouble(Double::doubleValue).toArray();
        if (expected.length != edges.length + 1) {
            throw new IllegalArgumentException("the training statistics have " + edges.length + " band edges but "
                    + expected.length + " shares");
        }
        YearMonth first = last.minusMonths(months - 1L);
        long firstIndex = first.getYear() * 12L + first.getMonthValue() - 1;
        long[][] counts = new long[months][edges.length + 1];
        for (int i = 0; i < scores.length; i++) {
            LocalDate d = dates[i];
            int m = (int) (d.getYear() * 12L + d.getMonthValue() - 1 - firstIndex);
            if (m < 0 || m >= months) {
                continue;
            }
            counts[m][band(edges, scores[i])]++;
        }
        List<MonthPsi> out = new ArrayList<>(months);
        double[] actual = new double[expected.length];
        for (int m = 0; m < months; m++) {
            long n = 0;
            for (long c : counts[m]) {
                n += c;
            }
            double psi = Double.NaN;
            if (n > 0) {
                for (int k = 0; k < actual.length; k++) {
                    actual[k] = (double) counts[m][k] / n;
                }
                psi = Validation.psi(expected, actual);
            }
            out.add(new MonthPsi(first.plusMonths(m), (int) n, psi));
        }
        return out;
    }

    /** The band of a score: the number of lower edges it reaches (band 0 is open below). */
    static int band(int[] edges, int score) {
        int lo = 0;
        int hi = edges.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (score >= edges[mid]) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
