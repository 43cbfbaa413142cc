package io.creditdesk.ui.sellers;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;

import io.creditdesk.seller.SellerIndex;
import io.creditdesk.seller.SellerMonth;
import io.creditdesk.seller.SellerRow;
import io.creditdesk.ui.common.Formats;
import io.creditdesk.ui.common.ColumnLayout;
import io.creditdesk.ui.common.Messages;
import io.creditdesk.ui.common.Settings;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The seller browser: search, a virtualized sortable table, and a detail pane with monthly GMV. */
public final class SellersView extends BorderPane {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private final SellersViewModel vm;
    private final Messages msg;
    private final Formats fmt;
    private final TableView<SellerRow> table = new TableView<>();
    private final BarChart<String, Number> gmvChart;
    private final XYChart.Series<String, Number> gmvSeries = new XYChart.Series<>();
    private final Label detailTitle = new Label();
    private final GridPane facts = new GridPane();

    public SellersView(SellersViewModel vm, Messages msg, Formats fmt, Settings settings,
                       java.util.function.Consumer<String> onOpen) {
        this.vm = vm;
        this.msg = msg;
        this.fmt = fmt;
        getStyleClass().add("sellers-view");
        setId("sellersView");

        TextField search = new TextField();
        search.setId("sellerSearch");
        search.setPromptText(msg.get("sellers.search.prompt"));
        search.textProperty().bindBidirectional(vm.query());
        search.setPrefColumnCount(28);
        Label count = new Label();
        count.setId("sellerCount");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> msg.get("sellers.count", fmt.integer(vm.rows().size()), fmt.integer(vm.total().get())),
                vm.rows(), vm.total()));
        javafx.scene.control.Button open = new javafx.scene.control.Button(msg.get("sellers.open"),
                new FontIcon(Feather.BRIEFCASE));
        open.setId("openWorkspace");
        open.disableProperty().bind(vm.selected().isNull());
        open.setOnAction(e -> onOpen.accept(vm.selected().get().sellerId()));
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && vm.selected().get() != null) {
                onOpen.accept(vm.selected().get().sellerId());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && vm.selected().get() != null) {
                onOpen.accept(vm.selected().get().sellerId());
            }
        });
        HBox top = new HBox(12, new FontIcon(Feather.SEARCH), search, count, open);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("toolbar-row");
        setTop(new VBox(top, new SellerFilterBar(vm, msg)));

        buildTable();
        ColumnLayout.remember(table, settings, "table-layout-sellers");

        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(msg.get("sellers.chart.gmv.axis"));
        gmvChart = new BarChart<>(x, y);
        gmvChart.setId("gmvChart");
        gmvChart.setTitle(msg.get("sellers.chart.gmv"));
        gmvChart.setLegendVisible(false);
        gmvChart.setAnimated(false);
        gmvChart.setCategoryGap(2);
        gmvChart.getData().add(gmvSeries);
        detailTitle.getStyleClass().add("title-3");
        detailTitle.setText(msg.get("sellers.detail.none"));
        facts.getStyleClass().add("facts");
        facts.setHgap(16);
        facts.setVgap(4);
        VBox detail = new VBox(12, detailTitle, facts, gmvChart);
        detail.setPadding(new Insets(12));
        VBox.setVgrow(gmvChart, Priority.ALWAYS);
        detail.setId("sellerDetail");

        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.64);
        setCenter(split);

        vm.selected().bind(table.getSelectionModel().selectedItemProperty());
        vm.selected().addListener((obs, old, row) -> showFacts(row));
        vm.selectedMonths().addListener((ListChangeListener<SellerMonth>) c -> showMonths());
    }

    private void buildTable() {
        table.setId("sellerTable");
        table.setItems(vm.rows());
        table.setFixedCellSize(28);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setTableMenuButtonVisible(true);
        table.setPlaceholder(new Label(msg.get("sellers.empty")));
        table.getColumns().add(column("sellers.col.id", SellerIndex.Column.ID, SellerRow::sellerId, 120));
        table.getColumns().add(column("sellers.col.name", SellerIndex.Column.NAME, SellerRow::name, 200));
        table.getColumns().add(column("sellers.col.category", SellerIndex.Column.CATEGORY, SellerRow::category, 120));
        table.getColumns().add(column("sellers.col.region", SellerIndex.Column.REGION, SellerRow::region, 100));
        table.getColumns().add(numberColumn("sellers.col.tenure", SellerIndex.Column.TENURE,
                r -> fmt.integer(r.tenureMonths()), 80));
        table.getColumns().add(numberColumn("sellers.col.gmv12m", SellerIndex.Column.GMV_12M,
                r -> fmt.amount(r.gmv12m()), 120));
        table.getColumns().add(numberColumn("sellers.col.orders12m", SellerIndex.Column.ORDERS_12M,
                r -> fmt.integer(r.orders12m()), 90));
        table.getColumns().add(numberColumn("sellers.col.score", SellerIndex.Column.SCORE,
                r -> r.score() == null ? "" : fmt.integer(r.score()), 70));
        table.getColumns().add(column("sellers.col.grade", SellerIndex.Column.GRADE,
                r -> r.grade() == null ? "" : r.grade(), 60));
        table.getColumns().add(numberColumn("sellers.col.growth", SellerIndex.Column.GROWTH,
                r -> r.growth() == null ? "" : fmt.signedPercent(r.growth()), 80));
        table.getColumns().add(numberColumn("sellers.col.refunds", SellerIndex.Column.REFUND_RATE,
                r -> fmt.percent(r.refundRate()), 80));
        table.getColumns().add(numberColumn("sellers.col.reviews", SellerIndex.Column.REVIEW_AVERAGE,
                r -> r.reviewAverage() == null ? "" : fmt.decimal(r.reviewAverage(), 2), 80));
        table.getColumns().add(column("sellers.col.open", SellerIndex.Column.OPEN_APPLICATION,
                r -> r.openApplication() ? "●" : "", 60));
        // sorting runs in the view model over a primitive index, never through the table's comparator
        table.setSortPolicy(t -> {
            if (t.getSortOrder().isEmpty()) {
                vm.sortBy(SellerIndex.Column.GMV_12M, false);
            } else {
                TableColumn<SellerRow, ?> c = t.getSortOrder().get(0);
                vm.sortBy((SellerIndex.Column) c.getUserData(), c.getSortType() == TableColumn.SortType.ASCENDING);
            }
            return true;
        });
    }

    private TableColumn<SellerRow, String> column(String key, SellerIndex.Column sortKey,
                                                  Function<SellerRow, String> value, double width) {
        TableColumn<SellerRow, String> c = new TableColumn<>(msg.get(key));
        c.setId(key);
        c.setUserData(sortKey);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    private TableColumn<SellerRow, String> numberColumn(String key, SellerIndex.Column sortKey,
                                                        Function<SellerRow, String> value, double width) {
        TableColumn<SellerRow, String> c = column(key, sortKey, value, width);
        c.getStyleClass().add("number-column");
        return c;
    }

    private void showFacts(SellerRow row) {
        facts.getChildren().clear();
        if (row == null) {
            detailTitle.setText(msg.get("sellers.detail.none"));
            return;
        }
        detailTitle.setText(row.name() + "  ·  " + row.sellerId());
        int r = 0;
        fact(r++, "sellers.col.category", row.category());
        fact(r++, "sellers.col.region", row.region());
        fact(r++, "sellers.detail.joined", fmt.date(row.joinedOn()));
        fact(r++, "sellers.col.gmv12m", fmt.amount(row.gmv12m()));
        fact(r++, "sellers.col.orders12m", fmt.integer(row.orders12m()));
        fact(r++, "sellers.col.score", row.score() == null ? msg.get("sellers.unscored")
                : fmt.integer(row.score()) + "  (" + row.grade() + ")");
        fact(r++, "sellers.col.growth", row.growth() == null ? "—" : fmt.signedPercent(row.growth()));
        fact(r++, "sellers.col.refunds", fmt.percent(row.refundRate()));
        fact(r, "sellers.col.reviews", row.reviewAverage() == null ? "" : fmt.decimal(row.reviewAverage(), 2));
    }

    private void fact(int row, String key, String value) {
        Label k = new Label(msg.get(key));
        k.getStyleClass().add("fact-key");
        Label v = new Label(value == null ? "" : value);
        v.getStyleClass().add("fact-value");
        facts.addRow(row, k, v);
    }

    private void showMonths() {
        gmvSeries.getData().clear();
        for (SellerMonth m : vm.selectedMonths()) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(MONTH.format(m.monthStart()), m.gmv().doubleValue());
            gmvSeries.getData().add(d);
            installTooltip(d, m.gmv());
        }
    }

    private void installTooltip(XYChart.Data<String, Number> d, BigDecimal gmv) {
        String text = d.getXValue() + ": " + fmt.amount(gmv);
        d.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                Tooltip.install(node, new Tooltip(text));
            }
        });
    }

    public TableView<SellerRow> table() {
        return table;
    }

    public XYChart.Series<String, Number> gmvSeries() {
        return gmvSeries;
    }
}
