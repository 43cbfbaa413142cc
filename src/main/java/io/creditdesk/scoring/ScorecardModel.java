package io.creditdesk.scoring;

import java.util.List;

/**
 * The model artefact: everything needed to score (bins, points, scaling, grades) plus how it was made
 * (coefficients, dropped variables, warnings, training statistics, settings). Serialised as versioned
 * JSON by {@link ModelJson}; scoring needs nothing else.
 */
public record ScorecardModel(
        int formatVersion,
        String name,
        String createdAt,
        String target,
        String badValue,
        Scaling scaling,
        double intercept,
        List<GradeBand> grades,
        List<CharacteristicModel> characteristics,
        List<DroppedVariable> dropped,
        List<String> warnings,
        TrainingStats training) {

    public static final int FORMAT_VERSION = 1;

    public ScorecardModel withCreatedAt(String at) {
        return new ScorecardModel(formatVersion, name, at, target, badValue, scaling, intercept, grades, characteristics,
                dropped, warnings, training);
    }

    public ScorecardModel withName(String n) {
        return new ScorecardModel(formatVersion, n, createdAt, target, badValue, scaling, intercept, grades, characteristics,
                dropped, warnings, training);
    }

    public String grade(double pd) {
        for (GradeBand g : grades) {
            if (pd < g.maxPd()) {
                return g.grade();
            }
        }
        return grades.get(grades.size() - 1).grade();
    }

    public CharacteristicModel characteristic(String n) {
        for (CharacteristicModel c : characteristics) {
            if (c.name().equals(n)) {
                return c;
            }
        }
        return null;
    }

    public int minScore() {
        int s = 0;
        for (CharacteristicModel c : characteristics) {
            s += c.minPoints();
        }
        return s;
    }

    public int maxScore() {
        int s = 0;
        for (CharacteristicModel c : characteristics) {
            s += c.maxPoints();
        }
        return s;
    }

    /** The lowest integer score whose PD falls in {@code grade} or a better one; MAX_VALUE if none. */
    public int minScoreFor(String grade) {
        double maxPd = -1;
        for (GradeBand g : grades) {
            if (g.grade().equals(grade)) {
                maxPd = g.maxPd();
            }
        }
        if (maxPd < 0) {
            return Integer.MAX_VALUE;
        }
        // pd(s) < maxPd  <=>  s > offset + factor * ln((1 - maxPd) / maxPd)
        double edge = scaling.offset() + scaling.factor() * Math.log((1 - maxPd) / maxPd);
        int s = (int) Math.floor(edge) - 2;
        while (scaling.pd(s) >= maxPd) {
            s++;
        }
        return s;
    }
}
