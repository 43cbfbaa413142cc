package io.creditdesk.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import io.creditdesk.AppContext;
import io.creditdesk.decision.JournalVerification;

import picocli.CommandLine.Command;

@Command(name = "verify", description = {"Walk the journal's hash chain and name the first entry that was altered,",
        "removed or reordered. Exit 0 and {\"entries\":N,\"ok\":true} when intact; exit 1 and",
        "{\"ok\":false,\"first_bad_entry\":SEQ,\"problem\":\"altered|missing|reordered\"} when not.",
        "The JSON line is always printed last."})
public final class JournalVerifyCommand extends BaseCommand {

    @Override
    protected int execute() {
        try (AppContext ctx = openContext()) {
            long t0 = System.nanoTime();
            JournalVerification v = DecisionCommands.module(ctx).journalVerifier().verify();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            Map<String, Object> json = new LinkedHashMap<>();
            if (v.ok()) {
                say(String.format("Journal intact: %,d entries, chain verified in %,d ms.", v.entries(), ms));
                json.put("entries", v.entries());
                json.put("ok", true);
            } else {
                say("Journal NOT intact: " + v.problem() + " at entry " + v.firstBadEntry() + " — " + v.detail()
                        + String.format(" (%,d entries verified before it).", v.entries()));
                json.put("ok", false);
                json.put("first_bad_entry", v.firstBadEntry());
                json.put("problem", v.problem());
            }
            out().println(Json.line(json));
            out().flush();
            return v.ok() ? 0 : 1;
        }
    }
}
