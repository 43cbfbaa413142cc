package io.creditdesk.ui.queue;

import java.util.function.Consumer;
import java.util.function.Function;

import io.creditdesk.ui.common.Formats;
import io.creditdesk.ui.common.Messages;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The application queue: filters, take / release, and opening an application in the workspace. */
public final class QueueView extends BorderPane {
    private final Messages msg;
    private final Formats fmt;
    private final TableView<QueueRow> table = new TableView<>();

    public QueueView(QueueViewModel vm, Messages msg, Formats fmt, Consumer<QueueRow> onOpen) {
        this.msg = msg;
        this.fmt = fmt;
        setId("queueView");
        ToggleGroup group = new ToggleGroup();
        HBox filters = new HBox(0);
        filters.getStyleClass().add("segmented");
        for (QueueFilter f : QueueFilter.values()) {
            ToggleButton b = new ToggleButton(msg.get(f.messageKey()));
            b.setId("queueFilter-" + f.name().toLowerCase(java.util.Locale.ROOT));
            b.setToggleGroup(group);
            b.setUserData(f);
            b.setSelected(f == vm.filter().get());
            filters.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true);
            } else {
                vm.filter().set((QueueFilter) t.getUserData());
            }
        });
        Button take = new Button(msg.get("queue.take"), new FontIcon(Feather.USER_CHECK));
        take.setId("queueTake");
        take.disableProperty().bind(vm.selected().isNull());
        take.setOnAction(e -> vm.take());
        Button release = new Button(msg.get("queue.release"), new FontIcon(Feather.USER_X));
        release.setId("queueRelease");
        release.disableProperty().bind(vm.selected().isNull());
        release.setOnAction(e -> vm.release());
        Button open = new Button(msg.get("queue.open"), new FontIcon(Feather.BRIEFCASE));
        open.setId("queueOpen");
        open.getStyleClass().add("accent");
        open.disableProperty().bind(vm.selected().isNull());
        open.setOnAction(e -> onOpen.accept(vm.selected().get()));
        Button refresh = new Button(null, new FontIcon(Feather.REFRESH_CW));
        refresh.setTooltip(new javafx.scene.control.Tooltip(msg.get("queue.refresh")));
        refresh.setOnAction(e -> vm.refresh());
        Label message = new Label();
        message.setId("queueMessage");
        message.getStyleClass().add("error-text");
        message.textProperty().bind(vm.message());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(10, filters, refresh, message, spacer, take, release, open);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("toolbar-row");
        setTop(top);

        table.setId("queueTable");
        table.setItems(vm.rows());
        table.setFixedCellSize(30);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(msg.get("queue.empty")));
        table.getColumns().add(col("queue.col.id", r -> String.valueOf(r.id()), 70, true));
        table.getColumns().add(col("queue.col.seller", QueueRow::sellerName, 200, false));
        table.getColumns().add(col("queue.col.product", r -> msg.get("product." + r.application().product()), 110, false));
        table.getColumns().add(col("queue.col.requested", r -> fmt.money(r.application().requestedAmount(),
                r.application().currency()), 130, true));
        table.getColumns().add(col("queue.col.score", r -> r.application().score() == null ? "—"
                : String.valueOf(r.application().score()), 70, true));
        table.getColumns().add(gradeColumn());
        table.getColumns().add(col("queue.col.recommended", r -> r.application().recommendedAmount() == null ? "—"
                : fmt.money(r.application().recommendedAmount(), r.application().currency()), 130, true));
        table.getColumns().add(col("queue.col.decision", r -> r.recommendedDecision() == null ? "—"
                : msg.get("queue.decision." + r.recommendedDecision()), 110, false));
        table.getColumns().add(ageColumn());
        table.getColumns().add(col("queue.col.status", r -> msg.get("status." + r.application().status().name()), 110,
                false));
        table.getColumns().add(col("queue.col.assignee", r -> r.application().assignee() == null ? ""
                : r.application().assignee(), 100, false));
        vm.selected().bind(table.getSelectionModel().selectedItemProperty());
        table.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && vm.selected().get() != null) {
                onOpen.accept(vm.selected().get());
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && vm.selected().get() != null) {
                onOpen.accept(vm.selected().get());
            }
        });
        setCenter(table);
    }

    private TableColumn<QueueRow, String> col(String key, Function<QueueRow, String> value, double width, boolean number) {
        TableColumn<QueueRow, String> c = new TableColumn<>(msg.get(key));
        c.setId(key);
        c.setPrefWidth(width);
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        if (number) {
            c.getStyleClass().add("number-column");
        }
        return c;
    }

    /** Age in days; past the SLA the cell is marked late. */
    private TableColumn<QueueRow, QueueRow> ageColumn() {
        TableColumn<QueueRow, QueueRow> c = new TableColumn<>(msg.get("queue.col.age"));
        c.setId("queue.col.age");
        c.setPrefWidth(90);
        c.getStyleClass().add("number-column");
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(cd.getValue()));
        c.setCellFactory(tc -> new TableCell<>() {
            @Override
            protected void updateItem(QueueRow r, boolean empty) {
                super.updateItem(r, empty);
                getStyleClass().remove("sla-late");
                if (empty || r == null) {
                    setText(null);
                    setTooltip(null);
                    return;
                }
                setText(msg.get("queue.age", r.ageDays()));
                if (r.late()) {
                    getStyleClass().add("sla-late");
                    setTooltip(new javafx.scene.control.Tooltip(msg.get("queue.sla.late", QueueRow.SLA_DAYS)));
                } else {
                    setTooltip(null);
                }
            }
        });
        return c;
    }

    private TableColumn<QueueRow, String> gradeColumn() {
        TableColumn<QueueRow, String> c = col("queue.col.grade", r -> r.application().grade(), 60, false);
        c.setCellFactory(tc -> new TableCell<>() {
            @Override
            protected void updateItem(String grade, boolean empty) {
                super.updateItem(grade, empty);
                if (empty || grade == null) {
                    setGraphic(null);
                    setText(empty ? null : "—");
                } else {
                    Label badge = new Label(grade);
                    badge.getStyleClass().addAll("grade-badge", "grade-" + grade);
                    setGraphic(badge);
                    setText(null);
                }
            }
        });
        return c;
    }

    public TableView<QueueRow> table() {
        return table;
    }

}
