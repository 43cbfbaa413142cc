package io.creditdesk.ui.common;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Duration;

/**
 * Remembers a table's column order, widths and visibility in the settings file, under a key per
 * table: {@code id:width:visible} joined by commas. Columns are matched by id, so a column added in
 * a later version simply appears at the end with its default width.
 */
public final class ColumnLayout {
    private ColumnLayout() {
    }

    /** Restores the saved layout of {@code table} (if any), then saves every later change. */
    public static <T> void remember(TableView<T> table, Settings settings, String key) {
        apply(table, settings.get(key));
        PauseTransition debounce = new PauseTransition(Duration.millis(400));
        debounce.setOnFinished(e -> settings.set(key, describe(table)));
        Runnable changed = debounce::playFromStart;
        table.getColumns().addListener((ListChangeListener<TableColumn<T, ?>>) c -> changed.run());
        for (TableColumn<T, ?> c : table.getColumns()) {
            c.widthProperty().addListener((o, a, b) -> changed.run());
            c.visibleProperty().addListener((o, a, b) -> changed.run());
        }
    }

    /** The layout string of a table's current columns. */
    public static String describe(TableView<?> table) {
        List<String> parts = new ArrayList<>();
        for (TableColumn<?, ?> c : table.getColumns()) {
            parts.add(c.getId() + ":" + Math.round(c.getWidth()) + ":" + c.isVisible());
        }
        return String.join(",", parts);
    }

    /** Puts the columns in the saved order with their saved widths and visibility; ignores what it cannot read. */
    public static <T> void apply(TableView<T> table, String layout) {
        if (layout == null || layout.isBlank()) {
            return;
        }
        Map<String, TableColumn<T, ?>> byId = new LinkedHashMap<>();
        table.getColumns().forEach(c -> byId.put(c.getId(), c));
        List<TableColumn<T, ?>> ordered = new ArrayList<>();
        for (String part : layout.split(",")) {
            String[] f = part.split(":");
            TableColumn<T, ?> c = byId.remove(f[0]);
            if (c == null || f.length != 3) {
                continue;
            }
            try {
                double width = Double.parseDouble(f[1]);
                if (width >= 20) {
                    c.setPrefWidth(width);
                }
            } catch (NumberFormatException e) {
                // keep the default width
            }
            c.setVisible(!"false".equals(f[2].toLowerCase(Locale.ROOT)));
            ordered.add(c);
        }
        ordered.addAll(byId.values());
        table.getColumns().setAll(ordered);
    }
}
