package io.creditdesk.scoring;

/**
 * Logistic regression by Newton–Raphson (IRLS) with an L2 penalty on the slopes (not the intercept).
 * Models P(y = 1); columns are given column-major ({@code x[j][i]}). Deterministic: fixed summation
 * order, Cholesky solve, no randomness.
 */
public final class LogisticRegression {
    private LogisticRegression() {
    }

    /** Intercept and slopes. */
    public record Fit(double intercept, double[] beta, int iterations) {
        public double linear(double[][] x, int row) {
            double s = intercept;
            for (int j = 0; j < beta.length; j++) {
                s += beta[j] * x[j][row];
            }
            return s;
        }
    }

    public static Fit fit(double[][] x, boolean[] y, double l2) {
        int p = x.length;
        int n = y.length;
        int d = p + 1;
        double[] w = new double[d];
        long ones = 0;
        for (boolean b : y) {
            if (b) {
                ones++;
            }
        }
        double rate = Math.min(Math.max((ones + 0.5) / (n + 1.0), 1e-6), 1 - 1e-6);
        w[0] = Math.log(rate / (1 - rate));
        double[] eta = new double[n];
        int it = 0;
        for (; it < 100; it++) {
            double[] grad = new double[d];
            double[][] h = new double[d][d];
            for (int i = 0; i < n; i++) {
                double e = w[0];
                for (int j = 0; j < p; j++) {
                    e += w[j + 1] * x[j][i];
                }
                eta[i] = e;
            }
            // accumulate gradient and Hessian
            double[] mu = new double[n];
            double[] wt = new double[n];
            for (int i = 0; i < n; i++) {
                double m = 1 / (1 + Math.exp(-eta[i]));
                mu[i] = m;
                wt[i] = Math.max(m * (1 - m), 1e-12);
            }
            double r0 = 0;
            double h00 = 0;
            for (int i = 0; i < n; i++) {
                r0 += (y[i] ? 1 : 0) - mu[i];
                h00 += wt[i];
            }
            grad[0] = r0;
            h[0][0] = h00;
            for (int a = 0; a < p; a++) {
                double[] xa = x[a];
                double ga = 0;
                double ha0 = 0;
                for (int i = 0; i < n; i++) {
                    ga += ((y[i] ? 1 : 0) - mu[i]) * xa[i];
                    ha0 += wt[i] * xa[i];
                }
                grad[a + 1] = ga - l2 * w[a + 1];
                h[a + 1][0] = ha0;
                h[0][a + 1] = ha0;
                for (int b = 0; b <= a; b++) {
                    double[] xb = x[b];
                    double s = 0;
                    for (int i = 0; i < n; i++) {
                        s += wt[i] * xa[i] * xb[i];
                    }
                    h[a + 1][b + 1] = s;
                    h[b + 1][a + 1] = s;
                }
                h[a + 1][a + 1] += l2;
            }
            double[] step = solve(h, grad);
            double max = 0;
            for (int k = 0; k < d; k++) {
                w[k] += step[k];
                max = Math.max(max, Math.abs(step[k]));
            }
            if (max < 1e-9) {
                it++;
                break;
            }
        }
        double[] beta = new double[p];
        System.arraycopy(w, 1, beta, 0, p);
        return new Fit(w[0], beta, it);
    }

    /** Solves H·s = g for symmetric positive definite H by Cholesky (with a tiny ridge if needed). */
    static double[] solve(double[][] h, double[] g) {
        int d = g.length;
        double ridge = 0;
        for (int attempt = 0; attempt < 8; attempt++) {
            double[][] l = new double[d][d];
            boolean ok = true;
            for (int i = 0; i < d && ok; i++) {
                for (int j = 0; j <= i; j++) {
                    double s = h[i][j] + (i == j ? ridge : 0);
                    for (int k = 0; k < j; k++) {
                        s -= l[i][k] * l[j][k];
                    }
                    if (i == j) {
                        if (s <= 0) {
                            ok = false;
                            break;
                        }
                        l[i][i] = Math.sqrt(s);
                    } else {
                        l[i][j] = s / l[j][j];
                    }
                }
            }
            if (ok) {
                double[] z = new double[d];
                for (int i = 0; i < d; i++) {
                    double s = g[i];
                    for (int k = 0; k < i; k++) {
                        s -= l[i][k] * z[k];
                    }
                    z[i] = s / l[i][i];
                }
                double[] out = new double[d];
                for (int i = d - 1; i >= 0; i--) {
                    double s = z[i];
                    for (int k = i + 1; k < d; k++) {
                        s -= l[k][i] * out[k];
                    }
                    out[i] = s / l[i][i];
                }
                return out;
            }
            ridge = ridge == 0 ? 1e-8 : ridge * 100;
        }
        throw new IllegalStateException("the Hessian is singular");
    }
}
