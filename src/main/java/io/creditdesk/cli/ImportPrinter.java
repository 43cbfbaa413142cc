package io.creditdesk.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.creditdesk.AppContext;
import io.creditdesk.common.Progress;
import io.creditdesk.ingest.imports.FileStats;
import io.creditdesk.ingest.imports.ImportFileException;
import io.creditdesk.ingest.imports.ImportReport;
import io.creditdesk.ingest.imports.ImportService;
import io.creditdesk.ingest.imports.ImportSource;
import io.creditdesk.ingest.imports.RejectedRow;

/** Runs an import for a command and prints its report (and the --json line). */
final class ImportPrinter {
    static final int REJECTS_PRINTED = 20;
    static final int UNATTRIBUTED_PRINTED = 200;
    private final BaseCommand cmd;

    ImportPrinter(BaseCommand cmd) {
        this.cmd = cmd;
    }

    int importAndPrint(ImportSource source, ImportRunOptions options) {
        ImportReport r;
        try (AppContext ctx = cmd.openContext()) {
            r = ctx.imports().run(source, options.toOptions(), options.quiet ? Progress.NONE : new ConsoleProgress());
        } catch (ImportFileException e) {
            throw new UserException(e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new UserException(e.getMessage(), e);
        }
        print(r);
        if (r.refused()) {
            cmd.spec.commandLine().getErr().println("creditdesk: import refused: " + r.refusal());
            cmd.spec.commandLine().getErr().flush();
            return 1;
        }
        return 0;
    }

    private void print(ImportReport r) {
        String what = r.format().equals("olist") ? "Olist export" : "canonical CSV";
        String state = r.refused() ? "REFUSED, nothing imported" : r.dryRun() ? "dry run, nothing changed"
                : "all or nothing";
        cmd.say(String.format("Import of %s (%s, %.1f s):", what, state, r.seconds()));
        for (FileStats f : r.files()) {
            cmd.say(String.format("  %-40s %,12d rows, %,d rejected", f.file(), f.rows(), f.rejected()));
        }
        cmd.say(String.format("  Sellers:              %,d (%,d with orders)", r.sellers(), r.sellersWithOrders()));
        if (r.format().equals("olist")) {
            cmd.say(String.format("  Order items read:     %,d", r.orderItems()));
        }
        cmd.say(String.format("  Order lines:          %,d (one per order and seller)", r.orderLines()));
        cmd.say(String.format("  Orders:               %,d", r.orders()));
        if (r.loans() > 0 || r.repayments() > 0) {
            cmd.say(String.format("  Loans:                %,d", r.loans()));
            cmd.say(String.format("  Repayments:           %,d", r.repayments()));
        }
        cmd.say(String.format("  Rejected rows:        %,d", r.rejected()));
        if (r.format().equals("olist")) {
            cmd.say(String.format("  Unattributed orders:  %,d (orders without items, so without a seller)",
                    r.unattributedOrders().size()));
        }
        for (String w : r.warnings()) {
            cmd.say("  Warning: " + w);
        }
        if (r.rejected() > 0) {
            cmd.say("Rejected rows" + (r.rejected() > REJECTS_PRINTED ? " (first " + REJECTS_PRINTED + ")" : "") + ":");
            List<RejectedRow> shown = r.rejects().subList(0, Math.min(REJECTS_PRINTED, r.rejects().size()));
            for (RejectedRow row : shown) {
                cmd.say("  " + row.message());
            }
            cmd.say("All rejected rows, with the original lines: " + r.rejectsFile());
        }
        if (!r.unattributedOrders().isEmpty()) {
            cmd.say("Unattributed orders" + (r.unattributedOrders().size() > UNATTRIBUTED_PRINTED
                    ? " (first " + UNATTRIBUTED_PRINTED + ")" : "") + ":");
            List<String> ids = r.unattributedOrders();
            for (int i = 0; i < Math.min(UNATTRIBUTED_PRINTED, ids.size()); i++) {
                cmd.say("  " + ids.get(i));
            }
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sellers", r.sellers());
        json.put("sellers_with_orders", r.sellersWithOrders());
        json.put("order_lines", r.orderLines());
        json.put("orders", r.orders());
        json.put("rejected", r.rejected());
        json.put("unattributed_orders", r.unattributedOrders().size());
        json.put("seconds", Math.round(r.seconds() * 100) / 100.0);
        if (r.format().equals("olist")) {
            json.put("order_items", r.orderItems());
        }
        if (r.loans() > 0 || r.repayments() > 0) {
            json.put("loans", r.loans());
            json.put("repayments", r.repayments());
        }
        json.put("refused", r.refused());
        json.put("dry_run", r.dryRun());
        cmd.result(json);
    }

    /** Progress on the error stream, one line per whole ten per cent. */
    private final class ConsoleProgress implements Progress {
        private int lastTenth = -1;

        @Override
        public void update(String step, double fraction) {
            int tenth = (int) Math.floor(fraction * 10);
            // the steps after the accept mark are always shown: the import is being completed
            if (tenth > lastTenth || step.startsWith(ImportService.ACCEPTED)) {
                lastTenth = Math.max(lastTenth, tenth);
                cmd.spec.commandLine().getErr().println(step);
                cmd.spec.commandLine().getErr().flush();
            }
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }
}
