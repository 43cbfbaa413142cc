package io.creditdesk.ui.portfolio;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.creditdesk.portfolio.Bucket;
import io.creditdesk.portfolio.Period;
import io.creditdesk.portfolio.PortfolioBook;
import io.creditdesk.portfolio.PortfolioFilter;
import io.creditdesk.portfolio.PortfolioReport;
import io.creditdesk.portfolio.PortfolioTables;
import io.creditdesk.ui.common.Formats;
import io.creditdesk.ui.common.Messages;

import javafx.collections.FXCollections;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import tech.tablesaw.api.Table;

/**
 * The managers' dashboard: a filter bar, six KPI tiles and nine charts, each exportable as PNG and
 * CSV; the whole dashboard exports as one PNG report. The view binds and draws; the view model holds
 * the filter and the report; the service computes.
 */
public final class PortfolioView extends BorderPane {
    public static final String STYLESHEET = "/io/creditdesk/ui/portfolio/portfolio.css";
    private static final int TOP_SHARES = 10;
    private final PortfolioViewModel vm;
    private final Messages msg;
    private final Formats fmt;
    private final NumberFormat percent;

    private final Label subtitle = new Label();
    private final Label status = new Label();
    private final VBox content = new VBox(14);
    private final Label outstanding = tileValue("kpiOutstanding");
    private final Label loans = tileValue("kpiLoans");
    private final Label par30 = tileValue("kpiPar30");
    private final Label par90 = tileValue("kpiPar90");
    private final Label expectedLoss = tileValue("kpiExpectedLoss");
    private final Label approvalRate = tileValue("kpiApprovalRate");
    private final Label approvalDetail = new Label();

    private final CategoryAxis exposureX = new CategoryAxis();
    private final StackedBarChart<String, Number> exposureChart = new StackedBarChart<>(exposureX, new NumberAxis());
    private final CategoryAxis countX = new CategoryAxis();
    private final StackedBarChart<String, Number> countChart = new StackedBarChart<>(countX, new NumberAxis());
    private final CategoryAxis approvalsX = new CategoryAxis();
    private final StackedBarChart<String, Number> approvalsChart = new StackedBarChart<>(approvalsX, new NumberAxis());
    private final CategoryAxis volumeX = new CategoryAxis();
    private final BarChart<String, Number> volumeChart = new BarChart<>(volumeX, new NumberAxis());
    private final LineChart<String, Number> parChart = new LineChart<>(new CategoryAxis(), new NumberAxis());
    private final NumberAxis vintageX = new NumberAxis();
    private final LineChart<Number, Number> vintageChart = new LineChart<>(vintageX, new NumberAxis());
    private final BarChart<Number, String> categoryChart = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final BarChart<Number, String> regionChart = new BarChart<>(new NumberAxis(), new CategoryAxis());
    private final CategoryAxis overridesX = new CategoryAxis();
    private final BarChart<String, Number> overridesChart = new BarChart<>(overridesX, new NumberAxis());

    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final MenuButton products = new MenuButton();
    private final MenuButton grades = new MenuButton();
    private final MenuButton categories = new MenuButton();
    private final MenuButton regions = new MenuButton();
    private final ChoiceBox<Period> period = new ChoiceBox<>(FXCollections.observableArrayList(Period.WEEK, Period.MONTH));
    private final ChoiceBox<Period> vintage = new ChoiceBox<>(FXCollections.observableArrayList(Period.MONTH,
            Period.QUARTER));
    private boolean updatingControls;

