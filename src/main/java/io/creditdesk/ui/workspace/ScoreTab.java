package io.creditdesk.ui.workspace;

import java.util.List;
import java.util.Locale;

import io.creditdesk.scoring.Explanation;
import io.creditdesk.scoring.SellerScoring;
import io.creditdesk.ui.common.Messages;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The Score tab: score and grade, points per characteristic against their maximum, reasons, what-if. */
public final class ScoreTab extends ScrollPane {
    /** Actionable characteristics with a what-if slider: name, low, high. */
    private static final List<Object[]> WHAT_IF = List.of(
            new Object[] {"refund_rate", 0.0, 0.30}, new Object[] {"cancel_rate", 0.0, 0.30},
            new Object[] {"dispute_rate", 0.0, 0.10}, new Object[] {"late_ship_rate", 0.0, 0.50},
            new Object[] {"review_avg", 1.0, 5.0});
    private final ScoreViewModel vm;
    private final Messages msg;
    private final Label score = new Label();
    private final Label grade = new Label();
    private final Label pd = new Label();
    private final Label sum = new Label();
    private final Label whatIfScore = new Label();
    private final VBox reasons = new VBox(4);
    private final VBox path = new VBox(4);
    private final TableView<Explanation.Line> table = new TableView<>();
    private final XYChart.Series<Number, String> points = new XYChart.Series<>();
    private final XYChart.Series<Number, String> max = new XYChart.Series<>();
    private final GridPane sliders = new GridPane();

    public ScoreTab(ScoreViewModel vm, Messages msg) {
        this.vm = vm;
        this.msg = msg;
        setId("scoreTab");
        setFitToWidth(true);
        score.setId("scoreValue");
        score.getStyleClass().add("score-value");
        grade.setId("scoreGrade");
        pd.getStyleClass().add("text-muted");
        sum.setId("scoreSum");
        sum.getStyleClass().add("text-muted");
        HBox head = new HBox(16, score, grade, pd, sum);
        head.setAlignment(Pos.CENTER_LEFT);
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.error());

        NumberAxis x = new NumberAxis();
        x.setLabel(msg.get("score.points"));
        BarChart<Number, String> chart = new BarChart<>(x, new CategoryAxis());
        chart.setId("scoreBreakdownChart");
        chart.setTitle(msg.get("score.breakdown"));
        chart.setAnimated(false);
        chart.setBarGap(1);
        chart.setCategoryGap(6);
        points.setName(msg.get("score.points"));
        max.setName(msg.get("score.max"));
        chart.getData().add(max);
        chart.getData().add(points);
        chart.setPrefHeight(460);

        table.setId("scoreBreakdownTable");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(460);
        table.getColumns().add(col("score.characteristic", l -> featureName(l.characteristic())));
        table.getColumns().add(col("score.value", Explanation.Line::value));
        table.getColumns().add(col("score.bin", Explanation.Line::bin));
        table.getColumns().add(col("score.points", l -> String.valueOf(l.points())));
        table.getColumns().add(col("score.max", l -> String.valueOf(l.maxPoints())));

        sliders.setHgap(12);
        sliders.setVgap(6);
        sliders.setId("whatIfSliders");
        Button reset = new Button(msg.get("score.whatif.reset"));
        reset.setOnAction(e -> {
            vm.reset();
            showSliders(vm.actual().get());
        });
        whatIfScore.setId("whatIfScore");
        whatIfScore.getStyleClass().add("fact-value");
        reasons.setId("scoreReasons");
        path.setId("scorePath");

