package io.creditdesk.ingest.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.creditdesk.common.Progress;
import io.creditdesk.dataset.DatasetRepository;
import io.creditdesk.seller.MarketplaceKeys;
import io.creditdesk.seller.MarketplaceStore;
import io.creditdesk.seller.OrderLineStage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports marketplace files (DATA.md §1 canonical CSV, §2 Olist) in ONE transaction: rows stream
 * through a hand-written CSV reader into batched upserts (natural keys, so a repeat import changes
 * nothing; order lines are written by a second thread while this one reads and validates); bad
 * rows become rejects ({@code file:line: column: reason}); a file with more bad rows than allowed,
 * a dry run, a cancel or a file-level problem rolls everything back. At the end the seller-month
 * and seller-day aggregates of the touched sellers are recomputed.
 *
 * <p>Into an empty order_line (the first, large import) the order lines go instead to a staging
 * area outside the transaction (ADR 0012); the transaction ends with the durable accept mark, after
 * which the staged lines become order_line with keys built by sorting and the aggregates are
 * computed in one pass. Before the mark, refusal, dry run, cancel or failure drop the staging area
 * and the database is unchanged; after it the import can no longer be cancelled and is completed,
 * after a crash when the database is next opened.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);
    private static final int PREVIEW_ROWS = 10;
    /** How the progress steps after the accept mark begin (the import can then no longer be cancelled). */
    public static final String ACCEPTED = "Import accepted";
    private final MarketplaceStore store;
    private final MarketplaceKeys keys;
    private final DatasetRepository datasets;

    public ImportService(MarketplaceStore store, MarketplaceKeys keys, DatasetRepository datasets) {
        this.store = store;
        this.keys = keys;
        this.datasets = datasets;
    }

    public ImportReport importCanonical(CanonicalFiles files, ImportOptions options, Progress progress) {
        return run(ImportSource.canonical(files), options, progress);
    }

    public ImportReport importOlist(Path dir, ImportOptions options, Progress progress) {
        return run(ImportSource.olist(dir), options, progress);
    }

    /**
     * Runs one import. Returns the report (also when refused or a dry run); throws
     * {@link ImportFileException} for a file-level problem and {@link io.creditdesk.common.CancelledException}
     * when cancelled — in all three cases the database is unchanged.
     */
    public ImportReport run(ImportSource source, ImportOptions options, Progress progress) {
        long t0 = System.nanoTime();
        List<Path> inputs;
        OlistFiles olist = null;
        Path defaultRejects;
        if (source.canonical() != null) {
            inputs = source.canonical().all();
            defaultRejects = inputs.get(0).toAbsolutePath().resolveSibling("import-rejects.csv");
        } else {
            olist = OlistFiles.in(source.olistDir());
            inputs = olist.all();
            Path dir = source.olistDir().toAbsolutePath().normalize();
            defaultRejects = dir.resolveSibling(dir.getFileName() + ".rejects.csv");
        }
        long totalBytes = 0;
        for (Path p : inputs) {
            try {
                totalBytes += Files.size(p);
            } catch (IOException e) {
                // unreadable files are reported when they are opened
            }
        }
        LOG.info("Import {} of {} ({} bytes), options {}", source.format(), inputs, totalBytes, options);
        progress.update("Reading the database's keys", 0);
        Set<String> knownSellers = keys.sellerIds();
        Set<String> knownLoans = source.canonical() != null && (source.canonical().repayments() != null)
                ? keys.loanIds() : new HashSet<>();
        String salt = keys.buyerSalt();
        Path rejects = options.rejectsFile() != null ? options.rejectsFile() : defaultRejects;
        long bytes = Math.max(1, totalBytes);
        ImportRun[] holder = new ImportRun[1];
        String refusal = null;
        OlistFiles olistFiles = olist;
        OrderLineStage stage = store.stageOrderLines().orElse(null);
        boolean accepted = false;
        try {
            store.write(w -> {
                ImportRun run = new ImportRun(w, stage == null ? w : new StagedLines(stage), options, progress,
                        knownSellers, salt, rejects, bytes);
                holder[0] = run;
                try {
                    if (olistFiles != null) {
                        new OlistImport(run).importAll(olistFiles);
                    } else {
                        new CanonicalImport(run, knownLoans).importAll(source.canonical());
                    }
                    run.syncWrites();
                } finally {
                    // the writer thread is done with the connection before the transaction ends
                    run.stopWrites();
                }
                if (options.dryRun()) {
                    throw new DryRun();
                }
                if (stage != null) {
                    progress.checkCancelled();
                    w.acceptStage(stage, run.lastDay);
                    return null;
                }
                progress.update(String.format("Refreshing the aggregates of %,d sellers", run.touchedSellers.size()),
                        0.92);
                w.refreshAggregates(run.touchedSellers);
                progress.checkCancelled();
                progress.update("Committing", 0.99);
                return null;
            });
            accepted = stage != null;
        } catch (ImportRun.Refused e) {
            refusal = e.getMessage();
        } catch (DryRun e) {
            // validated and rolled back, as asked
        } finally {
            if (holder[0] != null) {
                holder[0].closeRejects();
            }
            if (stage != null && !accepted) {
                stage.discard();
            }
        }
        if (accepted) {
            stage.complete(progress);
        }
        ImportRun run = holder[0];
        ImportReport report = run.report(source.format(), refusal, (System.nanoTime() - t0) / 1e9);
        if (report.committed() && run.lastDay != null) {
            if (datasets.asOf().map(d -> d.isBefore(run.lastDay)).orElse(true)) {
                datasets.setAsOf(run.lastDay);
            }
        }
        progress.update(report.refused() ? "Import refused" : "Import finished", 1);
        LOG.info("Import {}: {} order lines, {} sellers, {} rejected, refused: {}", source.format(),
                report.orderLines(), report.sellers(), report.rejected(), refusal);
        return report;
    }

    /** Thrown inside the transaction of a dry run, so that it rolls back. */
    private static final class DryRun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        DryRun() {
            super("dry run", null, false, false);
        }
    }

    /**
     * Detects what {@code paths} are: one folder (Olist, or canonical files named sellers.csv,
     * orders.csv, loans.csv, repayments.csv) or canonical files recognised by their header. Gives the
     * first rows of the main file.
     */
    public ImportPreview preview(List<Path> paths) {
        if (paths.isEmpty()) {
            throw new ImportFileException("Choose a file or a folder to import.");
        }
        ImportSource source;
        String description;
        Path main;
        if (paths.size() == 1 && Files.isDirectory(paths.get(0))) {
            Path dir = paths.get(0);
            if (OlistFiles.looksLikeOlist(dir)) {
                OlistFiles f = OlistFiles.in(dir);
                source = ImportSource.olist(dir);
                main = f.items();
                description = "Olist export: " + names(f.all());
            } else {
                List<Path> files = new ArrayList<>();
                try (var s = Files.list(dir)) {
                    s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new ImportFileException("The folder " + dir + " cannot be read: " + e.getMessage() + ".");
                }
                if (files.isEmpty()) {
                    throw new ImportFileException("The folder " + dir + " holds no CSV files.");
                }
                return preview(files);
            }
        } else {
            Path sellers = null;
            Path orders = null;
            Path loans = null;
            Path repayments = null;
            for (Path p : paths) {
                switch (kind(p)) {
                    case "sellers" -> sellers = p;
                    case "orders" -> orders = p;
                    case "loans" -> loans = p;
                    case "repayments" -> repayments = p;
                    default -> throw new ImportFileException(p.getFileName() + " is not a canonical sellers, orders,"
                            + " loans or repayments file (its header has none of their key columns).");
                }
            }
            CanonicalFiles files = new CanonicalFiles(sellers, orders, loans, repayments);
            source = ImportSource.canonical(files);
            main = orders != null ? orders : files.all().get(0);
            description = "Canonical CSV: " + names(files.all());
        }
        List<String> columns = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader r = new CsvReader(main, main.getFileName().toString())) {
            if (r.next()) {
                for (int i = 0; i < r.size(); i++) {
                    columns.add(r.field(i));
                }
            }
            while (rows.size() < PREVIEW_ROWS && r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 0; i < r.size(); i++) {
                    row.add(r.field(i));
                }
                rows.add(row);
            }
        }
        return new ImportPreview(source, description, main.getFileName().toString(), columns, rows);
    }

    private static String names(List<Path> files) {
        List<String> names = new ArrayList<>();
        for (Path p : files) {
            names.add(p.getFileName().toString());
        }
        return String.join(", ", names);
    }

    /** The canonical kind of a file by its header: sellers, orders, loans, repayments or unknown. */
    static String kind(Path file) {
        try (CsvReader r = new CsvReader(file, file.getFileName().toString())) {
            if (!r.next()) {
                throw new ImportFileException(file.getFileName() + " is empty: a CSV file with a header row is expected.");
            }
            Set<String> cols = new HashSet<>();
            for (int i = 0; i < r.size(); i++) {
                cols.add(r.field(i).strip().toLowerCase(Locale.ROOT));
            }
            if (cols.contains("order_id") && cols.contains("seller_id")) {
                return "orders";
            }
            if (cols.contains("loan_id") && cols.contains("due_on")) {
                return "repayments";
            }
            if (cols.contains("loan_id")) {
                return "loans";
            }
            if (cols.contains("seller_id")) {
                return "sellers";
            }
            return "unknown";
        }
    }
}