    public PortfolioView(PortfolioViewModel vm, Messages msg, Formats fmt) {
        this.vm = vm;
        this.msg = msg;
        this.fmt = fmt;
        this.percent = percentFormat(msg.locale());
        setId("portfolioView");
        getStyleClass().add("portfolio-view");
        getStylesheets().add(STYLESHEET);

        setTop(filterBar());
        Label title = new Label(msg.get("portfolio.title"));
        title.getStyleClass().add("title-3");
        subtitle.setId("pfSubtitle");
        subtitle.getStyleClass().add("portfolio-subtitle");
        VBox heading = new VBox(2, title, subtitle);
        content.setId("pfReport");
        content.getStyleClass().add("portfolio-report");
        content.setPadding(new Insets(14));
        content.getChildren().addAll(heading, tiles(), charts());
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setId("pfScroll");
        setCenter(scroll);

        vm.report().addListener((obs, old, r) -> show(r));
        vm.choices().addListener((obs, old, c) -> offer(c));
        vm.lastExport().addListener((obs, old, p) -> {
            if (p != null) {
                status.setText(msg.get("portfolio.export.saved", p.toString()));
            }
        });
        vm.error().addListener((obs, old, e) -> {
            if (e != null) {
                status.setText(e);
            }
        });
        if (vm.choices().get() != null) {
            offer(vm.choices().get());
        }
        if (vm.report().get() != null) {
            show(vm.report().get());
        }
    }

    private Node filterBar() {
        from.setId("pfFrom");
        to.setId("pfTo");
        from.setPromptText(msg.get("portfolio.filter.from"));
        to.setPromptText(msg.get("portfolio.filter.to"));
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        from.valueProperty().addListener((o, a, b) -> apply());
        to.valueProperty().addListener((o, a, b) -> apply());
        products.setId("pfProduct");
        grades.setId("pfGrade");
        categories.setId("pfCategory");
        regions.setId("pfRegion");
        StringConverter<Period> periodNames = new StringConverter<>() {
            @Override
            public String toString(Period p) {
                return p == null ? "" : msg.get("portfolio.period." + p.name());
            }

            @Override
            public Period fromString(String s) {
                return null;
            }
        };
        period.setId("pfPeriod");
        period.setConverter(periodNames);
        period.setValue(vm.filter().get().period());
        period.valueProperty().addListener((o, a, b) -> apply());
        vintage.setId("pfVintage");
        vintage.setConverter(periodNames);
        vintage.setValue(vm.filter().get().vintagePeriod());
        vintage.valueProperty().addListener((o, a, b) -> apply());
        Button reset = new Button(msg.get("portfolio.reset"), new FontIcon(Feather.X_CIRCLE));
        reset.setId("pfReset");
        reset.setOnAction(e -> reset());
        Button reload = new Button(null, new FontIcon(Feather.REFRESH_CW));
        reload.setId("pfReload");
        reload.setTooltip(new Tooltip(msg.get("portfolio.reload")));
        reload.setOnAction(e -> vm.reload());
        Button report = new Button(msg.get("portfolio.export.report"), new FontIcon(Feather.DOWNLOAD));
        report.setId("pfExportReport");
        report.getStyleClass().add("accent");
        report.setOnAction(e -> exportReport());
        Button folder = new Button(null, new FontIcon(Feather.FOLDER));
        folder.setId("pfExportFolder");
        folder.setTooltip(new Tooltip(msg.get("portfolio.export.folder")));
        folder.setOnAction(e -> chooseFolder());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(vm.loading());
        status.setId("pfStatus");
        status.getStyleClass().add("portfolio-status");
        vm.refreshMillis().addListener((o, a, ms) -> status.setText(msg.get("portfolio.refreshed", ms.longValue())));
        FlowPane bar = new FlowPane(8, 8,
                labelled("portfolio.filter.from", from), labelled("portfolio.filter.to", to),
                labelled("portfolio.filter.product", products), labelled("portfolio.filter.grade", grades),
                labelled("portfolio.filter.category", categories), labelled("portfolio.filter.region", regions),
                labelled("portfolio.filter.period", period), labelled("portfolio.filter.vintage", vintage),
                reset, reload, report, folder, busy, status);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("toolbar-row");
        return bar;
    }

    private HBox labelled(String key, Node control) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("fact-key");
        HBox box = new HBox(4, l, control);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private static Label tileValue(String id) {
        Label l = new Label("–");
        l.setId(id);
        l.getStyleClass().add("kpi-value");
        return l;
    }

    private Node tiles() {
        approvalDetail.getStyleClass().add("kpi-detail");
        HBox row = new HBox(12,
                tile("portfolio.kpi.outstanding", outstanding, null),
                tile("portfolio.kpi.loans", loans, null),
                tile("portfolio.kpi.par30", par30, null),
                tile("portfolio.kpi.par90", par90, null),
                tile("portfolio.kpi.el", expectedLoss, null),
                tile("portfolio.kpi.approval", approvalRate, approvalDetail));
        row.setId("pfTiles");
        return row;
    }

