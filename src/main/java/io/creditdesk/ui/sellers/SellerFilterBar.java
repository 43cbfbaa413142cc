package io.creditdesk.ui.sellers;

import java.util.List;

import io.creditdesk.ui.common.Messages;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;

import org.controlsfx.control.RangeSlider;

/**
 * The browser's filters: grade toggles, category and region choices, a score range slider and
 * "has an open application". Every control writes one view-model property; the view model filters.
 */
final class SellerFilterBar extends HBox {
    private final SellersViewModel vm;
    private final Messages msg;
    private final RangeSlider score = new RangeSlider(0, 1, 0, 1);
    private final Label scoreText = new Label();

    SellerFilterBar(SellersViewModel vm, Messages msg) {
        super(10);
        this.vm = vm;
        this.msg = msg;
        setId("sellerFilters");
        getStyleClass().add("toolbar-row");
        setAlignment(Pos.CENTER_LEFT);

        HBox grades = new HBox(2);
        for (String g : List.of("A", "B", "C", "D", "E")) {
            ToggleButton b = new ToggleButton(g);
            b.setId("gradeFilter-" + g);
            b.getStyleClass().add("grade-toggle");
            b.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    vm.grades().add(g);
                } else {
                    vm.grades().remove(g);
                }
            });
            vm.grades().addListener((javafx.collections.SetChangeListener<String>) c -> b.setSelected(vm.grades().contains(g)));
            grades.getChildren().add(b);
        }

        ComboBox<String> category = choice("categoryFilter", vm.categories(), "sellers.filter.category.all");
        category.valueProperty().bindBidirectional(vm.category());
        ComboBox<String> region = choice("regionFilter", vm.regions(), "sellers.filter.region.all");
        region.valueProperty().bindBidirectional(vm.region());

        score.setId("scoreRange");
        score.setPrefWidth(180);
        score.setShowTickLabels(false);
        scoreText.setId("scoreRangeText");
        scoreText.setMinWidth(80);
        vm.lowestScore().addListener((o, a, b) -> resetScoreBounds());
        vm.highestScore().addListener((o, a, b) -> resetScoreBounds());
        score.lowValueProperty().addListener((o, a, b) -> scoreMoved());
        score.highValueProperty().addListener((o, a, b) -> scoreMoved());
        resetScoreBounds();

        CheckBox open = new CheckBox(msg.get("sellers.filter.open"));
        open.setId("openApplicationFilter");
        open.selectedProperty().bindBidirectional(vm.openApplicationOnly());

        Button clear = new Button(msg.get("sellers.filter.clear"));
        clear.setId("clearFilters");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> {
            vm.clearFilters();
            resetScoreBounds();
        });

        getChildren().addAll(new Label(msg.get("sellers.filter.grade")), grades, category, region,
                new Label(msg.get("sellers.filter.score")), score, scoreText, open, clear);
    }

    private ComboBox<String> choice(String id, javafx.collections.ObservableList<String> values, String allKey) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        javafx.collections.ObservableList<String> items = javafx.collections.FXCollections.observableArrayList();
        Runnable fill = () -> {
            String keep = box.getValue();
            items.setAll(values);
            items.add(0, null);
            box.setValue(keep);
        };
        values.addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        box.setItems(items);
        box.setCellFactory(l -> cell(allKey));
        box.setButtonCell(cell(allKey));
        box.setPrefWidth(150);
        return box;
    }

    private ListCell<String> cell(String allKey) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? msg.get(allKey) : item);
            }
        };
    }

    private void resetScoreBounds() {
        int lo = vm.lowestScore().get();
        int hi = Math.max(lo + 1, vm.highestScore().get());
        score.setMin(lo);
        score.setMax(hi);
        score.setLowValue(vm.minScore().get() == null ? lo : vm.minScore().get());
        score.setHighValue(vm.maxScore().get() == null ? hi : vm.maxScore().get());
        showScore();
    }

    /** The slider at both ends means no score filter (unscored sellers stay visible). */
    private void scoreMoved() {
        int low = (int) Math.round(score.getLowValue());
        int high = (int) Math.round(score.getHighValue());
        vm.minScore().set(low <= score.getMin() ? null : low);
        vm.maxScore().set(high >= score.getMax() ? null : high);
        showScore();
    }

    private void showScore() {
        scoreText.setText(Math.round(score.getLowValue()) + " – " + Math.round(score.getHighValue()));
    }
}
