package io.creditdesk.ingest.imports;

import static io.creditdesk.ingest.imports.ImportFixture.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.stream.Stream;

import io.creditdesk.common.Progress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every class of bad input: its specific message, and the database unchanged when the import is refused. */
class BadInputTest {
    static final String HEADER = "order_id,seller_id,placed_at,amount,currency,status,buyer_id,review_score,shipped_late\n";
    static final String GOOD = "o1,s1,2026-03-01T10:00:00,100.50,CNY,COMPLETED,b1,5,false\n";

    @TempDir
    Path dir;

    /** A fresh database; the first import into it takes the bulk path ({@code …OnTheMergePathTest} overrides this). */
    ImportFixture fixture() {
        return new ImportFixture(true);
    }

    /** A database holding sellers s1, s2 and order o0; returns it with its checksum taken. */
    ImportFixture seeded() {
        ImportFixture f = fixture();
        f.imports.importCanonical(new CanonicalFiles(write(dir.resolve("seed-sellers.csv"), ImportServiceTest.SELLERS),
                write(dir.resolve("seed-orders.csv"), HEADER + "o0,s2,2026-02-01T10:00:00,5,CNY,COMPLETED,b9,,\n"),
                null, null), ImportOptions.defaults(), Progress.NONE);
        return f;
    }

