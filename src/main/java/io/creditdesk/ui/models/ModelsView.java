package io.creditdesk.ui.models;

import java.io.File;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import io.creditdesk.scoring.Bin;
import io.creditdesk.scoring.CharacteristicModel;
import io.creditdesk.scoring.ModelEvaluation;
import io.creditdesk.scoring.ModelMetrics;
import io.creditdesk.scoring.ModelWorkbench;
import io.creditdesk.scoring.PsiMonitor;
import io.creditdesk.scoring.ScorecardModel;
import io.creditdesk.scoring.Validation;
import io.creditdesk.ui.common.Formats;
import io.creditdesk.ui.common.Messages;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The model workbench screen: versions on the left (fit, activate); on the right the selected version's
 * characteristics and bins, ROC and KS, calibration by grade, stability (PSI) and a comparison of two versions.
 */
public final class ModelsView extends BorderPane {
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final ModelsViewModel vm;
    private final Messages msg;
    private final Formats fmt;

    private final TableView<ModelWorkbench.VersionRow> versions = new TableView<>();
    private final Label summary = new Label();
    private final ListView<CharacteristicModel> characteristicList = new ListView<>();
    private final TableView<Bin> binsTable = new TableView<>();
    private final XYChart.Series<String, Number> woeSeries = new XYChart.Series<>();
    private final XYChart.Series<String, Number> badRateSeries = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> rocSeries = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> rocDiagonal = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> ksBads = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> ksGoods = new XYChart.Series<>();
    private final Label rocFigures = new Label();
    private final XYChart.Series<String, Number> calPredicted = new XYChart.Series<>();
    private final XYChart.Series<String, Number> calObserved = new XYChart.Series<>();
    private final TableView<Validation.GradeCalibration> calibrationTable = new TableView<>();
    private final Label psiThisMonth = new Label();
    private final XYChart.Series<String, Number> psiSeries = new XYChart.Series<>();
    private final CategoryAxis psiMonths = new CategoryAxis();
    private final XYChart.Series<String, Number> watchBand = new XYChart.Series<>();
    private final XYChart.Series<String, Number> actBand = new XYChart.Series<>();
    private final ComboBox<ModelWorkbench.VersionRow> compareA = new ComboBox<>();
    private final ComboBox<ModelWorkbench.VersionRow> compareB = new ComboBox<>();
    private final TableView<String[]> compareMetrics = new TableView<>();
    private final TableView<ModelWorkbench.IvRow> compareIv = new TableView<>();
    private final XYChart.Series<String, Number> ivA = new XYChart.Series<>();
    private final XYChart.Series<String, Number> ivB = new XYChart.Series<>();

    public ModelsView(ModelsViewModel vm, Messages msg, Formats fmt) {
        this.vm = vm;
        this.msg = msg;
        this.fmt = fmt;
        setId("modelsView");
        getStylesheets().add(ModelsView.class.getResource("/io/creditdesk/ui/models/models.css").toExternalForm());
        setLeft(left());
        setCenter(tabs());
        vm.selected().addListener((o, a, r) -> {
            if (r != null && versions.getSelectionModel().getSelectedItem() != r) {
                versions.getSelectionModel().select(r);
            }
        });
        vm.model().addListener((o, a, m) -> showSummary());
        vm.selected().addListener((o, a, r) -> showSummary());
        vm.evaluation().addListener((o, a, e) -> {
            showSummary();
            showCurves(e);
        });
        vm.evaluationNote().addListener((o, a, n) -> showSummary());
        vm.characteristic().addListener((o, a, c) -> {
            if (c != null && characteristicList.getSelectionModel().getSelectedItem() != c) {
                characteristicList.getSelectionModel().select(c);
            }
            showBins(c);
        });
        vm.stability().addListener((o, a, s) -> showStability(s));
        vm.stabilityNote().addListener((o, a, n) -> showStability(vm.stability().get()));
        vm.comparison().addListener((o, a, c) -> showComparison(c));
        vm.versions().addListener((javafx.collections.ListChangeListener<ModelWorkbench.VersionRow>) ch -> {
            keepCompareChoices();
        });
        showSummary();
    }