    private VBox tile(String key, Label value, Label detail) {
        Label t = new Label(msg.get(key));
        t.getStyleClass().add("kpi-title");
        VBox box = detail == null ? new VBox(4, t, value) : new VBox(4, t, value, detail);
        box.getStyleClass().add("kpi-tile");
        HBox.setHgrow(box, Priority.ALWAYS);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private Node charts() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        grid.add(card("chartExposure", "portfolio.chart.exposure", exposureChart, "exposure-by-grade",
                PortfolioTables::byGrade), 0, 0);
        grid.add(card("chartCount", "portfolio.chart.count", countChart, "loans-by-grade", PortfolioTables::byGrade), 1, 0);
        grid.add(card("chartApprovals", "portfolio.chart.approvals", approvalsChart, "approvals",
                PortfolioTables::approvals), 0, 1);
        grid.add(card("chartVolume", "portfolio.chart.volume", volumeChart, "volume", PortfolioTables::approvals), 1, 1);
        grid.add(card("chartPar", "portfolio.chart.par", parChart, "par-trend", PortfolioTables::parTrend), 0, 2);
        grid.add(card("chartVintage", "portfolio.chart.vintage", vintageChart, "vintages", PortfolioTables::vintages),
                1, 2);
        grid.add(card("chartCategory", "portfolio.chart.category", categoryChart, "by-category",
                r -> PortfolioTables.shares("by_category", r.byCategory())), 0, 3);
        grid.add(card("chartRegion", "portfolio.chart.region", regionChart, "by-region",
                r -> PortfolioTables.shares("by_region", r.byRegion())), 1, 3);
        grid.add(card("chartOverrides", "portfolio.chart.overrides", overridesChart, "overrides",
                PortfolioTables::underwriters), 0, 4);
        vintageX.setLabel(msg.get("portfolio.chart.vintage.axis"));
        vintageX.setAutoRanging(false);
        vintageX.setLowerBound(1);
        vintageX.setTickUnit(1);
        for (var c : List.of(exposureChart, countChart, approvalsChart)) {
            c.setCategoryGap(6);
        }
        volumeChart.setLegendVisible(false);
        volumeChart.setCategoryGap(3);
        categoryChart.setLegendVisible(false);
        regionChart.setLegendVisible(false);
        parChart.setCreateSymbols(false);
        vintageChart.setCreateSymbols(false);
        return grid;
    }

    private ChartCard card(String id, String titleKey, javafx.scene.chart.Chart chart, String fileName,
                           Function<PortfolioReport, Table> data) {
        return new ChartCard(id, msg.get(titleKey), chart, msg,
                () -> vm.exportPng(fileName, SwingFXUtils.fromFXImage(snapshot(chart), null)),
                () -> {
                    PortfolioReport r = vm.report().get();
                    if (r != null) {
                        vm.exportCsv(fileName, PortfolioTables.csv(data.apply(r)));
                    }
                });
    }

    private static WritableImage snapshot(Node node) {
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        return node.snapshot(p, null);
    }

    /** The whole dashboard (heading with the filter, tiles, charts) as one PNG for a credit committee. */
    private void exportReport() {
        vm.exportPng("report", SwingFXUtils.fromFXImage(snapshot(content), null));
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(msg.get("portfolio.export.folder"));
        if (vm.exportDirectory().get() != null && vm.exportDirectory().get().toFile().isDirectory()) {
            chooser.setInitialDirectory(vm.exportDirectory().get().toFile());
        }
        java.io.File dir = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (dir != null) {
            vm.exportDirectory().set(dir.toPath());
        }
    }

    // ---- filter ----

    private void offer(PortfolioBook.Choices c) {
        if (c == null) {
            return;
        }
        PortfolioFilter f = vm.filter().get();
        fill(products, c.products(), f.products(), Function.identity());
        fill(grades, c.grades(), f.grades(), g -> g.equals(PortfolioReport.UNSCORED) ? msg.get("portfolio.unscored") : g);
        fill(categories, c.categories(), f.categories(), Function.identity());
        fill(regions, c.regions(), f.regions(), Function.identity());
    }

