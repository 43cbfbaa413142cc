package io.creditdesk.ingest.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files of a canonical import (DATA.md §1); any may be null, at least one is given. */
public record CanonicalFiles(Path sellers, Path orders, Path loans, Path repayments) {
    public CanonicalFiles {
        if (sellers == null && orders == null && loans == null && repayments == null) {
            throw new IllegalArgumentException("no file to import: give at least one of sellers, orders, loans, repayments");
        }
    }

    /** The given files in import order: sellers, orders, loans, repayments. */
    public List<Path> all() {
        List<Path> all = new ArrayList<>();
        for (Path p : new Path[] {sellers, orders, loans, repayments}) {
            if (p != null) {
                all.add(p);
            }
        }
        return all;
    }
}