    // ---------------------------------------------------------------- left: versions, fit, activate

    private VBox left() {
        Label title = new Label(msg.get("models.versions"));
        title.getStyleClass().add("title-4");
        versions.setId("modelVersions");
        versions.setItems(vm.versions());
        versions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        versions.setPrefHeight(260);
        versions.getColumns().add(column(msg.get("models.col.version"), r -> "v" + r.version() + (r.active() ? "  ●" : ""), 64));
        versions.getColumns().add(column(msg.get("models.col.created"), r -> CREATED.format(r.createdAt()), 124));
        versions.getColumns().add(number(msg.get("models.col.auc"), r -> Double.isNaN(r.auc()) ? "—" : f3(r.auc())));
        versions.getColumns().add(column(msg.get("models.col.source"), ModelWorkbench.VersionRow::source, 140));
        versions.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ModelWorkbench.VersionRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("active-model");
                if (!empty && r != null && r.active()) {
                    getStyleClass().add("active-model");
                }
            }
        });
        versions.getSelectionModel().selectedItemProperty().addListener((o, a, r) -> {
            if (r != null && r != vm.selected().get()) {
                vm.select(r);
            }
        });

        Button fitHistory = new Button(msg.get("models.fit.history"));
        fitHistory.setId("fitHistoryButton");
        fitHistory.setOnAction(e -> vm.fitOnLoanHistory());
        fitHistory.disableProperty().bind(vm.busy());
        Button activate = new Button(msg.get("models.activate"));
        activate.setId("activateButton");
        activate.getStyleClass().add("accent");
        activate.disableProperty().bind(vm.canActivate().not());
        activate.setOnAction(e -> vm.activate());
        Label activateHint = new Label(msg.get(vm.isManager() ? "models.activate.hint" : "models.activate.managers"));
        activateHint.getStyleClass().add("text-muted");
        activateHint.setWrapText(true);

        Label csvTitle = new Label(msg.get("models.csv.title"));
        csvTitle.getStyleClass().add("title-4");
        TextField path = new TextField();
        path.setId("csvPath");
        path.setPromptText(msg.get("models.csv.file"));
        path.textProperty().bindBidirectional(vm.csvPath());
        Button browse = new Button(msg.get("models.csv.browse"));
        browse.setId("csvBrowse");
        browse.setOnAction(e -> {
            FileChooser fc = new FileChooser();
            fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.CSV"));
            File f = fc.showOpenDialog(getScene().getWindow());
            if (f != null) {
                vm.csvPath().set(f.getPath());
            }
        });
        HBox.setHgrow(path, Priority.ALWAYS);
        TextField target = new TextField();
        target.setId("csvTarget");
        target.setPromptText(msg.get("models.csv.target"));
        target.textProperty().bindBidirectional(vm.csvTarget());
        TextField bad = new TextField();
        bad.setId("csvBad");
        bad.setPromptText(msg.get("models.csv.bad"));
        bad.textProperty().bindBidirectional(vm.csvBad());
        Button fitCsv = new Button(msg.get("models.fit.csv"));
        fitCsv.setId("fitCsvButton");
        fitCsv.setOnAction(e -> vm.fitOnCsv());
        fitCsv.disableProperty().bind(vm.busy());

        ProgressBar bar = new ProgressBar();
        bar.setId("fitProgress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progress());
        bar.visibleProperty().bind(vm.busy());
        Label step = new Label();
        step.setId("fitStep");
        step.textProperty().bind(vm.step());
        step.getStyleClass().add("text-muted");
        Button cancel = new Button(msg.get("models.fit.cancel"));
        cancel.setId("fitCancel");
        cancel.visibleProperty().bind(vm.busy());
        cancel.setOnAction(e -> vm.cancelFit());
        HBox.setHgrow(bar, Priority.ALWAYS);

        Label error = new Label();
        error.setId("modelsError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        vm.error().addListener((o, a, m) -> error.setText(m == null || m.isEmpty() ? ""
                : m.startsWith("models.") ? msg.get(m) : m));
        Label status = new Label();
        status.setId("modelsStatus");
        status.setWrapText(true);
        vm.status().addListener((o, a, s) -> status.setText(statusText(s)));

        VBox box = new VBox(8, title, versions, new HBox(8, fitHistory, activate), activateHint, csvTitle,
                new HBox(6, path, browse), new HBox(6, target, bad), fitCsv, new HBox(6, bar, cancel), step, error, status);
        box.setPadding(new Insets(12));
        box.setPrefWidth(420);
        box.setMinWidth(360);
        box.getStyleClass().add("models-side");
        return box;
    }

    private String statusText(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String[] p = s.split(":");
        return switch (p[0]) {
            case "fitted" -> msg.get("models.status.fitted", p[1]);
            case "activated" -> msg.get("models.status.activated", p[1], p[2]);
            case "cancelled" -> msg.get("models.status.cancelled");
            default -> s;
        };
    }

    // ---------------------------------------------------------------- tabs

    private TabPane tabs() {
        TabPane tabs = new TabPane(tab("models.tab.bins", binsTab()), tab("models.tab.roc", rocTab()),
                tab("models.tab.calibration", calibrationTab()), tab("models.tab.stability", stabilityTab()),
                tab("models.tab.compare", compareTab()));
        tabs.setId("modelTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        summary.setId("modelSummary");
        summary.setWrapText(true);
        summary.getStyleClass().add("models-summary");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        setTop(summary);
        BorderPane.setMargin(summary, new Insets(10, 12, 4, 12));
        return tabs;
    }

    private Tab tab(String key, javafx.scene.Node content) {
        Tab t = new Tab(msg.get(key), content);
        t.setId(key.substring(key.lastIndexOf('.') + 1) + "Tab");
        return t;
    }

    private javafx.scene.Node binsTab() {
        characteristicList.setId("characteristicList");
        characteristicList.setItems(vm.characteristics());
        characteristicList.setPrefWidth(250);
        characteristicList.setMinWidth(220);
        characteristicList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CharacteristicModel c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : label(c.name()) + "   IV " + f3(c.iv()));
            }
        });
        characteristicList.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null && c != vm.characteristic().get()) {
                vm.selectCharacteristic(c);
            }
        });
        binsTable.setId("binsTable");
        binsTable.setItems(vm.bins());
        binsTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        binsTable.getColumns().add(column(msg.get("models.bin.label"), Bin::label, 150));
        binsTable.getColumns().add(number(msg.get("models.bin.count"), b -> fmt.integer(b.count())));
        binsTable.getColumns().add(number(msg.get("models.bin.bads"), b -> fmt.integer(b.bads())));
        binsTable.getColumns().add(number(msg.get("models.bin.badrate"), b -> pct(b.badRate())));
        binsTable.getColumns().add(number(msg.get("models.bin.woe"), b -> f3(b.woe())));
        binsTable.getColumns().add(number(msg.get("models.bin.iv"), b -> f3(b.iv())));
        binsTable.getColumns().add(number(msg.get("models.bin.points"), b -> String.valueOf(b.points())));
        binsTable.setPrefHeight(230);

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(msg.get("models.bin.woe"));
        BarChart<String, Number> woe = new BarChart<>(x, y);
        woe.setId("binsChart");
        woe.setTitle(msg.get("models.bins.chart"));
        woe.setLegendVisible(false);
        woe.setAnimated(false);
        woeSeries.setName(msg.get("models.bin.woe"));
        woe.getData().add(woeSeries);
        CategoryAxis x2 = new CategoryAxis();
        NumberAxis y2 = new NumberAxis();
        y2.setLabel(msg.get("models.bin.badrate") + " %");
        BarChart<String, Number> rate = new BarChart<>(x2, y2);
        rate.setId("badRateChart");
        rate.setTitle(msg.get("models.badrate.chart"));
        rate.setLegendVisible(false);
        rate.setAnimated(false);
        rate.getStyleClass().add("bad-rate-chart");
        badRateSeries.setName(msg.get("models.bin.badrate"));
        rate.getData().add(badRateSeries);
        HBox charts = new HBox(8, woe, rate);
        HBox.setHgrow(woe, Priority.ALWAYS);
        HBox.setHgrow(rate, Priority.ALWAYS);
        VBox right = new VBox(8, charts, binsTable);
        VBox.setVgrow(charts, Priority.ALWAYS);
        HBox box = new HBox(10, characteristicList, right);
        HBox.setHgrow(right, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private javafx.scene.Node rocTab() {
        LineChart<Number, Number> roc = new LineChart<>(axis(msg.get("models.roc.x"), 0, 1), axis(msg.get("models.roc.y"), 0, 1));
        roc.setId("rocChart");
        roc.setTitle(msg.get("models.roc.title"));
        roc.setCreateSymbols(false);
        roc.setAnimated(false);
        roc.getStyleClass().add("roc-chart");
        rocSeries.setName(msg.get("models.roc.series"));
        rocDiagonal.setName(msg.get("models.roc.random"));
        roc.getData().add(rocSeries);
        roc.getData().add(rocDiagonal);
        NumberAxis ksX = new NumberAxis();
        ksX.setForceZeroInRange(false);
        ksX.setLabel(msg.get("models.ks.x"));
        LineChart<Number, Number> ks = new LineChart<>(ksX, axis(msg.get("models.ks.y"), 0, 1));
        ks.setId("ksChart");
        ks.setTitle(msg.get("models.ks.title"));
        ks.setCreateSymbols(false);
        ks.setAnimated(false);
        ksBads.setName(msg.get("models.ks.bads"));
        ksGoods.setName(msg.get("models.ks.goods"));
        ks.getData().add(ksBads);
        ks.getData().add(ksGoods);
        rocFigures.setId("rocFigures");
        rocFigures.setWrapText(true);
        HBox charts = new HBox(8, roc, ks);
        HBox.setHgrow(roc, Priority.ALWAYS);
        HBox.setHgrow(ks, Priority.ALWAYS);
        VBox box = new VBox(8, rocFigures, charts);
        VBox.setVgrow(charts, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private javafx.scene.Node calibrationTab() {
        CategoryAxis x = new CategoryAxis();
        x.setLabel(msg.get("models.cal.grade"));
        NumberAxis y = new NumberAxis();
        y.setLabel("%");
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("calibrationChart");
        chart.setTitle(msg.get("models.cal.title"));
        chart.setAnimated(false);
        calPredicted.setName(msg.get("models.cal.predicted"));
        calObserved.setName(msg.get("models.cal.observed"));
        chart.getData().add(calPredicted);
        chart.getData().add(calObserved);
        calibrationTable.setId("calibrationTable");
        calibrationTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        calibrationTable.getColumns().add(column(msg.get("models.cal.grade"), Validation.GradeCalibration::grade, 60));
        calibrationTable.getColumns().add(number(msg.get("models.bin.count"), g -> fmt.integer(g.rows())));
        calibrationTable.getColumns().add(number(msg.get("models.bin.bads"), g -> fmt.integer(g.bads())));
        calibrationTable.getColumns().add(number(msg.get("models.cal.predicted"), g -> pct(g.meanPd())));
        calibrationTable.getColumns().add(number(msg.get("models.cal.observed"), g -> pct(g.observedBadRate())));
        calibrationTable.setPrefHeight(235);
        calibrationTable.setMinHeight(235);
        Label note = new Label(msg.get("models.cal.note"));
        note.getStyleClass().add("text-muted");
        note.setWrapText(true);
        VBox box = new VBox(8, chart, note, calibrationTable);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private javafx.scene.Node stabilityTab() {
        psiThisMonth.setId("psiThisMonth");
        psiThisMonth.getStyleClass().add("title-4");
        psiThisMonth.setWrapText(true);
        psiMonths.setLabel(msg.get("models.psi.month"));
        psiMonths.setAutoRanging(false);
        NumberAxis y = new NumberAxis();
        y.setLabel("PSI");
        LineChart<String, Number> chart = new LineChart<>(psiMonths, y);
        chart.setId("psiChart");
        chart.setTitle(msg.get("models.psi.title"));
        chart.setAnimated(false);
        chart.getStyleClass().add("psi-chart");
        psiSeries.setName("PSI");
        watchBand.setName(msg.get("models.psi.watch"));
        actBand.setName(msg.get("models.psi.act"));
        chart.getData().add(psiSeries);
        chart.getData().add(watchBand);
        chart.getData().add(actBand);
        Label legend = new Label(msg.get("models.psi.legend"));
        legend.getStyleClass().add("text-muted");
        legend.setWrapText(true);
        VBox box = new VBox(8, psiThisMonth, chart, legend);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    private javafx.scene.Node compareTab() {
        StringConverter<ModelWorkbench.VersionRow> conv = new StringConverter<>() {
            @Override
            public String toString(ModelWorkbench.VersionRow r) {
                return r == null ? "" : "v" + r.version() + " · " + r.source() + (r.active() ? " ●" : "");
            }

            @Override
            public ModelWorkbench.VersionRow fromString(String s) {
                return null;
            }
        };
        compareA.setId("compareA");
        compareB.setId("compareB");
        for (ComboBox<ModelWorkbench.VersionRow> c : List.of(compareA, compareB)) {
            c.setConverter(conv);
            c.setPrefWidth(280);
            c.valueProperty().addListener((o, a, v) -> vm.compare(compareA.getValue(), compareB.getValue()));
        }
        compareMetrics.setId("compareMetrics");
        compareMetrics.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        compareMetrics.getColumns().add(column(msg.get("models.cmp.metric"), r -> r[0], 200));
        compareMetrics.getColumns().add(number("A", r -> r[1]));
        compareMetrics.getColumns().add(number("B", r -> r[2]));
        compareMetrics.setPrefHeight(400);
        compareMetrics.setMinHeight(380);
        compareIv.setId("compareIv");
        compareIv.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        compareIv.getColumns().add(column(msg.get("models.cmp.characteristic"), r -> label(r.characteristic()), 200));
        compareIv.getColumns().add(number("IV A", r -> r.ivA() == null ? "—" : f3(r.ivA())));
        compareIv.getColumns().add(number("IV B", r -> r.ivB() == null ? "—" : f3(r.ivB())));
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel("IV");
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("compareIvChart");
        chart.setCategoryGap(8);
        chart.setBarGap(1);
        chart.setTitle(msg.get("models.cmp.ivchart"));
        chart.setAnimated(false);
        ivA.setName("A");
        ivB.setName("B");
        chart.getData().add(ivA);
        chart.getData().add(ivB);
        GridPane pick = new GridPane();
        pick.setHgap(8);
        pick.addRow(0, new Label("A"), compareA, new Label("B"), compareB);
        VBox tables = new VBox(8, compareMetrics, compareIv);
        HBox body = new HBox(10, tables, chart);
        HBox.setHgrow(chart, Priority.ALWAYS);
        tables.setPrefWidth(460);
        VBox.setVgrow(compareIv, Priority.ALWAYS);
        VBox box = new VBox(10, pick, body);
        VBox.setVgrow(body, Priority.ALWAYS);
        box.setPadding(new Insets(10));
        return box;
    }

    // ---------------------------------------------------------------- showing the state

    private void showSummary() {
        ModelWorkbench.VersionRow r = vm.selected().get();
        ScorecardModel m = vm.model().get();
        if (r == null || m == null) {
            summary.setText(msg.get("models.none"));
            return;
        }
        ModelEvaluation e = vm.evaluation().get();
        String cv = e == null ? (vm.evaluationNote().get().isEmpty() ? msg.get("models.evaluating")
                : msg.get("models.noevaluation", vm.evaluationNote().get()))
                : msg.get("models.cv", e.folds(), f3(e.auc()), f3(e.gini()), f3(e.ks()), fmt.integer(e.rows()),
                        pct((double) e.bads() / e.rows()), e.seed());
        summary.setText(msg.get("models.summary", r.version(), r.name(), r.source(), m.characteristics().size(),
                msg.get(r.active() ? "models.active" : "models.inactive")) + "  ·  " + cv);
    }

    private void showBins(CharacteristicModel c) {
        woeSeries.getData().clear();
        badRateSeries.getData().clear();
        if (c == null) {
            return;
        }
        for (Bin b : c.bins()) {
            if (b.count() == 0) {
                continue;
            }
            woeSeries.getData().add(new XYChart.Data<>(b.label(), b.woe()));
            badRateSeries.getData().add(new XYChart.Data<>(b.label(), 100 * b.badRate()));
        }
    }

    private void showCurves(ModelEvaluation e) {
        rocSeries.getData().clear();
        rocDiagonal.getData().clear();
        ksBads.getData().clear();
        ksGoods.getData().clear();
        calPredicted.getData().clear();
        calObserved.getData().clear();
        calibrationTable.getItems().clear();
        if (e == null) {
            rocFigures.setText("");
            return;
        }
        for (ModelEvaluation.RocPoint p : e.roc()) {
            rocSeries.getData().add(new XYChart.Data<>(p.falsePositiveRate(), p.truePositiveRate()));
        }
        rocDiagonal.getData().add(new XYChart.Data<>(0, 0));
        rocDiagonal.getData().add(new XYChart.Data<>(1, 1));
        for (ModelEvaluation.KsPoint p : e.ksCurve()) {
            ksBads.getData().add(new XYChart.Data<>(p.score(), p.bads()));
            ksGoods.getData().add(new XYChart.Data<>(p.score(), p.goods()));
        }
        StringBuilder folds = new StringBuilder();
        e.perFold().forEach(f -> folds.append(folds.length() == 0 ? "" : ", ").append(f3(f.auc())));
        rocFigures.setText(msg.get("models.roc.figures", f3(e.auc()), f3(e.gini()), f3(e.ks()), e.folds(), e.seed(),
                folds.toString()));
        for (Validation.GradeCalibration g : e.calibration()) {
            calPredicted.getData().add(new XYChart.Data<>(g.grade(), 100 * g.meanPd()));
            calObserved.getData().add(new XYChart.Data<>(g.grade(), 100 * g.observedBadRate()));
        }
        calibrationTable.getItems().setAll(e.calibration());
    }

    private void showStability(ModelWorkbench.Stability s) {
        psiSeries.getData().clear();
        watchBand.getData().clear();
        actBand.getData().clear();
        if (s == null) {
            String note = vm.stabilityNote().get();
            psiThisMonth.setText(note == null || note.isEmpty() ? msg.get("models.psi.loading") : note);
            return;
        }
        List<String> months = s.byMonth().stream().map(m -> m.month().toString()).toList();
        psiMonths.getCategories().setAll(months);
        for (PsiMonitor.MonthPsi m : s.byMonth()) {
            String month = m.month().toString();
            if (!Double.isNaN(m.psi())) {
                psiSeries.getData().add(new XYChart.Data<>(month, m.psi()));
            }
            watchBand.getData().add(new XYChart.Data<>(month, PsiMonitor.WATCH));
            actBand.getData().add(new XYChart.Data<>(month, PsiMonitor.ACT));
        }
        PsiMonitor.MonthPsi t = s.thisMonth();
        psiThisMonth.setText(Double.isNaN(t.psi()) ? msg.get("models.psi.nothismonth", t.month().toString())
                : msg.get("models.psi.thismonth", t.month().toString(), fmt.integer(t.applicants()), f3(t.psi()),
                        msg.get("models.psi.status." + t.status())));
        psiThisMonth.getStyleClass().removeAll("psi-stable", "psi-watch", "psi-act");
        psiThisMonth.getStyleClass().add("psi-" + t.status());
    }

    private void keepCompareChoices() {
        ModelWorkbench.VersionRow a = compareA.getValue();
        ModelWorkbench.VersionRow b = compareB.getValue();
        compareA.getItems().setAll(vm.versions());
        compareB.getItems().setAll(vm.versions());
        ModelWorkbench.VersionRow newB = find(b, vm.versions().isEmpty() ? null : vm.versions().get(0));
        ModelWorkbench.VersionRow newA = find(a, null);
        if (newA == null || newB != null && newA.version() == newB.version()) {
            newA = vm.versions().stream().filter(r -> newB == null || r.version() != newB.version()).findFirst()
                    .orElse(newB);
        }
        compareA.setValue(newA);
        compareB.setValue(newB);
    }

    private ModelWorkbench.VersionRow find(ModelWorkbench.VersionRow old, ModelWorkbench.VersionRow fallback) {
        if (old != null) {
            for (ModelWorkbench.VersionRow r : vm.versions()) {
                if (r.version() == old.version()) {
                    return r;
                }
            }
        }
        return fallback;
    }

    private void showComparison(ModelWorkbench.Comparison c) {
        compareMetrics.getItems().clear();
        compareIv.getItems().clear();
        ivA.getData().clear();
        ivB.getData().clear();
        if (c == null) {
            return;
        }
        ModelWorkbench.VersionRow a = c.a();
        ModelWorkbench.VersionRow b = c.b();
        compareMetrics.getItems().addAll(
                new String[] {msg.get("models.col.version"), "v" + a.version(), "v" + b.version()},
                new String[] {msg.get("models.col.source"), a.source(), b.source()},
                new String[] {msg.get("models.cmp.cvauc"), f3(a.auc()), f3(b.auc())},
                new String[] {msg.get("models.cmp.cvks"), f3(a.ks()), f3(b.ks())},
                new String[] {msg.get("models.cmp.trainauc"), metric(c.trainingA(), ModelMetrics::auc),
                    metric(c.trainingB(), ModelMetrics::auc)},
                new String[] {msg.get("models.cmp.trainks"), metric(c.trainingA(), ModelMetrics::ks),
                    metric(c.trainingB(), ModelMetrics::ks)},
                new String[] {msg.get("models.cmp.brier"), metric(c.trainingA(), ModelMetrics::brier),
                    metric(c.trainingB(), ModelMetrics::brier)},
                new String[] {msg.get("models.cmp.rows"), fmt.integer(a.rows()), fmt.integer(b.rows())},
                new String[] {msg.get("models.cmp.characteristics"), String.valueOf(a.characteristics()),
                    String.valueOf(b.characteristics())},
                new String[] {msg.get("models.col.active"), a.active() ? "●" : "", b.active() ? "●" : ""});
        compareIv.getItems().setAll(c.iv());
        for (ModelWorkbench.IvRow r : c.iv()) {
            ivA.getData().add(new XYChart.Data<>(r.characteristic(), r.ivA() == null ? 0 : r.ivA()));
            ivB.getData().add(new XYChart.Data<>(r.characteristic(), r.ivB() == null ? 0 : r.ivB()));
        }
    }

    // ---------------------------------------------------------------- helpers

    private String label(String feature) {
        String key = "feature." + feature;
        String text = msg.get(key);
        return text.equals(key) || text.startsWith("!") ? feature : text;
    }

    private static String metric(ModelMetrics m, java.util.function.ToDoubleFunction<ModelMetrics> f) {
        return m == null ? "—" : f3(f.applyAsDouble(m));
    }

    private static String f3(double v) {
        return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }

    private static NumberAxis axis(String label, double lo, double hi) {
        NumberAxis a = new NumberAxis(lo, hi, 0.2);
        a.setLabel(label);
        return a;
    }

    private static <T> TableColumn<T, String> column(String title, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(value.apply(d.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }

    private static <T> TableColumn<T, String> number(String title, Function<T, String> value) {
        TableColumn<T, String> c = column(title, value, 80);
        c.getStyleClass().add("number-column");
        return c;
    }
}