    private void fill(MenuButton button, List<String> values, Set<String> selected, Function<String, String> label) {
        updatingControls = true;
        try {
            button.getItems().clear();
            for (String v : values) {
                CheckMenuItem item = new CheckMenuItem(label.apply(v));
                item.setUserData(v);
                item.setSelected(selected.contains(v));
                item.selectedProperty().addListener((o, a, b) -> apply());
                button.getItems().add(item);
            }
            caption(button);
        } finally {
            updatingControls = false;
        }
    }

    private static Set<String> selected(MenuButton button) {
        Set<String> s = new LinkedHashSet<>();
        button.getItems().forEach(i -> {
            if (i instanceof CheckMenuItem c && c.isSelected()) {
                s.add((String) c.getUserData());
            }
        });
        return s;
    }

    private void caption(MenuButton button) {
        Set<String> s = selected(button);
        button.setText(s.isEmpty() ? msg.get("portfolio.filter.all")
                : s.size() == 1 ? button.getItems().stream().filter(i -> s.contains((String) i.getUserData()))
                        .findFirst().map(i -> i.getText()).orElse("")
                : msg.get("portfolio.filter.some", s.size()));
    }

    private void apply() {
        if (updatingControls) {
            return;
        }
        for (MenuButton b : List.of(products, grades, categories, regions)) {
            caption(b);
        }
        try {
            vm.filter().set(new PortfolioFilter(from.getValue(), to.getValue(), selected(products), selected(grades),
                    selected(categories), selected(regions), period.getValue(), vintage.getValue()));
        } catch (IllegalArgumentException e) {
            status.setText(e.getMessage());
        }
    }

    private void reset() {
        updatingControls = true;
        try {
            from.setValue(null);
            to.setValue(null);
            for (MenuButton b : List.of(products, grades, categories, regions)) {
                b.getItems().forEach(i -> ((CheckMenuItem) i).setSelected(false));
            }
        } finally {
            updatingControls = false;
        }
        apply();
    }

    // ---- drawing ----

    private void show(PortfolioReport r) {
        if (r == null) {
            return;
        }
        PortfolioReport.Kpis k = r.kpis();
        String cur = r.currency();
        outstanding.setText(fmt.money(k.outstanding(), cur));
        loans.setText(fmt.integer(k.loans()));
        par30.setText(pct(k.par30()));
        par90.setText(pct(k.par90()));
        expectedLoss.setText(fmt.money(k.expectedLoss(), cur));
        approvalRate.setText(pct(k.approvalRate()));
        approvalDetail.setText(msg.get("portfolio.kpi.approval.detail", fmt.integer(k.approved()), fmt.integer(k.decided())));
        subtitle.setText(msg.get("portfolio.subtitle", cur, r.reportDate() == null ? "–" : fmt.date(r.reportDate()),
                describe(r.filter())));
        drawGrades(r);
        drawApprovals(r);
        drawPar(r);
        drawVintages(r);
        drawShares(categoryChart, r.byCategory());
        drawShares(regionChart, r.byRegion());
        drawOverrides(r);
        content.applyCss();
        content.layout();
        vm.shown();
    }

    private String describe(PortfolioFilter f) {
        List<String> parts = new ArrayList<>();
        if (f.from() != null || f.to() != null) {
            parts.add((f.from() == null ? "…" : fmt.date(f.from())) + " – " + (f.to() == null ? "…" : fmt.date(f.to())));
        }
        for (Set<String> s : List.of(f.products(), f.grades(), f.categories(), f.regions())) {
            if (!s.isEmpty()) {
                parts.add(String.join(", ", s.stream().sorted().toList()));
            }
        }
        return parts.isEmpty() ? msg.get("portfolio.filter.summary.all") : String.join(" · ", parts);
    }

    private String grade(String g) {
        return g.equals(PortfolioReport.UNSCORED) ? msg.get("portfolio.unscored") : g;
    }

