package io.creditdesk.ingest.imports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The rejects file: CSV with {@code file,line,column,reason,original_line}, one row per rejected row. */
public final class RejectsFile {
    private RejectsFile() {
    }

    /** Writes {@code rows} to {@code file} (the Data screen's export). */
    public static void write(Path file, List<RejectedRow> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("file,line,column,reason,original_line\n");
            for (RejectedRow r : rows) {
                write(w, r);
            }
        }
    }

    static void write(Writer w, RejectedRow r) throws IOException {
        w.write(quote(r.file()));
        w.write(',');
        w.write(Long.toString(r.line()));
        w.write(',');
        w.write(quote(r.column()));
        w.write(',');
        w.write(quote(r.reason()));
        w.write(',');
        w.write(quote(r.original()));
        w.write('\n');
    }

    static String quote(String s) {
        if (s == null) {
            return "";
        }
        boolean needs = false;
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
