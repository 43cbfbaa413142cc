package io.creditdesk.ingest.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.creditdesk.common.Progress;
import io.creditdesk.seller.MarketplaceWriter;
import io.creditdesk.seller.OrderLine;
import io.creditdesk.seller.OrderLineSink;

/**
 * The state of one import while it runs inside its transaction: counters, keys seen, sellers
 * touched, rejects (the first {@value #REJECTS_KEPT} kept for the report, all written to the
 * rejects file), progress and the reject-share check per file.
 */
final class ImportRun {
    static final int REJECTS_KEPT = 10_000;
    private static final int TICK = 4096;

    final MarketplaceWriter writer;
    /** Where order lines go: {@link #writer} (upserts in the transaction) or a staging area. */
    private final OrderLineSink lineTarget;
    final ImportOptions options;
    final Progress progress;
    final Set<String> knownSellers;
    final Set<String> touchedSellers = new HashSet<>();
    final LongHashSet orderIds = new LongHashSet();
    final BuyerHasher buyers;
    final List<RejectedRow> rejects = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    final List<FileStats> files = new ArrayList<>();
    final List<String> unattributed = new ArrayList<>();
    /** Order lines go to the writer on a thread of their own (created with the first line). */
    private BackgroundWriter lines;
    private final Path rejectsPath;
    private BufferedWriter rejectsOut;
    private final long totalBytes;
    private long finishedBytes;

    long sellers;
    long orderLines;
    long orderItems;
    long loans;
    long repayments;
    long rejected;
    LocalDate lastDay;

    ImportRun(MarketplaceWriter writer, OrderLineSink lineTarget, ImportOptions options, Progress progress,
            Set<String> knownSellers, String salt, Path rejectsPath, long totalBytes) {
        this.writer = writer;
        this.lineTarget = lineTarget;
        this.options = options;
        this.progress = progress;
        this.knownSellers = knownSellers;
        this.buyers = new BuyerHasher(salt);
        this.rejectsPath = rejectsPath;
        this.totalBytes = Math.max(1, totalBytes);
    }

    /** Reads every row of one file through {@code handler}; bad rows become rejects; checks the reject share at the end. */
    void readFile(Path file, List<String> required, List<String> optional, RowHandler handler) {
        String name = file.getFileName().toString();
        try (CsvReader r = new CsvReader(file, name)) {
            Header h = Header.read(r, required, optional);
            if (!h.extraColumns().isEmpty()) {
                warnings.add(name + ": ignored column" + (h.extraColumns().size() > 1 ? "s " : " ")
                        + String.join(", ", h.extraColumns()));
            }
            handler.start(h);
            long rows = 0;
            long bad = 0;
            progress.update("Reading " + name, fraction(r));
            while (r.next()) {
                rows++;
                try {
                    if (r.problem() != null) {
                        throw new BadValue("row", r.problem());
                    }
                    if (r.size() != h.size()) {
                        throw new BadValue("row", "has " + r.size() + " field" + (r.size() == 1 ? "" : "s")
                                + ", the header has " + h.size());
                    }
                    handler.row(r);
                } catch (BadValue e) {
                    bad++;
                    reject(r, e);
                }
                if (rows % TICK == 0) {
                    progress.checkCancelled();
                    progress.update(String.format("Reading %s: %,d rows", name, rows), fraction(r));
                }
            }
            syncWrites();
            finishedBytes += r.bytesRead();
            FileStats stats = new FileStats(name, rows, bad);
            files.add(stats);
            progress.checkCancelled();
            checkShare(stats);
        }
    }

    private double fraction(CsvReader r) {
        return 0.9 * (finishedBytes + r.bytesRead()) / totalBytes;
    }

    private void checkShare(FileStats s) {
        BigDecimal allowed = options.maxRejectShare().multiply(BigDecimal.valueOf(s.rows()));
        if (BigDecimal.valueOf(s.rejected()).compareTo(allowed) > 0) {
            throw new Refused(String.format("%s: %,d of %,d rows (%.1f%%) are bad, more than the %s%% allowed"
                    + " (--max-reject-share %s); nothing was imported.", s.file(), s.rejected(), s.rows(),
                    100.0 * s.rejectedShare(), options.maxRejectShare().movePointRight(2).stripTrailingZeros()
                            .toPlainString(), options.maxRejectShare().stripTrailingZeros().toPlainString()));
        }
    }

    void reject(CsvReader r, BadValue e) {
        reject(new RejectedRow(r.name(), r.line(), e.column(), e.reason(), r.raw()));
    }

    void reject(RejectedRow row) {
        rejected++;
        if (rejects.size() < REJECTS_KEPT) {
            rejects.add(row);
        }
        try {
            if (rejectsOut == null) {
                if (rejectsPath.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(rejectsPath.toAbsolutePath().getParent());
                }
                rejectsOut = Files.newBufferedWriter(rejectsPath, StandardCharsets.UTF_8);
                rejectsOut.write("file,line,column,reason,original_line\n");
            }
            RejectsFile.write(rejectsOut, row);
        } catch (IOException ex) {
            throw new ImportFileException("The rejects file " + rejectsPath + " cannot be written: " + ex.getMessage()
                    + ".");
        }
    }

    Path rejectsFile() {
        return rejectsOut == null ? null : rejectsPath;
    }

    void closeRejects() {
        if (rejectsOut != null) {
            try {
                rejectsOut.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A validated order line: upserted or staged by the background writer. */
    void orderLine(OrderLine line) {
        if (lines == null) {
            lines = new BackgroundWriter(lineTarget);
        }
        lines.add(line);
    }

    /** Waits until every order line handed over is written (the writer may then be used from this thread). */
    void syncWrites() {
        if (lines != null) {
            lines.flush();
        }
    }

    /** Stops the background writer; called before the transaction commits or rolls back. */
    void stopWrites() {
        if (lines != null) {
            lines.close();
        }
    }

    void sawOrder(LocalDateTime placedAt) {
        LocalDate d = placedAt.toLocalDate();
        if (lastDay == null || d.isAfter(lastDay)) {
            lastDay = d;
        }
    }

    ImportReport report(String format, String refusal, double seconds) {
        return new ImportReport(format, options.dryRun(), refusal, sellers, touchedSellers.size(), orderLines,
                orderIds.size(), orderItems, loans, repayments, rejected, List.copyOf(rejects), List.copyOf(unattributed),
                List.copyOf(warnings), List.copyOf(files), rejectsFile(), seconds);
    }

    /** Parses the rows of one kind of file. */
    interface RowHandler {
        void start(Header h);

        void row(CsvReader r);
    }

    /** Too many bad rows: the transaction rolls back. */
    static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }
}