    private void drawGrades(PortfolioReport r) {
        List<String> gradeNames = new ArrayList<>();
        for (PortfolioReport.GradeRow g : r.byGrade()) {
            if (!gradeNames.contains(grade(g.grade()))) {
                gradeNames.add(grade(g.grade()));
            }
        }
        setCategories(exposureX, gradeNames);
        setCategories(countX, gradeNames);
        for (Bucket b : Bucket.values()) {
            List<String> xs = new ArrayList<>();
            List<Number> exposure = new ArrayList<>();
            List<Number> count = new ArrayList<>();
            for (PortfolioReport.GradeRow g : r.byGrade()) {
                if (g.bucket() == b) {
                    xs.add(grade(g.grade()));
                    exposure.add(g.exposure().doubleValue());
                    count.add(g.loans());
                }
            }
            update(series(exposureChart, b.ordinal(), "portfolio.bucket." + b.name()), xs, exposure);
            update(series(countChart, b.ordinal(), "portfolio.bucket." + b.name()), xs, count);
        }
    }

    private void drawApprovals(PortfolioReport r) {
        List<String> labels = r.approvals().stream().map(PortfolioReport.PeriodRow::label).toList();
        List<Number> approved = new ArrayList<>();
        List<Number> declined = new ArrayList<>();
        List<Number> volume = new ArrayList<>();
        for (PortfolioReport.PeriodRow p : r.approvals()) {
            approved.add(p.approved());
            declined.add(p.decided() - p.approved());
            volume.add(p.volume().doubleValue());
        }
        setCategories(approvalsX, labels);
        update(series(approvalsChart, 0, "portfolio.series.approved"), labels, approved);
        update(series(approvalsChart, 1, "portfolio.series.declined"), labels, declined);
        setCategories(volumeX, labels);
        update(series(volumeChart, 0, "portfolio.series.volume"), labels, volume);
    }

    private void drawPar(PortfolioReport r) {
        List<String> labels = new ArrayList<>();
        List<Number> p30 = new ArrayList<>();
        List<Number> p90 = new ArrayList<>();
        for (PortfolioReport.ParPoint p : r.parTrend()) {
            labels.add(p.date().toString().substring(0, 7));
            p30.add(hundred(p.par30()));
            p90.add(hundred(p.par90()));
        }
        update(series(parChart, 0, "portfolio.series.par30"), labels, p30);
        update(series(parChart, 1, "portfolio.series.par90"), labels, p90);
    }

    private void drawVintages(PortfolioReport r) {
        List<String> cohorts = r.vintages().stream().map(PortfolioReport.VintageCurve::cohort).toList();
        List<String> shown = vintageChart.getData().stream().map(XYChart.Series::getName).toList();
        if (!cohorts.equals(shown)) {
            List<XYChart.Series<Number, Number>> curves = new ArrayList<>();
            for (String c : cohorts) {
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName(c);
                curves.add(s);
            }
            vintageChart.getData().setAll(curves);
        }
        int maxMob = 1;
        for (int i = 0; i < cohorts.size(); i++) {
            PortfolioReport.VintageCurve v = r.vintages().get(i);
            List<Number> mobs = new ArrayList<>();
            List<Number> rates = new ArrayList<>();
            for (int m = 0; m < v.defaultRates().size(); m++) {
                mobs.add(m + 1);
                rates.add(hundred(v.defaultRates().get(m)));
            }
            maxMob = Math.max(maxMob, v.defaultRates().size());
            update(vintageChart.getData().get(i), mobs, rates);
        }
        vintageX.setUpperBound(Math.max(2, maxMob));
        vintageX.setTickUnit(maxMob > 12 ? 3 : 1);
    }

