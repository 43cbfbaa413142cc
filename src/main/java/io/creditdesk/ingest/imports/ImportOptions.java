package io.creditdesk.ingest.imports;

import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * How to import: the largest share of bad rows a file may have before the whole import is refused
 * (0.01 = 1%), where to write the rejects (null: beside the first input), and whether to change
 * nothing (validate and report only).
 */
public record ImportOptions(BigDecimal maxRejectShare, Path rejectsFile, boolean dryRun) {
    public static final BigDecimal DEFAULT_MAX_REJECT_SHARE = new BigDecimal("0.01");

    public ImportOptions {
        if (maxRejectShare == null || maxRejectShare.signum() < 0 || maxRejectShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("the largest reject share must be between 0 and 1, not " + maxRejectShare);
        }
    }

    public static ImportOptions defaults() {
        return new ImportOptions(DEFAULT_MAX_REJECT_SHARE, null, false);
    }
}
