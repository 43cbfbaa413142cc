package io.creditdesk.ui;

import java.util.List;
import java.util.function.IntConsumer;

import io.creditdesk.ui.common.Messages;

import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The workstation's keyboard shortcuts, in one place, with the sheet shown under Help (F1). */
final class Shortcuts {
    record Actions(Runnable next, Runnable previous, IntConsumer tab, Runnable approve, Runnable refer,
                   Runnable decline, Runnable help) {
    }

    record Shortcut(KeyCombination keys, String messageKey) {
    }

    static final List<Shortcut> ALL = List.of(
            new Shortcut(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN), "shortcut.next"),
            new Shortcut(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN), "shortcut.previous"),
            new Shortcut(new KeyCodeCombination(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN), "shortcut.tab.sales"),
            new Shortcut(new KeyCodeCombination(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN), "shortcut.tab.score"),
            new Shortcut(new KeyCodeCombination(KeyCode.DIGIT3, KeyCombination.SHORTCUT_DOWN), "shortcut.tab.offer"),
            new Shortcut(new KeyCodeCombination(KeyCode.DIGIT4, KeyCombination.SHORTCUT_DOWN), "shortcut.tab.history"),
            new Shortcut(new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    "shortcut.approve"),
            new Shortcut(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    "shortcut.refer"),
            new Shortcut(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                    "shortcut.decline"),
            new Shortcut(new KeyCodeCombination(KeyCode.F1), "shortcut.help"));

    private Shortcuts() {
    }

    static void install(Scene scene, Actions a) {
        var acc = scene.getAccelerators();
        acc.clear();
        Runnable[] actions = {a.next(), a.previous(), () -> a.tab().accept(0), () -> a.tab().accept(1),
            () -> a.tab().accept(2), () -> a.tab().accept(3), a.approve(), a.refer(), a.decline(), a.help()};
        for (int i = 0; i < ALL.size(); i++) {
            acc.put(ALL.get(i).keys(), actions[i]);
        }
    }

    static void showSheet(Window owner, Messages msg) {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setId("shortcutSheet");
        int r = 0;
        for (Shortcut s : ALL) {
            Label keys = new Label(s.keys().getDisplayText());
            keys.getStyleClass().add("fact-value");
            grid.addRow(r++, keys, new Label(msg.get(s.messageKey())));
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(owner);
        alert.setTitle(msg.get("shortcut.title"));
        alert.setHeaderText(msg.get("shortcut.title"));
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
