package io.creditdesk.cli;

import java.math.BigDecimal;
import java.nio.file.Path;

import io.creditdesk.ingest.imports.ImportOptions;

import picocli.CommandLine.Option;

/** Options both import commands share. */
final class ImportRunOptions {
    @Option(names = "--max-reject-share", paramLabel = "SHARE",
            description = "Refuse the whole import when a file has a larger share of bad rows (default: ${DEFAULT-VALUE})")
    BigDecimal maxRejectShare = ImportOptions.DEFAULT_MAX_REJECT_SHARE;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Where to write the rejected rows (default: import-rejects.csv beside the first file, DIR.rejects.csv beside an Olist folder)")
    Path rejects;

    @Option(names = "--dry-run", description = "Validate and report, change nothing")
    boolean dryRun;

    @Option(names = "--quiet", description = "Do not print progress")
    boolean quiet;

    ImportOptions toOptions() {
        return new ImportOptions(maxRejectShare, rejects, dryRun);
    }
}
