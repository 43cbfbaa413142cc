package io.creditdesk.ingest.imports;

import static io.creditdesk.ingest.imports.ImportFixture.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.creditdesk.common.Progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Valid rows with random fields corrupted (fixed seed): whatever the damage, the import never throws
 * anything but a file-level {@link ImportFileException}, and imported + rejected = rows read.
 */
class ImportFuzzTest {
    static final int FILES = 16;
    static final int ROWS = 250;
    static final String[] GARBAGE = {"", " ", "-1", "-0.01", "1.001", "1e9", "NaN", "abc", "\"", "\"\"", "\"x\"y", ",",
        "a,b", "2026-13-01T00:00:00", "2026-02-29T10:00:00", "0000-01-01T00:00:00", "99999-01-01T00:00:00",
        "2026-03-01", "10:00:00", "true", "maybe", "0", "6", "COMPLETED", "shipped", "CNY", "cny", "XXX", "中文",
        "é", "\t", "null", "NULL", "s1", "s999", "x".repeat(300), "1".repeat(20), "+5", ".", "5.", ".5", "\\"};

    @TempDir
    Path dir;

    /** A fresh database; the first import into it takes the bulk path ({@code …OnTheMergePathTest} overrides this). */
    ImportFixture fixture() {
        return new ImportFixture(true);
    }

    static String validRow(Random rnd, int i) {
        return String.join(",", "f" + i, "s" + (1 + rnd.nextInt(2)),
                String.format("2026-%02d-%02dT%02d:%02d:00", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28), rnd.nextInt(24),
                        rnd.nextInt(60)),
                rnd.nextInt(100_000) + "." + String.format("%02d", rnd.nextInt(100)), rnd.nextBoolean() ? "CNY" : "",
                List.of("COMPLETED", "CANCELLED", "REFUNDED", "DISPUTED", "OPEN").get(rnd.nextInt(5)), "b" + rnd.nextInt(50),
                rnd.nextBoolean() ? "" : String.valueOf(1 + rnd.nextInt(5)), rnd.nextBoolean() ? "" : "true");
    }

    /** Replaces, deletes, duplicates or mangles one field; {@code structural} also breaks quoting and lines. */
    static String corrupt(Random rnd, String row, boolean structural) {
        List<String> fields = new ArrayList<>(List.of(row.split(",", -1)));
        int k = rnd.nextInt(fields.size());
        int op = rnd.nextInt(structural ? 8 : 5);
        switch (op) {
            case 0 -> {
                String g = GARBAGE[rnd.nextInt(GARBAGE.length)];
                fields.set(k, structural || !g.startsWith("\"") ? g : "q" + g);
            }
            case 1 -> fields.set(k, fields.get(k).isEmpty() ? "" : fields.get(k).substring(1));
            case 2 -> fields.set(k, fields.get(rnd.nextInt(fields.size())));
            case 3 -> fields.set(k, fields.get(k) + (char) (' ' + rnd.nextInt(95)));
            case 4 -> fields.remove(k);
            case 5 -> fields.set(k, "\"" + fields.get(k));
            case 6 -> fields.set(k, "\"" + fields.get(k) + "\n" + GARBAGE[rnd.nextInt(GARBAGE.length)] + "\"");
            default -> fields.set(k, fields.get(k) + "\r\n" + fields.get(k));
        }
        if (!structural) {
            // a field that starts with a quote opens a quoted field spanning lines: structural damage
            fields.replaceAll(v -> v.startsWith("\"") ? "q" + v : v);
        }
        return String.join(",", fields);
    }

    @Test
    void corruptedFieldsAreEitherImportedOrRejectedNeverLost() {
        Random rnd = new Random(20261129L);
        long cases = 0;
        try (ImportFixture f = fixture()) {
            write(dir.resolve("sellers.csv"), "seller_id,name\ns1,One\ns2,Two\n");
            f.imports.importCanonical(new CanonicalFiles(dir.resolve("sellers.csv"), null, null, null),
                    ImportOptions.defaults(), Progress.NONE);
            for (int file = 0; file < FILES; file++) {
                boolean structural = file % 4 == 3;
                StringBuilder text = new StringBuilder(BadInputTest.HEADER);
                for (int i = 0; i < ROWS; i++) {
                    String row = validRow(rnd, file * ROWS + i);
                    if (rnd.nextInt(3) > 0) {
                        row = corrupt(rnd, row, structural);
                        cases++;
                    }
                    text.append(row).append('\n');
                }
                Path orders = write(dir.resolve("fuzz-" + file + ".csv"), text.toString());
                long before = f.count("SELECT COUNT(*) FROM order_line");
                ImportReport r;
                try {
                    r = f.imports.importCanonical(new CanonicalFiles(null, orders, null, null),
                            new ImportOptions(BigDecimal.ONE, dir.resolve("rejects-" + file + ".csv"), false),
                            Progress.NONE);
                } catch (ImportFileException e) {
                    assertThat(structural).as("only broken quoting can make a file unreadable: " + e.getMessage())
                            .isTrue();
                    continue;
                }
                assertThat(r.orderLines() + r.rejected()).as("file " + file).isEqualTo(r.rows());
                if (!structural) {
                    assertThat(r.rows()).as("file " + file).isEqualTo(ROWS);
                }
                assertThat(r.rejected()).isEqualTo(r.rejects().size());
                // a corrupted order id can repeat another row's key: the upsert keeps one line
                assertThat(f.count("SELECT COUNT(*) FROM order_line")).isBetween(before, before + r.orderLines());
                assertThat(r.rejects()).allSatisfy(rej -> assertThat(rej.message()).matches("fuzz-\\d+\\.csv:\\d+: [a-z_]+: .+"));
            }
        }
        assertThat(cases).isGreaterThan(2_500);
    }
}
