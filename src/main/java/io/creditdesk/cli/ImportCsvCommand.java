package io.creditdesk.cli;

import java.nio.file.Path;

import io.creditdesk.ingest.imports.CanonicalFiles;
import io.creditdesk.ingest.imports.ImportSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code creditdesk import csv}: the canonical CSV format of DATA.md §1. */
@Command(name = "csv", description = {"Import canonical CSV files (UTF-8, comma, header row; see 'Bring your own data').",
    "Sellers first, then orders, loans, repayments; all or nothing."})
public final class ImportCsvCommand extends BaseCommand {
    @Option(names = "--sellers", paramLabel = "FILE", description = "seller_id, name, category, region, city, joined_on")
    Path sellers;

    @Option(names = "--orders", paramLabel = "FILE",
            description = "order_id, seller_id, placed_at, amount, currency, status, buyer_id, review_score, shipped_late")
    Path orders;

    @Option(names = "--loans", paramLabel = "FILE",
            description = "loan_id, seller_id, product, disbursed_on, principal, price, term_months")
    Path loans;

    @Option(names = "--repayments", paramLabel = "FILE", description = "loan_id, due_on, amount_due, paid_on, amount_paid")
    Path repayments;

    @Mixin
    ImportRunOptions run;

    @Override
    protected int execute() {
        if (sellers == null && orders == null && loans == null && repayments == null) {
            throw new ParameterException(spec.commandLine(),
                    "Give at least one of --sellers, --orders, --loans, --repayments");
        }
        return new ImportPrinter(this).importAndPrint(
                ImportSource.canonical(new CanonicalFiles(sellers, orders, loans, repayments)), run);
    }
}
