package io.creditdesk.cli;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.creditdesk.AppContext;
import io.creditdesk.scoring.Explanation;
import io.creditdesk.scoring.SellerScoring;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "score", description = "Score every seller (stored with model version and as-of date) or explain one seller.")
public final class ScoreCommand extends BaseCommand {
    static final class Target {
        @Option(names = "--all", required = true, description = "Score every seller and store the scores")
        boolean all;

        @Option(names = "--seller", required = true, paramLabel = "ID", description = "Score and explain one seller")
        String seller;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "Features from data before this date (default: the day after the data's as-of date)")
    LocalDate asOf;

    @Override
    protected int execute() {
        try (AppContext ctx = openContext()) {
            LocalDate d = asOf != null ? asOf : ctx.datasets().asOf().map(x -> x.plusDays(1))
                    .orElseGet(() -> LocalDate.now(ctx.clock()));
            try {
                return target.all ? all(ctx, d) : one(ctx, d);
            } catch (IllegalStateException e) {
                throw new UserException(e.getMessage());
            }
        }
    }

    private int all(AppContext ctx, LocalDate d) {
        long t0 = System.nanoTime();
        SellerScoring.BatchResult r = ctx.scoring().scoreAll(d, io.creditdesk.common.Progress.NONE);
        double s = (System.nanoTime() - t0) / 1e9;
        say(String.format(Locale.ROOT, "Scored %,d sellers as of %s with model version %d in %.2f s (%,.0f sellers/s); %d open applications updated.",
                r.sellers(), r.asOf(), r.modelVersion(), s, r.sellers() / Math.max(s, 1e-9), r.applicationsUpdated()));
        say("By grade: " + r.byGrade());
        say(String.format(Locale.ROOT, "Phases: reading + features + scoring %.2f s (process CPU %.2f s),"
                        + " storing %.2f s (process CPU %.2f s)",
                r.phaseSeconds().get("features_and_scoring"), r.phaseSeconds().get("features_and_scoring_cpu"),
                r.phaseSeconds().get("storing"), r.phaseSeconds().get("storing_cpu")));
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("sellers", r.sellers());
        j.put("model_version", r.modelVersion());
        j.put("as_of", r.asOf().toString());
        j.put("applications_updated", r.applicationsUpdated());
        j.put("by_grade", r.byGrade());
        j.put("seconds", s);
        j.put("phases", r.phaseSeconds());
        j.put("sellers_per_second", r.sellers() / Math.max(s, 1e-9));
        result(j);
        return 0;
    }

    private int one(AppContext ctx, LocalDate d) {
        if (ctx.sellers().find(target.seller).isEmpty()) {
            throw new UserException("no seller " + target.seller + " in the database");
        }
        SellerScoring.SellerResult r = ctx.scoring().explainSeller(target.seller, d);
        Explanation e = r.explanation();
        say(String.format(Locale.ROOT, "Seller %s as of %s (model version %d): score %d, PD %.2f%%, grade %s",
                target.seller, d, r.modelVersion(), e.score(), 100 * e.pd(), e.grade()));
        say(String.format(Locale.ROOT, "  %-24s %-14s %-28s %6s %6s", "characteristic", "value", "bin", "points", "max"));
        for (Explanation.Line l : e.breakdown()) {
            say(String.format(Locale.ROOT, "  %-24s %-14s %-28s %6d %6d", l.characteristic(), l.value(), l.bin(), l.points(),
                    l.maxPoints()));
        }
        say("Reasons:");
        for (Explanation.Reason re : e.reasons()) {
            say("  " + re.code() + ": " + re.text() + " (-" + re.pointsBelowMax() + " points)");
        }
        if (e.nextGrade() != null) {
            say("To reach grade " + e.nextGrade() + " (score " + e.nextGradeMinScore() + "), "
                    + (e.pathToNextGrade().isEmpty() ? "no change of an actionable characteristic is enough."
                    : e.pathIsAlternatives() ? "any one of:" : "all of:"));
            for (Explanation.Change c : e.pathToNextGrade()) {
                say("  " + c.characteristic() + " from " + c.from() + " to " + c.to() + " (+" + c.pointsGained() + " points)");
            }
        }
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("seller_id", target.seller);
        j.put("as_of", d.toString());
        j.put("model_version", r.modelVersion());
        j.put("score", e.score());
        j.put("pd", e.pd());
        j.put("grade", e.grade());
        j.put("breakdown", e.breakdown());
        j.put("reasons", e.reasons());
        j.put("next_grade", e.nextGrade());
        j.put("path_to_next_grade", e.pathToNextGrade());
        j.put("path_is_alternatives", e.pathIsAlternatives());
        j.put("features", r.features());
        result(j);
        return 0;
    }
}
