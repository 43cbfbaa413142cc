package io.creditdesk.ingest.imports;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did (or, refused or dry-run, would have done). {@code rejects} holds the first
 * {@value ImportRun#REJECTS_KEPT} rejected rows; all of them are in {@code rejectsFile}.
 *
 * @param format "canonical" or "olist"
 * @param sellers seller rows imported
 * @param sellersWithOrders distinct sellers with at least one imported order line
 * @param orderLines order lines imported (one per order and seller)
 * @param orders distinct orders among the imported order lines
 * @param orderItems Olist order items read (0 for the canonical format)
 * @param unattributedOrders orders that could not be given to a seller (Olist orders without items)
 * @param refusal why the import was refused, or null
 */
public record ImportReport(
        String format,
        boolean dryRun,
        String refusal,
        long sellers,
        long sellersWithOrders,
        long orderLines,
        long orders,
        long orderItems,
        long loans,
        long repayments,
        long rejected,
        List<RejectedRow> rejects,
        List<String> unattributedOrders,
        List<String> warnings,
        List<FileStats> files,
        Path rejectsFile,
        double seconds) {

    public boolean refused() {
        return refusal != null;
    }

    /** True when the database now holds the imported rows. */
    public boolean committed() {
        return !dryRun && refusal == null;
    }

    public long rows() {
        return files.stream().mapToLong(FileStats::rows).sum();
    }
}
