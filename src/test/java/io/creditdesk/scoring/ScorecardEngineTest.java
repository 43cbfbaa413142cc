package io.creditdesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class ScorecardEngineTest {

    @Test
    void woeAndIvOfATinyTableMatchTheHandComputation() {
        // bin 1: 40 goods, 10 bads; bin 2: 60 goods, 40 bads; totals 100 goods, 50 bads
        assertThat(Woe.woe(40, 10, 100, 50)).isCloseTo(Math.log(0.4 / 0.2), within(1e-15));
        assertThat(Woe.woe(60, 40, 100, 50)).isCloseTo(Math.log(0.6 / 0.8), within(1e-15));
        double iv = (0.4 - 0.2) * Math.log(2) + (0.6 - 0.8) * Math.log(0.75);
        assertThat(Woe.iv(40, 10, 100, 50) + Woe.iv(60, 40, 100, 50)).isCloseTo(iv, within(1e-15));
        assertThat(iv).isCloseTo(0.19616, within(1e-5));
        // an empty cell: 0.5 added to both cells of the bin
        assertThat(Woe.woe(10, 0, 100, 50)).isCloseTo(Math.log((10.5 / 100) / (0.5 / 50)), within(1e-15));
        assertThat(Woe.woe(0, 0, 100, 50)).isZero();
    }

    @Test
    void binnerReproducesHandCountsOnATinyCategoricalTable() {
        String[] x = {"a", "a", "a", "a", "b", "b", "b", "b", "b", "b"};
        boolean[] bad = {false, false, false, true, false, false, true, true, true, false};
        BinnedVariable v = new Binner(FitSettings.defaults()).categorical("c", x, bad);
        Bin a = v.bins().get(0);
        assertThat(a.label()).isEqualTo("a");
        assertThat(a.goods()).isEqualTo(3);
        assertThat(a.bads()).isEqualTo(1);
        assertThat(a.woe()).isCloseTo(Math.log((3 / 6.0) / (1 / 4.0)), within(1e-15));
        assertThat(v.iv()).isCloseTo((0.5 - 0.25) * Math.log(2) + (0.5 - 0.75) * Math.log(0.5 / 0.75), within(1e-12));
    }

    @Test
    void scalingGives600At50To1And20PointsToDoubleTheOdds() {
        Scaling s = Scaling.of(600, 50, 20);
        assertThat(s.factor()).isCloseTo(20 / Math.log(2), within(1e-12));
        assertThat(s.factor()).isCloseTo(28.8539008, within(1e-6));
        assertThat(s.offset()).isCloseTo(600 - 20 / Math.log(2) * Math.log(50), within(1e-12));
        assertThat(s.offset()).isCloseTo(487.1228762, within(1e-6));
        assertThat(s.score(Math.log(50))).isCloseTo(600, within(1e-9));
        assertThat(s.score(Math.log(100))).isCloseTo(620, within(1e-9));
        // one characteristic, beta 0.8, WoE 0.5, intercept 1.2, 4 characteristics:
        // 28.8539 * 0.8 * 0.5 + (487.1229 + 28.8539 * 1.2) / 4 = 11.5416 + 130.4372 = 141.98 -> 142
        assertThat(s.points(0.8, 0.5, 1.2, 4)).isEqualTo(142);
        assertThat(s.pd(600)).isCloseTo(1 / 51.0, within(1e-12));
    }

    @Test
    void aZigZagBadRateMustMergeIntoAMonotoneShape() {
        // values 1..10, 100 rows each; bad rates zig-zag upward: forced ascending must merge the dips
        double[] rates = {0.05, 0.10, 0.08, 0.20, 0.15, 0.30, 0.25, 0.40, 0.35, 0.50};
        int n = 1000;
        double[] x = new double[n];
        boolean[] bad = new boolean[n];
        for (int v = 0; v < 10; v++) {
            for (int k = 0; k < 100; k++) {
                x[v * 100 + k] = v + 1;
                bad[v * 100 + k] = k < rates[v] * 100;
            }
        }
        FitSettings s = FitSettings.defaults().withForcedShapes(Map.of("x", Shape.ASCENDING));
        BinnedVariable b = new Binner(s).numeric("x", x, bad, new double[0], Shape.ASCENDING);
        List<Double> badRates = new ArrayList<>();
        for (Bin bin : b.bins()) {
            if (bin.kind() == BinKind.RANGE) {
                badRates.add(bin.badRate());
            }
        }
        assertThat(badRates.size()).isLessThan(10).isGreaterThan(1);
        for (int k = 1; k < badRates.size(); k++) {
            assertThat(badRates.get(k)).isGreaterThan(badRates.get(k - 1));
        }
        // {1}, {2,3}, {4,5}, {6,7}, {8,9}, {10}: the best ascending partition
        assertThat(b.bins().stream().filter(bin -> bin.kind() == BinKind.RANGE).map(Bin::label).toList())
                .containsExactly("<= 1", "(1, 3]", "(3, 5]", "(5, 7]", "(7, 9]", "> 9");
    }

    @Test
    void aUShapedCharacteristicKeepsAValleyWhenThatHoldsMoreInformation() {
        int n = 2000;
        double[] x = new double[n];
        boolean[] bad = new boolean[n];
        Random r = new Random(1);
        for (int i = 0; i < n; i++) {
            x[i] = r.nextInt(10);
            double p = 0.05 + 0.04 * Math.abs(x[i] - 4.5);
            bad[i] = r.nextDouble() < p;
        }
        BinnedVariable b = new Binner(FitSettings.defaults()).numeric("x", x, bad, new double[0], Shape.AUTO);
        assertThat(b.shape()).isEqualTo(Shape.VALLEY);
    }

    static LabelledData synthetic(int n, double badRate, int levels, long seed) {
        Random r = new Random(seed);
        double[] a = new double[n];
        double[] s = new double[n];
        String[] c = new String[n];
        boolean[] bad = new boolean[n];
        for (int i = 0; i < n; i++) {
            double q = r.nextGaussian();
            a[i] = r.nextDouble() < 0.05 ? Double.NaN : q + r.nextGaussian();
            s[i] = r.nextDouble() < 0.08 ? (r.nextBoolean() ? 96 : 98) : Math.round(30 + 10 * q + 5 * r.nextGaussian());
            c[i] = "L" + (int) (Math.abs(q * 1000 + r.nextGaussian() * 300) % levels);
            double lo = Math.log(badRate / (1 - badRate)) - 1.0 * q;
            bad[i] = r.nextDouble() < 1 / (1 + Math.exp(-lo));
        }
        return LabelledData.ofColumns(List.of("a", "sentinel", "cat"),
                List.of(VariableType.NUMERIC, VariableType.NUMERIC, VariableType.CATEGORICAL), List.of(a, s, c), bad);
    }

    @Test
    void fittingTwiceGivesIdenticalArtefactsApartFromTheCreationTime() {
        LabelledData d = synthetic(3000, 0.2, 50, 3);
        FitSettings s = FitSettings.defaults().withSpecialValues(Map.of("sentinel", List.of(96.0, 98.0)));
        String one = ModelJson.write(new ScorecardFitter(s).fit(d, "m", "t", "1", "2026-01-01T00:00:00Z"));
        String two = ModelJson.write(new ScorecardFitter(s).fit(d, "m", "t", "1", "2026-02-02T00:00:00Z"));
        assertThat(two.replace("2026-02-02", "2026-01-01")).isEqualTo(one);
        assertThat(ModelJson.write(ModelJson.read(one))).isEqualTo(one);
    }

    @Test
    void sentinelCodesThousandsOfLevelsAndOnePercentBadsAllFit() {
        LabelledData d = synthetic(20000, 0.01, 5000, 4);
        FitSettings s = FitSettings.defaults().withSpecialValues(Map.of("sentinel", List.of(96.0, 98.0)));
        ScorecardModel m = new ScorecardFitter(s).fit(d, "m", "t", "1", "x");
        CharacteristicModel sentinel = m.characteristic("sentinel");
        if (sentinel != null) {
            assertThat(sentinel.bins().stream().filter(b -> b.kind() == BinKind.SPECIAL).count()).isEqualTo(2);
        }
        BinnedVariable cat = new Binner(s).categorical("cat", d.categorical(2), d.bad());
        assertThat(cat.bins().size()).isLessThanOrEqualTo(22);
        Scorecard card = new Scorecard(m);
        assertThat(card.score(card.vector(Map.of("a", "1e9", "sentinel", "97", "cat", "never-seen")))).isPositive();
        CrossValidation.Result cv = CrossValidation.run(d, 5, 42, CrossValidation.scorecard(s));
        assertThat(cv.auc()).isGreaterThan(0.6);
    }

    @Test
    void unseenLevelsAndOutOfRangeValuesFallIntoDefinedBins() {
        LabelledData d = synthetic(3000, 0.2, 20, 5);
        FitSettings s = FitSettings.defaults().withSpecialValues(Map.of("sentinel", List.of(96.0, 98.0, 99.0)));
        ScorecardModel m = new ScorecardFitter(s).fit(d, "m", "t", "1", "x");
        for (CharacteristicModel c : m.characteristics()) {
            for (String raw : new String[] {null, "", "-1e300", "1e300", "99", "unseen", "NaN"}) {
                int ref = c.referenceBin(raw);
                assertThat(ref).isBetween(0, c.bins().size() - 1);
            }
            if (c.type() == VariableType.NUMERIC) {
                assertThat(c.bins().get(c.referenceBin("1e300")).upper()).isNull();
                assertThat(c.bins().get(c.referenceBin("-1e300")).lower()).isNull();
                if (c.name().equals("sentinel")) {
                    assertThat(c.bins().get(c.referenceBin("99")).kind()).isEqualTo(BinKind.MISSING);
                }
            } else {
                assertThat(c.bins().get(c.referenceBin("unseen")).kind()).isEqualTo(BinKind.OTHER);
            }
        }
    }

    @Test
    void pointsSumExactlyToTheScoreAndPdAndGradeFollowTheScaling() {
        LabelledData d = synthetic(3000, 0.1, 20, 6);
        ScorecardModel m = new ScorecardFitter(FitSettings.defaults()).fit(d, "m", "t", "1", "x");
        Scorecard card = new Scorecard(m);
        Explainer ex = new Explainer(card, new ReasonCatalogue(), Explainer.DEFAULT_ACTIONABLE);
        for (int i = 0; i < 200; i++) {
            Explanation e = ex.explain(card.vector(d, i));
            assertThat(e.breakdown().stream().mapToInt(Explanation.Line::points).sum()).isEqualTo(e.score());
            assertThat(e.reasons()).hasSizeLessThanOrEqualTo(4);
            assertThat(e.grade()).isEqualTo(m.grade(m.scaling().pd(e.score())));
        }
        assertThat(m.minScoreFor("A")).isGreaterThan(m.minScoreFor("B"));
        assertThat(m.scaling().pd(m.minScoreFor("A"))).isLessThan(0.01);
        assertThat(m.scaling().pd(m.minScoreFor("A") - 1)).isGreaterThanOrEqualTo(0.01);
    }

    @Test
    void psiIsZeroForTheTrainingDistributionAndGrowsWithAShift() {
        LabelledData d = synthetic(3000, 0.2, 20, 7);
        ScorecardModel m = new ScorecardFitter(FitSettings.defaults()).fit(d, "m", "t", "1", "x");
        int[] s = new Scorecard(m).scoreAll(d);
        assertThat(Validation.psi(m, s)).isCloseTo(0, within(1e-9));
        int[] shifted = s.clone();
        for (int i = 0; i < shifted.length; i++) {
            shifted[i] -= 40;
        }
        assertThat(Validation.psi(m, shifted)).isGreaterThan(0.25);
    }

    @Test
    void aucAveragesTiesAndKsIsTheLargestGap() {
        double[] score = {1, 2, 2, 3};
        boolean[] bad = {true, true, false, false};
        // pairs (good, bad): (2,1) win, (2,2) tie, (3,1) win, (3,2) win -> 3.5 / 4
        assertThat(Validation.auc(score, bad)).isEqualTo(0.875);
        assertThat(Validation.ks(score, bad)).isEqualTo(0.5);
    }

    @Test
    void csiIsZeroForTheTrainingBinsAndCalibrationCoversEveryRow() {
        LabelledData d = synthetic(3000, 0.2, 20, 8);
        ScorecardModel m = new ScorecardFitter(FitSettings.defaults()).fit(d, "m", "t", "1", "x");
        Scorecard card = new Scorecard(m);
        int j = 0;
        CharacteristicModel c = m.characteristics().get(j);
        int col = d.indexOf(c.name());
        int[] bins = new int[d.rows()];
        for (int i = 0; i < d.rows(); i++) {
            bins[i] = card.bin(j, card.vector(d, i)[j]);
        }
        assertThat(Validation.csi(c, bins)).isCloseTo(0, within(1e-12));
        assertThat(col).isNotNegative();
        int[] s = card.scoreAll(d);
        assertThat(Validation.calibrationByGrade(m, s, d.bad()).stream().mapToLong(Validation.GradeCalibration::rows).sum())
                .isEqualTo(d.rows());
        assertThat(Validation.badRateByBand(s, d.bad(), 20).stream().mapToLong(Validation.ScoreBand::rows).sum())
                .isEqualTo(d.rows());
    }
}