        HBox breakdown = new HBox(12, chart, table);
        HBox.setHgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(table, Priority.ALWAYS);
        VBox whatIf = new VBox(8, title("score.whatif"), sliders, new HBox(12, whatIfScore, reset), title("score.path"), path);
        HBox lower = new HBox(24, new VBox(8, title("score.reasons"), reasons), whatIf);
        VBox box = new VBox(12, head, error, breakdown, lower);
        box.setPadding(new Insets(12));
        setContent(box);
        vm.actual().addListener((o, a, r) -> showActual(r));
        showActual(null);
        vm.whatIf().addListener((o, a, r) -> showWhatIf(r));
    }

    private void showActual(SellerScoring.SellerResult r) {
        points.getData().clear();
        max.getData().clear();
        reasons.getChildren().clear();
        if (r == null) {
            score.setText("—");
            grade.setText("");
            pd.setText(msg.get("score.none"));
            sum.setText("");
            table.getItems().clear();
            sliders.getChildren().clear();
            return;
        }
        Explanation e = r.explanation();
        score.setText(String.valueOf(e.score()));
        grade.setText(e.grade());
        grade.getStyleClass().setAll("label", "grade-badge", "grade-" + e.grade());
        pd.setText(msg.get("score.pd", String.format(msg.locale(), "%.2f%%", 100 * e.pd()), r.modelVersion()));
        int total = e.breakdown().stream().mapToInt(Explanation.Line::points).sum();
        sum.setText(msg.get("score.sum", total));
        List<Explanation.Line> lines = e.breakdown();
        List<XYChart.Data<Number, String>> pointData = new java.util.ArrayList<>();
        List<XYChart.Data<Number, String>> maxData = new java.util.ArrayList<>();
        for (int i = lines.size() - 1; i >= 0; i--) {
            Explanation.Line l = lines.get(i);
            String name = featureName(l.characteristic());
            pointData.add(new XYChart.Data<>(l.points(), name));
            maxData.add(new XYChart.Data<>(l.maxPoints(), name));
        }
        max.getData().setAll(maxData);
        points.getData().setAll(pointData);
        table.getItems().setAll(lines);
        for (Explanation.Reason reason : e.reasons()) {
            Label l = new Label("• " + reason.text() + "  (−" + reason.pointsBelowMax() + ")");
            l.setWrapText(true);
            reasons.getChildren().add(l);
        }
        showSliders(r);
    }

    private void showSliders(SellerScoring.SellerResult r) {
        sliders.getChildren().clear();
        if (r == null) {
            return;
        }
        int row = 0;
        for (Object[] w : WHAT_IF) {
            String name = (String) w[0];
            if (!r.features().containsKey(name)) {
                continue;
            }
            Double v = r.features().get(name);
            double lo = (Double) w[1];
            double hi = Math.max((Double) w[2], v == null ? 0 : v);
            Slider s = new Slider(lo, hi, v == null ? lo : v);
            s.setId("whatIf-" + name);
            s.setPrefWidth(260);
            Label value = new Label(format(name, v));
            value.setMinWidth(70);
            s.valueProperty().addListener((o, a, nv) -> {
                value.setText(format(name, nv.doubleValue()));
                vm.change(name, nv.doubleValue());
            });
            Label label = new Label(featureName(name));
            label.setMinWidth(Label.USE_PREF_SIZE);
            sliders.addRow(row++, label, s, value);
        }
    }

    private void showWhatIf(SellerScoring.SellerResult r) {
        path.getChildren().clear();
        if (r == null) {
            whatIfScore.setText("");
            return;
        }
        Explanation e = r.explanation();
        whatIfScore.setText(msg.get("score.whatif.result", e.score(), e.grade()));
        if (e.nextGrade() == null) {
            path.getChildren().add(new Label(msg.get("score.path.top")));
            return;
        }
        path.getChildren().add(new Label(msg.get(e.pathIsAlternatives() ? "score.path.any" : "score.path.all",
                e.nextGrade(), e.nextGradeMinScore())));
        for (Explanation.Change c : e.pathToNextGrade()) {
            Label l = new Label("• " + msg.get("score.path.change", featureName(c.characteristic()), c.from(), c.to(),
                    c.pointsGained()));
            l.setWrapText(true);
            path.getChildren().add(l);
        }
        if (e.pathToNextGrade().isEmpty()) {
            path.getChildren().add(new Label(msg.get("score.path.none")));
        }
    }

    private String featureName(String key) {
        String s = msg.get("feature." + key);
        return s.startsWith("!") ? key : s;
    }

    private String format(String name, Double v) {
        if (v == null) {
            return "—";
        }
        return name.endsWith("_rate") ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private Label title(String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("title-4");
        return l;
    }

    private TableColumn<Explanation.Line, String> col(String key,
                                                      java.util.function.Function<Explanation.Line, String> f) {
        TableColumn<Explanation.Line, String> c = new TableColumn<>(msg.get(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        return c;
    }

    /** Test hook: the series drawn in the breakdown chart. */
    public XYChart.Series<Number, String> pointsSeries() {
        return points;
    }
}
