package io.creditdesk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

class PsiMonitorTest {
    /** Training: bands below 500, 500–599, 600 and up hold 20%, 50%, 30% of the sample. */
    static final TrainingStats TRAINING = new TrainingStats(100, 10, 0.1, "x",
            new ModelMetrics(100, 10, 0.8, 0.6, 0.5, 0.1), List.of(500, 600), List.of(0.2, 0.5, 0.3));

    @Test
    void psiOfAMonthIsTheHandComputedSumOverBands() {
        // October 2026: 4 below 500, 4 in 500-599, 2 at 600+ -> shares 0.4, 0.4, 0.2
        // PSI = 0.2 ln 2 + (-0.1) ln 0.8 + (-0.1) ln(2/3) = 0.138629 + 0.022314 + 0.040547 = 0.201490
        int[] scores = {420, 480, 499, 300, 500, 550, 599, 520, 600, 700};
        LocalDate[] dates = new LocalDate[scores.length];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = LocalDate.of(2026, 10, 1 + i);
        }
        List<PsiMonitor.MonthPsi> m = PsiMonitor.psiByMonth(TRAINING, YearMonth.of(2026, 10), 24, dates, scores);
        assertThat(m).hasSize(24);
        assertThat(m.get(0).month()).isEqualTo(YearMonth.of(2024, 11));
        PsiMonitor.MonthPsi oct = m.get(23);
        assertThat(oct.month()).isEqualTo(YearMonth.of(2026, 10));
        assertThat(oct.applicants()).isEqualTo(10);
        assertThat(oct.psi()).isCloseTo(0.201490, within(5e-7));
        assertThat(oct.status()).isEqualTo("watch");
    }

    @Test
    void aMonthLikeTheTrainingSampleHasZeroPsiAndEmptyMonthsHaveNone() {
        int[] scores = {450, 460, 500, 510, 520, 530, 540, 600, 610, 620, 999};
        LocalDate[] dates = new LocalDate[scores.length];
        for (int i = 0; i < 10; i++) {
            dates[i] = LocalDate.of(2026, 9, 15);
        }
        dates[10] = LocalDate.of(2026, 11, 1); // after the window: ignored
        List<PsiMonitor.MonthPsi> m = PsiMonitor.psiByMonth(TRAINING, YearMonth.of(2026, 10), 3, dates, scores);
        assertThat(m).extracting(PsiMonitor.MonthPsi::applicants).containsExactly(0, 10, 0);
        assertThat(m.get(1).psi()).isCloseTo(0.0, within(1e-12));
        assertThat(m.get(1).status()).isEqualTo("stable");
        assertThat(m.get(0).psi()).isNaN();
        assertThat(m.get(2).status()).isEqualTo("none");
    }

    @Test
    void bandEdgesBelongToTheBandAbove() {
        int[] edges = {500, 600};
        assertThat(PsiMonitor.band(edges, 499)).isZero();
        assertThat(PsiMonitor.band(edges, 500)).isEqualTo(1);
        assertThat(PsiMonitor.band(edges, 599)).isEqualTo(1);
        assertThat(PsiMonitor.band(edges, 600)).isEqualTo(2);
    }
}
