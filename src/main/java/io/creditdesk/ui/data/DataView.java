package io.creditdesk.ui.data;

import java.io.File;
import java.util.List;
import java.util.function.Function;

import io.creditdesk.ingest.imports.ImportPreview;
import io.creditdesk.ingest.imports.ImportReport;
import io.creditdesk.ingest.imports.RejectedRow;
import io.creditdesk.ui.common.Formats;
import io.creditdesk.ui.common.Messages;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Data screen: choose canonical CSV files or an Olist folder (dialogs, or a path typed in the
 * field), see the detected format and the first rows, import with progress and cancel, then read
 * the summary, the rejected rows and the unattributed orders, and export the rejects.
 */
public final class DataView extends BorderPane {
    private final Messages msg;
    private final Formats fmt;
    private final DataViewModel vm;
    private final TableView<List<String>> previewTable = new TableView<>();
    private final Label summary = new Label();

    public DataView(DataViewModel vm, Messages msg, Formats fmt) {
        this.vm = vm;
        this.msg = msg;
        this.fmt = fmt;
        setId("dataView");
        getStyleClass().add("data-view");

        TextField path = new TextField();
        path.setId("dataPath");
        path.setPromptText(msg.get("data.path.prompt"));
        path.textProperty().bindBidirectional(vm.paths());
        path.setOnAction(e -> vm.preview());
        HBox.setHgrow(path, Priority.ALWAYS);
        Button files = new Button(msg.get("data.chooseFiles"), new FontIcon(Feather.FILE_TEXT));
        files.setId("dataChooseFiles");
        files.setOnAction(e -> chooseFiles());
        Button folder = new Button(msg.get("data.chooseFolder"), new FontIcon(Feather.FOLDER));
        folder.setId("dataChooseFolder");
        folder.setOnAction(e -> chooseFolder());
        Button previewButton = new Button(msg.get("data.preview"), new FontIcon(Feather.EYE));
        previewButton.setId("dataPreview");
        previewButton.setOnAction(e -> vm.preview());
        HBox chooseRow = new HBox(8, path, files, folder, previewButton);
        chooseRow.setAlignment(Pos.CENTER_LEFT);

        Label format = new Label(msg.get("data.format.none"));
        format.setId("dataFormat");
        format.getStyleClass().add("fact-value");
        previewTable.setId("dataPreviewTable");
        previewTable.setFixedCellSize(26);
        previewTable.setPrefHeight(26 * 7 + 30);
        previewTable.setPlaceholder(new Label(msg.get("data.preview.empty")));
        vm.previewProperty().addListener((obs, old, pv) -> showPreview(pv, format));

        CheckBox dryRun = new CheckBox(msg.get("data.dryRun"));
        dryRun.setId("dataDryRun");
        dryRun.selectedProperty().bindBidirectional(vm.dryRun());
        TextField share = new TextField();
        share.setId("dataMaxRejectShare");
        share.setPrefColumnCount(5);
        share.textProperty().bindBidirectional(vm.maxRejectShare());
        Button importButton = new Button(msg.get("data.import"), new FontIcon(Feather.DOWNLOAD));
        importButton.setId("dataImport");
        importButton.getStyleClass().add("accent");
        importButton.disableProperty().bind(vm.previewProperty().isNull().or(vm.running()));
        importButton.setOnAction(e -> vm.runImport());
        Button cancel = new Button(msg.get("data.cancel"), new FontIcon(Feather.X_CIRCLE));
        cancel.setId("dataCancel");
        cancel.disableProperty().bind(vm.running().not().or(vm.completing()));
        cancel.setOnAction(e -> vm.cancel());
        ProgressBar bar = new ProgressBar(0);
        bar.setId("dataProgress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(vm.progress());
        bar.visibleProperty().bind(vm.running());
        Label step = new Label();
        step.setId("dataStep");
        step.textProperty().bind(vm.step());
        step.visibleProperty().bind(vm.running());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox runRow = new HBox(10, dryRun, new Label(msg.get("data.maxRejectShare")), share, spacer, bar, step, cancel,
                importButton);
        runRow.setAlignment(Pos.CENTER_LEFT);

        Label error = new Label();
        error.setId("dataMessage");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.error());
        summary.setId("dataSummary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("title-4");
        vm.report().addListener((obs, old, r) -> showSummary());
        vm.outcome().addListener((obs, old, o) -> showSummary());

        TableView<RejectedRow> rejects = new TableView<>(vm.rejects());
        rejects.setId("dataRejects");
        rejects.setFixedCellSize(26);
        rejects.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        rejects.setPlaceholder(new Label(msg.get("data.rejects.empty")));
        rejects.getColumns().add(col("data.col.file", RejectedRow::file, 140));
        rejects.getColumns().add(col("data.col.line", r -> fmt.integer(r.line()), 70));
        rejects.getColumns().add(col("data.col.column", RejectedRow::column, 110));
        rejects.getColumns().add(col("data.col.reason", RejectedRow::reason, 320));
        rejects.getColumns().add(col("data.col.original", RejectedRow::original, 360));
        Button export = new Button(msg.get("data.exportRejects"), new FontIcon(Feather.SAVE));
        export.setId("dataExportRejects");
        export.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.rejects()));
        export.setOnAction(e -> exportRejects());
        ListView<String> unattributed = new ListView<>(vm.unattributed());
        unattributed.setId("dataUnattributed");
        unattributed.setFixedCellSize(24);
        unattributed.setPlaceholder(new Label(msg.get("data.unattributed.empty")));
        Tab rejectsTab = new Tab(msg.get("data.tab.rejects"), new BorderPane(rejects, null, null,
                new HBox(8, export), null));
        Tab unattributedTab = new Tab(msg.get("data.tab.unattributed"), unattributed);
        TabPane results = new TabPane(rejectsTab, unattributedTab);
        results.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(results, Priority.ALWAYS);

