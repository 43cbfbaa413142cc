package io.creditdesk.ingest.imports;

import java.util.List;

/**
 * What the Data screen shows before an import: the detected format, the files it will read (by
 * role), and the first rows of the main file.
 */
public record ImportPreview(ImportSource source, String description, String previewFile, List<String> columns,
        List<List<String>> rows) {
}
