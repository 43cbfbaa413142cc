package io.creditdesk.ingest.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header row of a CSV file: where each known column is; checks required columns and the delimiter. */
final class Header {
    private final Map<String, Integer> index = new HashMap<>();
    private final int size;
    private final List<String> extra = new ArrayList<>();

    private Header(List<String> names, List<String> known) {
        this.size = names.size();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (known.contains(n)) {
                index.putIfAbsent(n, i);
            } else if (!n.isEmpty()) {
                extra.add(n);
            }
        }
    }

    /**
     * Reads the header of {@code r}; a missing file header, a different delimiter or a missing
     * required column is an {@link ImportFileException}.
     */
    static Header read(CsvReader r, List<String> required, List<String> optional) {
        if (!r.next()) {
            throw new ImportFileException(r.name() + " is empty: a CSV file with a header row is expected.");
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            names.add(r.field(i).strip().toLowerCase(Locale.ROOT));
        }
        String raw = r.raw();
        if (names.size() == 1 && required.size() + optional.size() > 1) {
            for (char d : new char[] {';', '\t', '|'}) {
                if (raw.indexOf(d) >= 0) {
                    throw new ImportFileException(r.name() + " uses " + describe(d)
                            + " between columns; Creditdesk expects commas (save it as comma-separated CSV).");
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (String c : required) {
            if (!names.contains(c)) {
                missing.add(c);
            }
        }
        if (!missing.isEmpty()) {
            String found = raw.length() > 120 ? raw.substring(0, 120) + "…" : raw;
            throw new ImportFileException(r.name() + " has no column " + String.join(", ", missing)
                    + " in its header row (line 1 reads: " + found + "); required: " + String.join(", ", required) + ".");
        }
        List<String> known = new ArrayList<>(required);
        known.addAll(optional);
        return new Header(names, known);
    }

    private static String describe(char d) {
        return switch (d) {
            case ';' -> "semicolons";
            case '\t' -> "tabs";
            default -> "'" + d + "'";
        };
    }

    /** Column position, or -1 when the file has no such (optional) column. */
    int at(String column) {
        return index.getOrDefault(column, -1);
    }

    int size() {
        return size;
    }

    List<String> extraColumns() {
        return extra;
    }
}
