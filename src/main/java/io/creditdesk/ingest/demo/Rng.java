package io.creditdesk.ingest.demo;

import java.util.SplittableRandom;

/**
 * The generator's random numbers: SplitMix64 ({@link SplittableRandom}, whose algorithm is
 * specified) seeded explicitly per seller, with Gaussian, log-normal and Poisson draws built on
 * {@link StrictMath} so the same seed gives the same numbers on every JVM and machine.
 */
final class Rng {
    private final SplittableRandom random;
    private double spare;
    private boolean hasSpare;

    Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The stream of seller {@code index} under {@code seed}: independent of how many sellers a run has. */
    static Rng forSeller(long seed, int index) {
        return new Rng(mix64(seed * 0x9E3779B97F4A7C15L + index + 1));
    }

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    double uniform() {
        return random.nextDouble();
    }

    double uniform(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** 0 (inclusive) .. bound (exclusive). */
    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** Standard normal (Marsaglia's polar method). */
    double gaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        double m = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spare = v * m;
        hasSpare = true;
        return u * m;
    }

    /**
     * A standard normal from a table of 4,096 quantiles: much cheaper than {@link #gaussian()}, for
     * the per-order draws where a slightly coarse distribution does not matter.
     */
    double quickGaussian() {
        return NORMAL_TABLE[random.nextInt(NORMAL_TABLE.length)];
    }

    /** Index into {@link #NORMAL_TABLE}, for callers with their own table of transformed quantiles. */
    int quickIndex() {
        return random.nextInt(NORMAL_TABLE.length);
    }

    static final double[] NORMAL_TABLE = new double[4096];

    static {
        for (int i = 0; i < NORMAL_TABLE.length; i++) {
            NORMAL_TABLE[i] = inverseNormal((i + 0.5) / NORMAL_TABLE.length);
        }
    }

    /** Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9). */
    static double inverseNormal(double p) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
            -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
            -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
            4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = StrictMath.sqrt(-2 * StrictMath.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) {
            double q = StrictMath.sqrt(-2 * StrictMath.log(1 - p));
            return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }

    /** Poisson count with mean {@code lambda} (normal approximation above 30). */
    int poisson(double lambda) {
        if (lambda <= 0) {
            return 0;
        }
        if (lambda < 30) {
            double limit = StrictMath.exp(-lambda);
            int k = 0;
            double p = random.nextDouble();
            while (p > limit) {
                k++;
                p *= random.nextDouble();
            }
            return k;
        }
        long n = Math.round(lambda + StrictMath.sqrt(lambda) * gaussian());
        return (int) Math.max(0, n);
    }

    /** Index into cumulative weights {@code cumulative} (last element = total). */
    int pick(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (x < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    static double sigmoid(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }
}
