package io.creditdesk.cli;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.creditdesk.AppContext;
import io.creditdesk.decision.ApplicationCase;
import io.creditdesk.decision.ApplicationQueueService;
import io.creditdesk.loan.Application;
import io.creditdesk.loan.ApplicationStatus;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "applications", description = {"List loan applications: by default the open queue",
        "(SUBMITTED, IN_REVIEW, REFERRED), oldest first. With --json: a JSON array."})
public final class ApplicationsCommand extends BaseCommand {
    @Option(names = "--status", split = ",", paramLabel = "STATUS",
            description = "Only these statuses (repeat or comma-separate; 'all' for every status)")
    List<String> statuses;

    @Override
    protected int execute() {
        Set<ApplicationStatus> wanted = statuses();
        try (AppContext ctx = openContext()) {
            List<ApplicationCase> cases = DecisionCommands.module(ctx).queue().list(wanted);
            LocalDate today = LocalDate.now(ctx.clock());
            List<Map<String, Object>> json = new ArrayList<>(cases.size());
            if (!common.json()) {
                say(String.format(Locale.ROOT, "%-8s %-20s %-10s %14s %14s %-9s %5s %-5s %-10s %4s",
                        "ID", "SELLER", "STATUS", "REQUESTED", "RECOMMENDED", "DECISION", "SCORE", "GRADE", "ASSIGNEE",
                        "AGE"));
            }
            for (ApplicationCase c : cases) {
                Application a = c.application();
                long age = a.submittedAt() == null ? 0
                        : Math.max(0, ChronoUnit.DAYS.between(a.submittedAt().toLocalDate(), today));
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", a.applicationId());
                row.put("seller_id", a.sellerId());
                row.put("status", a.status().name());
                row.put("product", a.product());
                row.put("currency", a.currency());
                row.put("requested_amount", a.requestedAmount());
                row.put("requested_term", a.requestedTerm());
                row.put("recommended_amount", a.recommendedAmount());
                row.put("recommended_price", c.recommendedPrice());
                row.put("recommended_decision", c.recommendedDecision());
                row.put("score", a.score());
                row.put("grade", a.grade());
                row.put("assignee", a.assignee());
                row.put("submitted_at", a.submittedAt() == null ? null : a.submittedAt().toString());
                row.put("age_days", age);
                json.add(row);
                if (!common.json()) {
                    say(String.format(Locale.ROOT, "%-8d %-20s %-10s %14s %14s %-9s %5s %-5s %-10s %4d",
                            a.applicationId(), cut(a.sellerId(), 20), a.status(), amount(a.requestedAmount()),
                            amount(a.recommendedAmount()),
                            c.recommendedDecision() == null ? "-" : c.recommendedDecision(), a.score() == null ? "-" : a.score(),
                            a.grade() == null ? "-" : a.grade(), a.assignee() == null ? "-" : a.assignee(), age));
                }
            }
            if (!common.json()) {
                say(cases.size() + " application" + (cases.size() == 1 ? "" : "s") + " (" + wanted + ")");
            }
            result(json);
            return 0;
        }
    }

    private Set<ApplicationStatus> statuses() {
        if (statuses == null || statuses.isEmpty()) {
            return ApplicationQueueService.OPEN;
        }
        Set<ApplicationStatus> set = EnumSet.noneOf(ApplicationStatus.class);
        for (String s : statuses) {
            String t = s.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            if (t.equals("ALL")) {
                return EnumSet.allOf(ApplicationStatus.class);
            }
            try {
                set.add(ApplicationStatus.valueOf(t));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Unknown status '" + s + "' (one of "
                        + EnumSet.allOf(ApplicationStatus.class) + " or all)");
            }
        }
        return set;
    }

    private static String amount(java.math.BigDecimal v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%,.2f", v);
    }

    private static String cut(String s, int n) {
        return s == null ? "-" : s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
