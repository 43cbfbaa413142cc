package io.creditdesk.ingest.imports;

import java.nio.file.Path;

/** What to import: canonical files, or an Olist folder. Exactly one of the two is set. */
public record ImportSource(CanonicalFiles canonical, Path olistDir) {
    public ImportSource {
        if ((canonical == null) == (olistDir == null)) {
            throw new IllegalArgumentException("give canonical files or an Olist folder");
        }
    }

    public static ImportSource canonical(CanonicalFiles files) {
        return new ImportSource(files, null);
    }

    public static ImportSource olist(Path dir) {
        return new ImportSource(null, dir);
    }

    public String format() {
        return canonical != null ? "canonical" : "olist";
    }
}
