package io.creditdesk.cli;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.creditdesk.AppContext;
import io.creditdesk.DecisionModule;
import io.creditdesk.decision.Decision;
import io.creditdesk.decision.DecisionRequest;
import io.creditdesk.decision.Outcome;
import io.creditdesk.decision.Principal;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "decide", description = {"Record a decision on an application as a signed-in user.",
        "The password comes from $CREDITDESK_PASSWORD, else a prompt. Authority limits, four eyes and the",
        "lifecycle are enforced; a refused decision records nothing. Every decision goes into the journal."})
public final class DecideCommand extends BaseCommand {
    @Option(names = "--application", required = true, paramLabel = "ID", description = "Application id")
    long applicationId;

    @Option(names = "--as", required = true, paramLabel = "USER", description = "User who decides")
    String username;

    @Option(names = "--outcome", required = true, paramLabel = "OUTCOME",
            description = "approve | approve-changed | refer | decline")
    String outcome;

    @Option(names = "--amount", paramLabel = "AMOUNT", description = "Final amount (approve-changed) or proposed amount (refer)")
    BigDecimal amount;

    @Option(names = "--term", paramLabel = "MONTHS", description = "Final term in months")
    Integer term;

    @Option(names = "--price", paramLabel = "RATE", description = "Final annual rate: 0.18 or 18%")
    String price;

    @Option(names = "--reason", paramLabel = "CODE",
            description = "Reason code; repeat (decline: 1-4 decline codes; approve-changed: 1-4 change codes; refer: optional)")
    List<String> reasons;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Free comment")
    String comment;

    @Override
    protected int execute() {
        Outcome o;
        try {
            o = Outcome.parse(outcome);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        BigDecimal rate = DecisionCommands.rate(price);
        try (AppContext ctx = openContext()) {
            DecisionModule m = DecisionCommands.module(ctx);
            Principal who = DecisionCommands.signIn(m, username);
            DecisionRequest request = new DecisionRequest(applicationId, o, amount, term, rate,
                    reasons == null ? List.of() : reasons, comment, Map.of("channel", "command line"));
            Decision d = DecisionCommands.refusalsAsUserErrors(() -> m.decisions().decide(who, request));
            say("Application " + d.applicationId() + ": " + d.from() + " -> " + d.to() + " (" + d.outcome().code()
                    + " by " + d.decidedBy() + ", " + d.role().label() + ")");
            say("Recommended: " + describe(d.recommended().amount().toString(), d.recommended().termMonths(),
                    d.recommended().annualRate()));
            if (d.finalOffer() != null) {
                say("Final:       " + describe(d.finalOffer().amount().toString(), d.finalOffer().termMonths(),
                        d.finalOffer().annualRate()));
            }
            if (!d.reasons().isEmpty()) {
                say("Reasons:     " + String.join(", ", d.reasons()));
            }
            say("Journal:     entry " + d.journalSeq() + " " + d.entryHash());
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("decision_id", d.decisionId());
            json.put("application_id", d.applicationId());
            json.put("outcome", d.outcome().code());
            json.put("status_before", d.from().name());
            json.put("status_after", d.to().name());
            json.put("decided_by", d.decidedBy());
            json.put("role", d.role().name());
            json.put("decided_at", d.decidedAt().toString());
            json.put("recommended", DecisionCommands.terms(d.recommended()));
            json.put("final", DecisionCommands.terms(d.finalOffer()));
            json.put("reasons", d.reasons());
            json.put("comment", d.comment());
            json.put("journal_seq", d.journalSeq());
            json.put("entry_hash", d.entryHash());
            result(json);
            return 0;
        }
    }

    private static String describe(String amount, Integer term, BigDecimal rate) {
        return amount + (term == null ? "" : ", " + term + " months")
                + (rate == null ? "" : ", " + rate.movePointRight(2).stripTrailingZeros().toPlainString() + "% a year");
    }
}
