package io.creditdesk.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Explains one score (CREDIT-MODEL.md §4): breakdown per characteristic, the (at most four) characteristics
 * with the largest gap to their maximum points as reason codes, and the smallest change of an actionable
 * characteristic (or, if no single one suffices, a few together) that reaches the next better grade.
 */
public final class Explainer {
    public static final Set<String> DEFAULT_ACTIONABLE = Set.of("refund_rate", "cancel_rate", "dispute_rate",
            "late_ship_rate", "review_avg", "low_review_share", "repeat_buyer_share", "active_month_ratio",
            "days_since_last_order", "tenure_months", "gmv_cv", "top10_buyer_share");
    private final Scorecard card;
    private final ReasonCatalogue catalogue;
    private final Set<String> actionable;

    public Explainer(Scorecard card, ReasonCatalogue catalogue, Set<String> actionable) {
        this.card = card;
        this.catalogue = catalogue;
        this.actionable = actionable;
    }

    public Explanation explain(double[] x) {
        ScorecardModel m = card.model();
        int score = card.score(x);
        double pd = card.pd(score);
        String grade = card.grade(score);
        List<Explanation.Line> lines = new ArrayList<>();
        record Gap(int j, int gap) {
        }
        List<Gap> gaps = new ArrayList<>();
        for (int j = 0; j < card.size(); j++) {
            CharacteristicModel c = m.characteristics().get(j);
            int b = card.bin(j, x[j]);
            Bin bin = c.bins().get(b);
            int max = c.maxPoints();
            lines.add(new Explanation.Line(c.name(), display(j, x[j]), bin.label(), bin.points(), max));
            if (max - bin.points() > 0) {
                gaps.add(new Gap(j, max - bin.points()));
            }
        }
        gaps.sort(Comparator.comparingInt(Gap::gap).reversed().thenComparingInt(Gap::j));
        List<Explanation.Reason> reasons = new ArrayList<>();
        for (Gap g : gaps.subList(0, Math.min(4, gaps.size()))) {
            CharacteristicModel c = m.characteristics().get(g.j());
            int b = card.bin(g.j(), x[g.j()]);
            String dir = direction(c, b);
            String key = catalogue.key(c.name(), dir);
            reasons.add(new Explanation.Reason((c.name() + "_" + dir).toUpperCase(Locale.ROOT), key,
                    catalogue.text(c.name(), dir, display(g.j(), x[g.j()]), c.bins().get(b).label()), c.name(), g.gap()));
        }
        String next = null;
        Integer nextMin = null;
        List<Explanation.Change> path = List.of();
        boolean alternatives = false;
        for (int k = 1; k < m.grades().size(); k++) {
            if (m.grades().get(k).grade().equals(grade)) {
                next = m.grades().get(k - 1).grade();
                nextMin = m.minScoreFor(next);
                final int needed = nextMin - score;
                path = path(x, needed);
                alternatives = path.stream().allMatch(c -> c.pointsGained() >= needed);
            }
        }
        return new Explanation(score, pd, grade, List.copyOf(lines), List.copyOf(reasons), next, nextMin, path,
                alternatives);
    }

    /** Whether the value is too high or too low (or missing, special, a category) compared with the best bin. */
    static String direction(CharacteristicModel c, int b) {
        Bin bin = c.bins().get(b);
        switch (bin.kind()) {
            case MISSING:
                return "missing";
            case SPECIAL:
                return "special";
            case CATEGORY:
            case OTHER:
                return "category";
            default:
                break;
        }
        int best = -1;
        for (int k = 0; k < c.bins().size(); k++) {
            Bin o = c.bins().get(k);
            if (o.kind() == BinKind.RANGE && (best < 0 || o.points() > c.bins().get(best).points())) {
                best = k;
            }
        }
        return best > b ? "low" : "high";
    }

    private List<Explanation.Change> path(double[] x, int need) {
        List<Explanation.Change> best = new ArrayList<>();
        List<Explanation.Change> single = new ArrayList<>();
        List<double[]> distances = new ArrayList<>();
        for (int j = 0; j < card.size(); j++) {
            CharacteristicModel c = card.model().characteristics().get(j);
            if (!actionable.contains(c.name()) || c.type() != VariableType.NUMERIC) {
                continue;
            }
            int cur = card.bin(j, x[j]);
            int curPts = c.bins().get(cur).points();
            Explanation.Change pick = null;
            double pickDist = Double.POSITIVE_INFINITY;
            Explanation.Change most = null;
            for (int k = 0; k < c.bins().size(); k++) {
                Bin o = c.bins().get(k);
                if (o.kind() != BinKind.RANGE || o.points() <= curPts) {
                    continue;
                }
                double dist;
                String to;
                double v = x[j];
                if (Double.isNaN(v) || c.bins().get(cur).kind() != BinKind.RANGE) {
                    dist = Double.MAX_VALUE / 2;
                    to = o.label();
                } else if (o.lower() != null && v <= o.lower()) {
                    dist = o.lower() - v;
                    to = "> " + Binner.num(o.lower());
                } else {
                    dist = v - o.upper();
                    to = "<= " + Binner.num(o.upper());
                }
                Explanation.Change ch = new Explanation.Change(c.name(), display(j, v), to, o.label(), o.points() - curPts);
                if (o.points() - curPts >= need && dist < pickDist) {
                    pick = ch;
                    pickDist = dist;
                }
                if (most == null || ch.pointsGained() > most.pointsGained()) {
                    most = ch;
                }
            }
            if (pick != null) {
                single.add(pick);
                distances.add(new double[] {pickDist / (Math.abs(x[j]) + 1e-9)});
            } else if (most != null) {
                best.add(most);
            }
        }
        if (!single.isEmpty()) {
            Integer[] idx = new Integer[single.size()];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i;
            }
            java.util.Arrays.sort(idx, Comparator.comparingDouble(i -> distances.get(i)[0]));
            List<Explanation.Change> out = new ArrayList<>();
            for (int i = 0; i < Math.min(3, idx.length); i++) {
                out.add(single.get(idx[i]));
            }
            return List.copyOf(out); // alternatives: any one of these alone reaches the next grade
        }
        best.sort(Comparator.comparingInt(Explanation.Change::pointsGained).reversed());
        List<Explanation.Change> combo = new ArrayList<>();
        int got = 0;
        for (Explanation.Change c : best) {
            if (got >= need) {
                break;
            }
            combo.add(c);
            got += c.pointsGained();
        }
        return got >= need ? List.copyOf(combo) : List.of();
    }

    private String display(int j, double v) {
        if (Double.isNaN(v)) {
            return "missing";
        }
        if (card.isCategorical(j)) {
            String l = card.level(j, v);
            return l == null ? "(other)" : l;
        }
        double r = Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 10000) / 10000.0;
        return Binner.num(r);
    }
}