        Label title = new Label(msg.get("data.title"));
        title.getStyleClass().add("title-3");
        Label hint = new Label(msg.get("data.hint"));
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        VBox top = new VBox(10, title, hint, chooseRow, format, previewTable, runRow, error, summary);
        top.getStyleClass().add("toolbar-row");
        VBox content = new VBox(10, top, results);
        content.setPadding(new javafx.geometry.Insets(0, 0, 8, 0));
        setCenter(content);
    }

    private void chooseFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(msg.get("data.chooseFiles"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        List<File> files = chooser.showOpenMultipleDialog(window());
        if (files != null && !files.isEmpty()) {
            vm.choose(files);
        }
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(msg.get("data.chooseFolder"));
        File dir = chooser.showDialog(window());
        if (dir != null) {
            vm.choose(List.of(dir));
        }
    }

    private void exportRejects() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(msg.get("data.exportRejects"));
        chooser.setInitialFileName("rejects.csv");
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            vm.exportRejects(file.toPath());
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    private void showPreview(ImportPreview pv, Label format) {
        previewTable.getColumns().clear();
        if (pv == null) {
            format.setText(msg.get("data.format.none"));
            previewTable.getItems().clear();
            return;
        }
        format.setText(msg.get(pv.source().format().equals("olist") ? "data.format.olist" : "data.format.canonical",
                pv.description(), pv.previewFile()));
        for (int i = 0; i < pv.columns().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> c = new TableColumn<>(pv.columns().get(i));
            c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(index < cd.getValue().size()
                    ? cd.getValue().get(index) : ""));
            c.setPrefWidth(140);
            previewTable.getColumns().add(c);
        }
        previewTable.getItems().setAll(pv.rows());
    }

    private void showSummary() {
        ImportReport r = vm.report().get();
        switch (vm.outcome().get()) {
            case CANCELLED -> summary.setText(msg.get("data.cancelled"));
            case NONE, FAILED -> summary.setText("");
            default -> {
                if (r == null) {
                    return;
                }
                String counts = msg.get("data.summary", fmt.integer(r.sellers()), fmt.integer(r.sellersWithOrders()),
                        fmt.integer(r.orderLines()), fmt.integer(r.orders()), fmt.integer(r.rejected()),
                        fmt.integer(r.unattributedOrders().size()), String.format("%.1f", r.seconds()));
                String head = switch (vm.outcome().get()) {
                    case REFUSED -> msg.get("data.refused", r.refusal());
                    case DRY_RUN -> msg.get("data.dryRunDone");
                    default -> msg.get("data.imported");
                };
                summary.setText(head + " " + counts);
            }
        }
    }

    private TableColumn<RejectedRow, String> col(String key, Function<RejectedRow, String> value, double width) {
        TableColumn<RejectedRow, String> c = new TableColumn<>(msg.get(key));
        c.setId(key);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }
}