    private void drawShares(BarChart<Number, String> chart, List<PortfolioReport.ShareRow> rows) {
        List<String> names = new ArrayList<>();
        List<Number> shares = new ArrayList<>();
        BigDecimal other = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            PortfolioReport.ShareRow row = rows.get(i);
            if (i < TOP_SHARES) {
                names.add(row.name());
                shares.add(hundred(row.share()));
            } else if (row.share() != null) {
                other = other.add(row.share());
            }
        }
        if (rows.size() > TOP_SHARES) {
            names.add(msg.get("portfolio.other"));
            shares.add(hundred(other));
        }
        java.util.Collections.reverse(names); // the category axis runs upwards: largest at the top
        java.util.Collections.reverse(shares);
        if (chart.getData().isEmpty()) {
            XYChart.Series<Number, String> s = new XYChart.Series<>();
            s.setName(msg.get("portfolio.series.share"));
            chart.getData().add(s);
        }
        XYChart.Series<Number, String> s = chart.getData().get(0);
        List<String> shown = s.getData().stream().map(XYChart.Data::getYValue).toList();
        if (shown.equals(names)) {
            for (int i = 0; i < names.size(); i++) {
                s.getData().get(i).setXValue(shares.get(i));
            }
            return;
        }
        List<XYChart.Data<Number, String>> bars = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            bars.add(new XYChart.Data<>(shares.get(i), names.get(i)));
        }
        // the axis keeps the order of categories it has seen until a layout finds no data at all
        chart.getData().clear();
        chart.layout();
        s.getData().setAll(bars);
        chart.getData().add(s);
    }

    private void drawOverrides(PortfolioReport r) {
        List<String> users = new ArrayList<>();
        List<Number> rate = new ArrayList<>();
        List<Number> later = new ArrayList<>();
        for (PortfolioReport.UnderwriterRow u : r.underwriters()) {
            users.add(u.user());
            rate.add(hundred(u.overrideRate()));
            later.add(hundred(u.laterDefaultRate()));
        }
        setCategories(overridesX, users);
        update(series(overridesChart, 0, "portfolio.series.override"), users, rate);
        update(series(overridesChart, 1, "portfolio.series.laterdefault"), users, later);
        overridesChart.setTitle(users.isEmpty() ? msg.get("portfolio.overrides.none") : null);
    }

    /** The chart's series number {@code index}, created (named from {@code key}) the first time. */
    private <X, Y> XYChart.Series<X, Y> series(XYChart<X, Y> chart, int index, String key) {
        while (chart.getData().size() <= index) {
            chart.getData().add(new XYChart.Series<>());
        }
        XYChart.Series<X, Y> s = chart.getData().get(index);
        if (s.getName() == null) {
            s.setName(msg.get(key));
        }
        return s;
    }

    /**
     * Shows {@code xs → ys} in {@code s}: when the x values are those already shown, only the y values
     * change (no nodes are created, the cheap case of a filter change); otherwise the points are replaced.
     */
    private static <X, Y> void update(XYChart.Series<X, Y> s, List<X> xs, List<Y> ys) {
        List<XYChart.Data<X, Y>> d = s.getData();
        boolean same = d.size() == xs.size();
        for (int i = 0; same && i < xs.size(); i++) {
            same = Objects.equals(d.get(i).getXValue(), xs.get(i));
        }
        if (same) {
            for (int i = 0; i < ys.size(); i++) {
                if (!Objects.equals(d.get(i).getYValue(), ys.get(i))) {
                    d.get(i).setYValue(ys.get(i));
                }
            }
            return;
        }
        List<XYChart.Data<X, Y>> points = new ArrayList<>(xs.size());
        for (int i = 0; i < xs.size(); i++) {
            points.add(new XYChart.Data<>(xs.get(i), ys.get(i)));
        }
        s.getData().setAll(points);
    }

    private static void setCategories(CategoryAxis axis, List<String> categories) {
        if (!axis.getCategories().equals(categories)) {
            axis.setCategories(FXCollections.observableArrayList(categories));
        }
    }

    private static double hundred(BigDecimal share) {
        return share == null ? 0 : share.doubleValue() * 100;
    }

    private String pct(BigDecimal share) {
        return percent(percent, share);
    }

    /** How a tile shows a share: {@code 0.1377} → {@code 13.77%}; none → {@code –}. */
    public static String percent(Locale locale, BigDecimal share) {
        return percent(percentFormat(locale), share);
    }

    private static String percent(NumberFormat f, BigDecimal share) {
        return share == null ? "–" : f.format(share);
    }

    private static NumberFormat percentFormat(Locale locale) {
        NumberFormat f = NumberFormat.getPercentInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f;
    }

    public PortfolioViewModel viewModel() {
        return vm;
    }
}
