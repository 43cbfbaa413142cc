package io.creditdesk.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.creditdesk.scoring.CsvFormatException;
import io.creditdesk.scoring.CsvTable;
import io.creditdesk.scoring.FitSettings;
import io.creditdesk.scoring.LabelledData;
import io.creditdesk.scoring.Shape;

import picocli.CommandLine.Option;

/** The data and fit options {@code model fit} and {@code model cv} share. */
public final class DataOptions {
    @Option(names = "--data", required = true, paramLabel = "FILE.csv", description = "Labelled CSV (header row, comma)")
    Path data;

    @Option(names = "--target", required = true, paramLabel = "COLUMN", description = "The outcome column")
    String target;

    @Option(names = "--bad", required = true, paramLabel = "VALUE", description = "The target value that means bad (default)")
    String bad;

    @Option(names = "--exclude", split = ",", paramLabel = "COL", description = "Columns to leave out (ids, dates, leaks)")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--categorical", split = ",", paramLabel = "COL", description = "Treat these columns as categorical")
    List<String> categorical = new ArrayList<>();

    @Option(names = "--numeric", split = ",", paramLabel = "COL", description = "Treat these columns as numeric")
    List<String> numeric = new ArrayList<>();

    @Option(names = "--special-values", split = ",", paramLabel = "[COL=]V",
            description = "Sentinel values with their own bin, e.g. 96,98 (every numeric column) or age=999")
    List<String> specialValues = new ArrayList<>();

    @Option(names = "--shape", split = ",", paramLabel = "COL=SHAPE",
            description = "Force a bad-rate shape: ascending, descending, peak, valley")
    List<String> shapes = new ArrayList<>();

    @Option(names = "--min-bin-share", paramLabel = "SHARE", description = "Minimum share of rows per bin (default 0.05)")
    double minBinShare = 0.05;

    @Option(names = "--chi-square", paramLabel = "P", description = "Merge neighbouring bins whose difference has a p-value above P (default off)")
    double chiSquare;

    LabelledData read() {
        if (!Files.isRegularFile(data)) {
            throw new UserException("file not found: " + data);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (Reader r = new java.io.InputStreamReader(Files.newInputStream(data), decoder)) {
            return CsvTable.read(r, data.toString(), new CsvTable.Options(target, bad, Set.copyOf(exclude),
                    Set.copyOf(categorical), Set.copyOf(numeric)));
        } catch (CsvFormatException e) {
            throw new UserException(e.getMessage());
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new UserException(data + ": the file is not UTF-8 text");
            }
            throw new UserException(e.getMessage());
        } catch (NoSuchFileException e) {
            throw new UserException("file not found: " + data);
        } catch (IOException e) {
            throw new UserException(data + ": cannot read: " + e.getMessage());
        }
    }

    FitSettings settings() {
        if (minBinShare <= 0 || minBinShare >= 0.5) {
            throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this),
                    "--min-bin-share must be between 0 and 0.5");
        }
        Map<String, List<Double>> sv = new HashMap<>();
        for (String s : specialValues) {
            String col = "*";
            String v = s.trim();
            int eq = v.indexOf('=');
            if (eq > 0) {
                col = v.substring(0, eq).trim();
                v = v.substring(eq + 1).trim();
            }
            try {
                sv.computeIfAbsent(col, k -> new ArrayList<>()).add(Double.parseDouble(v));
            } catch (NumberFormatException e) {
                throw new UserException("--special-values: '" + s + "' is not a number");
            }
        }
        Map<String, Shape> sh = new HashMap<>();
        for (String s : shapes) {
            int eq = s.indexOf('=');
            try {
                sh.put(s.substring(0, eq).trim(), Shape.valueOf(s.substring(eq + 1).trim().toUpperCase(java.util.Locale.ROOT)));
            } catch (RuntimeException e) {
                throw new UserException("--shape: '" + s + "' should be COLUMN=ascending|descending|peak|valley");
            }
        }
        return FitSettings.defaults().withSpecialValues(sv).withForcedShapes(sh).withMinBinShare(minBinShare)
                .withChiSquareAlpha(chiSquare);
    }

    static Set<String> set(List<String> l) {
        return new LinkedHashSet<>(l);
    }
}
