package io.creditdesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.creditdesk.scoring.Bin;
import io.creditdesk.scoring.CharacteristicModel;
import io.creditdesk.scoring.ModelJson;
import io.creditdesk.scoring.ScorecardModel;

/** Reading and writing artefact files, and their human summary. */
final class ModelFiles {
    private ModelFiles() {
    }

    static ScorecardModel read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserException("file not found: " + file);
        }
        try {
            return ModelJson.read(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new UserException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserException(file + ": cannot read: " + e.getMessage());
        }
    }

    static void write(Path file, ScorecardModel m) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, ModelJson.write(m), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserException(file + ": cannot write: " + e.getMessage());
        }
    }

    static List<String> describe(ScorecardModel m) {
        List<String> out = new ArrayList<>();
        out.add(String.format(Locale.ROOT, "Model %s (created %s): %d characteristics, score %d..%d, %s rows, bad rate %.2f%%",
                m.name(), m.createdAt(), m.characteristics().size(), m.minScore(), m.maxScore(), m.training().rows(),
                100 * m.training().badRate()));
        out.add(String.format(Locale.ROOT, "Scaling: %.0f points at %.0f:1, %.0f points to double the odds; intercept %.4f",
                m.scaling().baseScore(), m.scaling().baseOdds(), m.scaling().pdo(), m.intercept()));
        for (CharacteristicModel c : m.characteristics()) {
            out.add(String.format(Locale.ROOT, "%n%s  (%s, %s, IV %.4f, coefficient %.4f)", c.name(),
                    c.type().name().toLowerCase(Locale.ROOT), c.shape().name().toLowerCase(Locale.ROOT), c.iv(), c.coefficient()));
            out.add(String.format(Locale.ROOT, "  %-40s %8s %8s %8s %8s %6s", "bin", "count", "bad rate", "WoE", "IV", "points"));
            for (Bin b : c.bins()) {
                String label = b.label().length() > 40 ? b.label().substring(0, 37) + "..." : b.label();
                out.add(String.format(Locale.ROOT, "  %-40s %8d %7.2f%% %8.4f %8.4f %6d", label, b.count(), 100 * b.badRate(),
                        b.woe(), b.iv(), b.points()));
            }
        }
        if (!m.dropped().isEmpty()) {
            out.add("");
            out.add("Left out:");
            m.dropped().forEach(d -> out.add(String.format(Locale.ROOT, "  %-30s IV %.4f  %s", d.name(), d.iv(), d.reason())));
        }
        m.warnings().forEach(w -> out.add("Warning: " + w));
        return out;
    }

    static Map<String, Object> summary(ScorecardModel m) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("name", m.name());
        j.put("created_at", m.createdAt());
        j.put("rows", m.training().rows());
        j.put("bad_rate", m.training().badRate());
        j.put("auc", m.training().metrics().auc());
        j.put("gini", m.training().metrics().gini());
        j.put("ks", m.training().metrics().ks());
        j.put("brier", m.training().metrics().brier());
        j.put("data_sha256", m.training().dataSha256());
        List<Map<String, Object>> cs = new ArrayList<>();
        for (CharacteristicModel c : m.characteristics()) {
            Map<String, Object> cj = new LinkedHashMap<>();
            cj.put("name", c.name());
            cj.put("iv", c.iv());
            cj.put("coefficient", c.coefficient());
            cj.put("bins", c.bins().size());
            cs.add(cj);
        }
        j.put("characteristics", cs);
        j.put("dropped", m.dropped().stream().map(d -> d.name()).toList());
        j.put("warnings", m.warnings());
        return j;
    }
}
