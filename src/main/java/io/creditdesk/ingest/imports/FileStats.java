package io.creditdesk.ingest.imports;

/** Rows read and rejected in one input file. */
public record FileStats(String file, long rows, long rejected) {
    public double rejectedShare() {
        return rows == 0 ? 0 : (double) rejected / rows;
    }
}
