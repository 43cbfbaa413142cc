package io.creditdesk.ingest.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.creditdesk.loan.Application;
import io.creditdesk.loan.Loan;
import io.creditdesk.loan.LoanStatus;
import io.creditdesk.seller.SellerMonth;

/**
 * Test helper: CREDIT-MODEL §1 features of each loan's seller as of its application (from the
 * monthly aggregates of the complete months before the application month), the loan's outcome, a
 * plain logistic regression and the AUC. Only observed data is used.
 */
final class SignalProbe {
    static final String[] NAMES = {"log_gmv_12m", "log_gmv_3m", "gmv_growth", "gmv_cv", "log_orders_12m",
        "log_aov", "cancel_rate", "refund_rate", "dispute_rate", "review_avg", "low_review_share", "late_ship_rate",
        "repeat_buyer_share", "top10_buyer_share", "tenure_months", "active_month_ratio"};

    final List<double[]> rows = new ArrayList<>();
    final List<Boolean> bad = new ArrayList<>();

    void add(SimulatedSeller s, LocalDate firstDay) {
        Map<Long, Application> apps = new HashMap<>();
        for (Application a : s.applications()) {
            apps.put(a.applicationId(), a);
        }
        for (Loan l : s.loans()) {
            Application a = apps.get(l.applicationId());
            LocalDate appMonth = a.submittedAt().toLocalDate().withDayOfMonth(1);
            rows.add(features(s, appMonth, a.submittedAt().toLocalDate()));
            bad.add(l.status() == LoanStatus.DEFAULTED);
        }
    }

    static double[] features(SimulatedSeller s, LocalDate appMonth, LocalDate appDate) {
        double[] gmv = new double[12];
        long orders6 = 0, cancel6 = 0, refund6 = 0, dispute6 = 0, reviews = 0, reviewSum = 0, low = 0, shipped = 0,
                late = 0, repeat = 0, orders12 = 0, completed12 = 0, active = 0;
        double top10 = 0;
        for (SellerMonth m : s.months()) {
            long back = ChronoUnit.MONTHS.between(m.monthStart(), appMonth); // 1 = the month before
            if (back < 1 || back > 12) {
                continue;
            }
            gmv[(int) (12 - back)] = m.gmv().doubleValue();
            orders12 += m.orders();
            completed12 += m.completedOrders();
            if (m.orders() > 0) {
                active++;
            }
            reviews += m.reviews();
            reviewSum += m.reviewSum();
            low += m.lowReviews();
            shipped += m.shippedOrders();
            late += m.lateOrders();
            repeat += m.repeatOrders();
            top10 += m.top10BuyerGmv().doubleValue();
            if (back <= 6) {
                orders6 += m.orders();
                cancel6 += m.cancelledOrders();
                refund6 += m.refundedOrders();
                dispute6 += m.disputedOrders();
            }
        }
        double g12 = Arrays.stream(gmv).sum();
        double g3 = gmv[9] + gmv[10] + gmv[11];
        double gPrev = gmv[6] + gmv[7] + gmv[8];
        double mean = g12 / 12;
        double var = Arrays.stream(gmv).map(x -> (x - mean) * (x - mean)).sum() / 12;
        long tenure = Math.max(0, ChronoUnit.MONTHS.between(s.seller().joinedOn(), appDate));
        return new double[] {
            Math.log1p(g12), Math.log1p(g3), gPrev == 0 ? 0 : Math.max(-1, Math.min(3, g3 / gPrev - 1)),
            mean == 0 ? 0 : Math.sqrt(var) / mean, Math.log1p(orders12),
            Math.log1p(completed12 == 0 ? 0 : g12 / completed12),
            rate(cancel6, orders6), rate(refund6, orders6), rate(dispute6, orders6),
            reviews == 0 ? 4.5 : (double) reviewSum / reviews, rate(low, reviews), rate(late, shipped),
            rate(repeat, orders12), g12 == 0 ? 0 : top10 / g12, Math.min(tenure, 120),
            (double) active / Math.max(1, Math.min(12, tenure))};
    }

    private static double rate(long a, long b) {
        return b == 0 ? 0 : (double) a / b;
    }

    /** AUC of a score (higher = riskier) against bad, ties averaged. */
    static double auc(double[] score, boolean[] isBad) {
        Integer[] idx = new Integer[score.length];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(score[a], score[b]));
        double rankSumBad = 0;
        long bads = 0;
        int i = 0;
        while (i < idx.length) {
            int j = i;
            while (j + 1 < idx.length && score[idx[j + 1]] == score[idx[i]]) {
                j++;
            }
            double avgRank = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                if (isBad[idx[k]]) {
                    rankSumBad += avgRank;
                    bads++;
                }
            }
            i = j + 1;
        }
        long goods = score.length - bads;
        return (rankSumBad - bads * (bads + 1) / 2.0) / ((double) bads * goods);
    }

    boolean[] labels() {
        boolean[] y = new boolean[bad.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = bad.get(i);
        }
        return y;
    }

    double[] column(int j) {
        return rows.stream().mapToDouble(r -> r[j]).toArray();
    }

    /** In-sample AUC of a logistic regression (Newton, small L2) on the standardized features. */
    double logisticAuc() {
        int n = rows.size();
        int p = NAMES.length + 1;
        double[][] x = new double[n][p];
        for (int j = 0; j < NAMES.length; j++) {
            double[] c = column(j);
            double mean = Arrays.stream(c).average().orElse(0);
            double sd = Math.sqrt(Arrays.stream(c).map(v -> (v - mean) * (v - mean)).sum() / n);
            for (int i = 0; i < n; i++) {
                x[i][j + 1] = sd == 0 ? 0 : (c[i] - mean) / sd;
            }
        }
        boolean[] y = labels();
        for (int i = 0; i < n; i++) {
            x[i][0] = 1;
        }
        double[] beta = new double[p];
        for (int iter = 0; iter < 25; iter++) {
            double[] grad = new double[p];
            double[][] h = new double[p][p];
            for (int i = 0; i < n; i++) {
                double eta = 0;
                for (int j = 0; j < p; j++) {
                    eta += beta[j] * x[i][j];
                }
                double mu = 1 / (1 + Math.exp(-eta));
                double w = mu * (1 - mu);
                for (int j = 0; j < p; j++) {
                    grad[j] += ((y[i] ? 1 : 0) - mu) * x[i][j];
                    for (int k = 0; k < p; k++) {
                        h[j][k] += w * x[i][j] * x[i][k];
                    }
                }
            }
            for (int j = 1; j < p; j++) {
                grad[j] -= 0.01 * beta[j];
                h[j][j] += 0.01;
            }
            double[] step = solve(h, grad);
            for (int j = 0; j < p; j++) {
                beta[j] += step[j];
            }
        }
        double[] score = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                score[i] += beta[j] * x[i][j];
            }
        }
        return auc(score, y);
    }

    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int piv = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[piv][c])) {
                    piv = r;
                }
            }
            double[] t = m[c];
            m[c] = m[piv];
            m[piv] = t;
            for (int r = 0; r < n; r++) {
                if (r != c && m[c][c] != 0) {
                    double f = m[r][c] / m[c][c];
                    for (int k = c; k <= n; k++) {
                        m[r][k] -= f * m[c][k];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][i] == 0 ? 0 : m[i][n] / m[i][i];
        }
        return x;
    }
}