    static Stream<Arguments> fileProblems() {
        return Stream.of(
                Arguments.of("missing header column", (Function<Path, Path>) d -> write(d.resolve("orders.csv"),
                        "order_id,seller_id,placed_at,currency,status\no1,s1,2026-03-01T10:00:00,CNY,OPEN\n"),
                        "orders.csv has no column amount in its header row (line 1 reads: order_id,seller_id,placed_at,"
                                + "currency,status); required: order_id, seller_id, placed_at, amount, status."),
                Arguments.of("semicolons", (Function<Path, Path>) d -> write(d.resolve("orders.csv"),
                        HEADER.replace(',', ';') + GOOD.replace(',', ';')),
                        "orders.csv uses semicolons between columns; Creditdesk expects commas (save it as comma-separated CSV)."),
                Arguments.of("tabs", (Function<Path, Path>) d -> write(d.resolve("orders.csv"),
                        HEADER.replace(',', '\t') + GOOD.replace(',', '\t')),
                        "orders.csv uses tabs between columns; Creditdesk expects commas (save it as comma-separated CSV)."),
                Arguments.of("not UTF-8", (Function<Path, Path>) d -> write(d.resolve("orders.csv"),
                        (HEADER + GOOD + "o2,s1,2026-03-01T10:00:00,1,CNY,OPEN,Jos\u00e9,,\n").getBytes(StandardCharsets.ISO_8859_1)),
                        "orders.csv is not UTF-8 text (line 3 has bytes that are not UTF-8, perhaps Latin-1 or GBK);"
                                + " save the file as UTF-8 and import it again."),
                Arguments.of("empty", (Function<Path, Path>) d -> write(d.resolve("orders.csv"), ""),
                        "orders.csv is empty: a CSV file with a header row is expected."),
                Arguments.of("only blank lines", (Function<Path, Path>) d -> write(d.resolve("orders.csv"), "\n\n\n"),
                        "orders.csv is empty: a CSV file with a header row is expected."),
                Arguments.of("not a CSV (a spreadsheet)", (Function<Path, Path>) d -> write(d.resolve("orders.csv"),
                        new byte[] {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0}),
                        "orders.csv is not a CSV file: it holds binary data (a spreadsheet, an archive or an image?)."
                                + " Save it as CSV (UTF-8, comma-separated)."),
                Arguments.of("unreadable (missing)", (Function<Path, Path>) d -> d.resolve("orders.csv"),
                        "orders.csv does not exist (%DIR%/orders.csv)."),
                Arguments.of("unreadable (a folder)", (Function<Path, Path>) d -> {
                    try {
                        return Files.createDirectories(d.resolve("orders.csv"));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                }, "orders.csv is a folder, not a CSV file."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fileProblems")
    void aFileLevelProblemIsOneSentenceAndChangesNothing(String what, Function<Path, Path> make, String message) {
        try (ImportFixture f = seeded()) {
            String before = f.checksum();
            Path orders = make.apply(dir);
            assertThatThrownBy(() -> f.imports.importCanonical(new CanonicalFiles(null, orders, null, null),
                    ImportOptions.defaults(), Progress.NONE))
                    .isInstanceOf(ImportFileException.class)
                    .hasMessage(message.replace("%DIR%", dir.toString()));
            assertThat(f.checksum()).isEqualTo(before);
        }
    }

    @Test
    void aFileLevelProblemInALaterFileRollsBackTheEarlierOnes() {
        try (ImportFixture f = seeded()) {
            String before = f.checksum();
            Path sellers = write(dir.resolve("sellers.csv"), "seller_id,name\ns7,New seller\n");
            Path orders = write(dir.resolve("orders.csv"), HEADER + GOOD + "o2,s1,2026-03-01T10:00:00,1,CNY,OPEN,b\u0000,,\n");
            assertThatThrownBy(() -> f.imports.importCanonical(new CanonicalFiles(sellers, orders, null, null),
                    ImportOptions.defaults(), Progress.NONE))
                    .isInstanceOf(ImportFileException.class)
                    .hasMessage("orders.csv is not a CSV file: it holds binary data (a spreadsheet, an archive or an image?)."
                            + " Save it as CSV (UTF-8, comma-separated).");
            assertThat(f.checksum()).isEqualTo(before);
        }
    }

    @Test
    void anOlistFolderWithoutItsFilesIsNamedClearly() throws Exception {
        try (ImportFixture f = seeded()) {
            Path olist = Files.createDirectories(dir.resolve("olist"));
            write(olist.resolve("orders.csv"), "order_id\n");
            assertThatThrownBy(() -> f.imports.importOlist(olist, ImportOptions.defaults(), Progress.NONE))
                    .isInstanceOf(ImportFileException.class)
                    .hasMessage("The folder " + olist + " is not an Olist export: it has no order_items.csv"
                            + " (or olist_order_items_dataset.csv), no sellers.csv (or olist_sellers_dataset.csv).");
        }
    }

    static Stream<Arguments> badRows() {
        return Stream.of(
                Arguments.of(",s1,2026-03-01T10:00:00,1,CNY,OPEN,b,,", "order_id: missing (a key is required)"),
                Arguments.of("o2,,2026-03-01T10:00:00,1,CNY,OPEN,b,,", "seller_id: missing (a key is required)"),
                Arguments.of("o2,s1,2026-03-01T10:00:00,abc,CNY,OPEN,b,,", "amount: 'abc' is not a number"),
                Arguments.of("o2,s1,2026-03-01T10:00:00,1e3,CNY,OPEN,b,,", "amount: '1e3' is not a number"),
                Arguments.of("o2,s1,2026-03-01T10:00:00,-5,CNY,OPEN,b,,", "amount: negative amount '-5'"),
                Arguments.of("o2,s1,2026-03-01T10:00:00,1.005,CNY,OPEN,b,,",
                        "amount: '1.005' has more than two decimal places"),
                Arguments.of("o2,s1,2026-03-01T10:00:00,9999999999999,CNY,OPEN,b,,", "amount: '9999999999999' is too large"),
                Arguments.of("o2,s1,,1,CNY,OPEN,b,,", "placed_at: missing (a date-time is required)"),
                Arguments.of("o2,s1,2026-02-30T10:00:00,1,CNY,OPEN,b,,",
                        "placed_at: '2026-02-30T10:00:00' is not a valid date-time"),
                Arguments.of("o2,s1,01/03/2026 10:00,1,CNY,OPEN,b,,",
                        "placed_at: '01/03/2026 10:00' is not an ISO-8601 date-time (like 2026-03-01T14:05:00)"),
                Arguments.of("o2,s1,2026-03-01T10:00:00,1,CNY,SHIPPED,b,,",
                        "status: unknown status 'SHIPPED' (use COMPLETED, CANCELLED, REFUNDED, DISPUTED or OPEN)"),
                Arguments.of("o2,s1,2026-03-01T10:00:00,1,XYZ,OPEN,b,,",
                        "currency: 'XYZ' is not an ISO 4217 currency code (like CNY)"),
                Arguments.of("o2,s9,2026-03-01T10:00:00,1,CNY,OPEN,b,,",
                        "seller_id: unknown seller 's9' (not in the database nor in the sellers file)"),
                Arguments.of("o2,s1,2026-03-01T10:00:00,1,CNY,OPEN,b,7,", "review_score: '7' is not a review score from 1 to 5"),
                Arguments.of("o2,s1,2026-03-01T10:00:00,1,CNY,OPEN,b,,maybe", "shipped_late: 'maybe' is not true or false"),
                Arguments.of("o2,s1,2026-03-01T10:00:00,1,CNY,OPEN,b,", "row: has 8 fields, the header has 9"),
                Arguments.of("o2,s1,2026-03-01T10:00:00,1,CNY,OPEN,b,,,", "row: has 10 fields, the header has 9"),
                Arguments.of("\"o2\"x,s1,2026-03-01T10:00:00,1,CNY,OPEN,b,,", "row: text after the closing quote of field 1"),
                Arguments.of("o2," + "s".repeat(65) + ",2026-03-01T10:00:00,1,CNY,OPEN,b,,",
                        "seller_id: longer than 64 characters"),
                Arguments.of("o2,s1,2026-03-01T10:00:00,1,CNY,OPEN,\"b,,", "row: a quoted field is not closed before the end of the file"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badRows")
    void aBadRowIsReportedByFileLineAndColumnAndRefusedAboveTheThreshold(String row, String reason) throws Exception {
        try (ImportFixture f = seeded()) {
            String before = f.checksum();
            Path orders = write(dir.resolve("orders.csv"), HEADER + GOOD + row + "\n");
            ImportReport refused = f.imports.importCanonical(new CanonicalFiles(null, orders, null, null),
                    ImportOptions.defaults(), Progress.NONE);
            assertThat(refused.refused()).isTrue();
            assertThat(refused.rejects()).extracting(RejectedRow::message).containsExactly("orders.csv:3: " + reason);
            assertThat(f.checksum()).as("refused: database unchanged").isEqualTo(before);

            Path rejects = dir.resolve("rejects.csv");
            ImportReport r = f.imports.importCanonical(new CanonicalFiles(null, orders, null, null),
                    new ImportOptions(new BigDecimal("0.5"), rejects, false), Progress.NONE);
            assertThat(r.committed()).isTrue();
            assertThat(r.orderLines()).isEqualTo(1);
            assertThat(r.rejected()).isEqualTo(1);
            assertThat(r.rejects().get(0).original()).isEqualTo(row);
            assertThat(f.count("SELECT COUNT(*) FROM order_line")).isEqualTo(2);
            assertThat(Files.readAllLines(rejects).get(1)).startsWith("orders.csv,3,");
        }
    }
}
