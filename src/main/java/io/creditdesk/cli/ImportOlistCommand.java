package io.creditdesk.cli;

import java.nio.file.Path;

import io.creditdesk.ingest.imports.ImportSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code creditdesk import olist DIR}: the Olist public data set (DATA.md §2). */
@Command(name = "olist", description = {"Import an Olist export folder: orders, order_items and sellers (required);",
    "customers, products, the category translation and reviews when present.",
    "Short names (orders.csv) and the public data set's names (olist_orders_dataset.csv) both work."})
public final class ImportOlistCommand extends BaseCommand {
    @Parameters(index = "0", paramLabel = "DIR", description = "The folder with the Olist CSV files")
    Path dir;

    @Mixin
    ImportRunOptions run;

    @Override
    protected int execute() {
        return new ImportPrinter(this).importAndPrint(ImportSource.olist(dir), run);
    }
}
