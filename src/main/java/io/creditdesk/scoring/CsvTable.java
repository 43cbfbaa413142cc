package io.creditdesk.scoring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads any labelled CSV (header row, comma, RFC 4180 quotes) into {@link LabelledData}. A column is
 * numeric when every non-missing value parses as a number, else categorical (overridable). Empty,
 * NA, N/A, NaN, null and ? are missing. Errors name the file, the line and the field.
 */
public final class CsvTable {
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "null", "?", "none");

    private CsvTable() {
    }

    /** What to read: the target column and its bad value, excluded columns, forced types. */
    public record Options(String target, String badValue, Set<String> exclude, Set<String> categorical,
                          Set<String> numeric) {
    }

    public static LabelledData read(Reader in, String source, Options opt) {
        List<String[]> rows = new ArrayList<>();
        List<Integer> lineNo = new ArrayList<>();
        String[] header;
        try (BufferedReader r = new BufferedReader(in, 1 << 16)) {
            int[] line = {0};
            header = record(r, line, source);
            if (header == null) {
                throw new CsvFormatException(source + ": the file is empty (a header row is needed)");
            }
            if (header.length > 0 && !header[0].isEmpty() && header[0].charAt(0) == '\uFEFF') {
                header[0] = header[0].substring(1);
            }
            while (true) {
                int start = line[0] + 1;
                String[] rec = record(r, line, source);
                if (rec == null) {
                    break;
                }
                if (rec.length == 1 && rec[0].isEmpty()) {
                    continue;
                }
                if (rec.length != header.length) {
                    throw new CsvFormatException(source + ":" + start + ": expected " + header.length + " fields as in the"
                            + " header, found " + rec.length + (header.length == 1 ? " (is the delimiter a comma?)" : ""));
                }
                rows.add(rec);
                lineNo.add(start);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
        }
        Map<String, Integer> col = new HashMap<>();
        for (int j = 0; j < header.length; j++) {
            String h = header[j].trim();
            header[j] = h;
            if (h.isEmpty()) {
                throw new CsvFormatException(source + ":1: column " + (j + 1) + " has no name in the header");
            }
            if (col.put(h, j) != null) {
                throw new CsvFormatException(source + ":1: column name " + h + " appears twice in the header");
            }
        }
        Integer t = col.get(opt.target());
        if (t == null) {
            throw new CsvFormatException(source + ":1: no target column " + opt.target() + " (columns: "
                    + String.join(", ", header) + ")");
        }
        for (Set<String> s : List.of(opt.exclude(), opt.categorical(), opt.numeric())) {
            for (String c : s) {
                if (!col.containsKey(c)) {
                    throw new CsvFormatException(source + ":1: no column " + c + " (columns: " + String.join(", ", header) + ")");
                }
            }
        }
        if (rows.isEmpty()) {
            throw new CsvFormatException(source + ": no data rows after the header");
        }
        int n = rows.size();
        boolean[] bad = new boolean[n];
        long bads = 0;
        for (int i = 0; i < n; i++) {
            String v = rows.get(i)[t].trim();
            if (isMissing(v)) {
                throw new CsvFormatException(source + ":" + lineNo.get(i) + ": " + opt.target()
                        + ": the target is empty; every row needs an outcome");
            }
            bad[i] = v.equals(opt.badValue());
            if (bad[i]) {
                bads++;
            }
        }
        if (bads == 0) {
            throw new CsvFormatException(source + ": no row has " + opt.target() + " = " + opt.badValue()
                    + " (the bad value); check --bad");
        }
        List<String> names = new ArrayList<>();
        List<VariableType> types = new ArrayList<>();
        List<Object> cols = new ArrayList<>();
        for (int j = 0; j < header.length; j++) {
            if (j == t || opt.exclude().contains(header[j])) {
                continue;
            }
            boolean forcedCat = opt.categorical().contains(header[j]);
            boolean forcedNum = opt.numeric().contains(header[j]);
            double[] d = forcedCat ? null : new double[n];
            boolean numeric = !forcedCat;
            for (int i = 0; i < n && numeric; i++) {
                String v = rows.get(i)[j].trim();
                if (isMissing(v)) {
                    d[i] = Double.NaN;
                    continue;
                }
                try {
                    d[i] = Double.parseDouble(v);
                    if (Double.isInfinite(d[i])) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    if (forcedNum) {
                        throw new CsvFormatException(source + ":" + lineNo.get(i) + ": " + header[j] + ": '" + v
                                + "' is not a number (the column was declared numeric)");
                    }
                    numeric = false;
                }
            }
            names.add(header[j]);
            if (numeric) {
                types.add(VariableType.NUMERIC);
                cols.add(d);
            } else {
                String[] s = new String[n];
                for (int i = 0; i < n; i++) {
                    String v = rows.get(i)[j].trim();
                    s[i] = isMissing(v) ? null : v;
                }
                types.add(VariableType.CATEGORICAL);
                cols.add(s);
            }
        }
        return LabelledData.ofColumns(names, types, cols, bad);
    }

    static boolean isMissing(String v) {
        return v.length() <= 4 && MISSING.contains(v.toLowerCase(Locale.ROOT));
    }

    /** One record (may span lines inside quotes); null at end of input. */
    private static String[] record(BufferedReader r, int[] line, String source) throws IOException {
        String l = r.readLine();
        if (l == null) {
            return null;
        }
        line[0]++;
        int startLine = line[0];
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (true) {
            if (i >= l.length()) {
                if (quoted) {
                    String next = r.readLine();
                    if (next == null) {
                        throw new CsvFormatException(source + ":" + startLine + ": a quoted field is never closed");
                    }
                    line[0]++;
                    f.append('\n');
                    l = next;
                    i = 0;
                    continue;
                }
                out.add(f.toString());
                return out.toArray(new String[0]);
            }
            char c = l.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < l.length() && l.charAt(i + 1) == '"') {
                        f.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"' && f.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
            i++;
        }
    }
}
