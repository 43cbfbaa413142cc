package io.creditdesk.ui.workspace;

import java.util.function.Function;

import io.creditdesk.decision.ApplicationCase;
import io.creditdesk.decision.DecisionRow;
import io.creditdesk.ui.common.Formats;
import io.creditdesk.ui.common.Messages;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/** The History tab: the seller's applications and every decision taken on them (from the journal's tables). */
public final class HistoryTab extends VBox {
    private final Messages msg;

    public HistoryTab(WorkspaceViewModel vm, Messages msg, Formats fmt) {
        super(8);
        this.msg = msg;
        setPadding(new Insets(12));
        setId("historyTab");
        TableView<ApplicationCase> apps = new TableView<>(vm.applications());
        apps.setId("historyApplications");
        apps.setPrefHeight(220);
        apps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        apps.getColumns().add(col("queue.col.id", c -> String.valueOf(c.id())));
        apps.getColumns().add(col("history.submitted", c -> fmt.date(c.application().submittedAt().toLocalDate())));
        apps.getColumns().add(col("queue.col.product", c -> msg.get("product." + c.application().product())));
        apps.getColumns().add(col("queue.col.requested", c -> fmt.money(c.application().requestedAmount(),
                c.application().currency())));
        apps.getColumns().add(col("queue.col.status", c -> msg.get("status." + c.application().status().name())));
        TableView<DecisionRow> decisions = new TableView<>(vm.decisions());
        decisions.setId("historyDecisions");
        decisions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        decisions.getColumns().add(col("queue.col.id", d -> String.valueOf(d.applicationId())));
        decisions.getColumns().add(col("history.decidedAt", d -> d.decidedAt().toString().replace('T', ' ')));
        decisions.getColumns().add(col("history.by", d -> d.decidedBy()));
        decisions.getColumns().add(col("history.outcome", d -> d.outcome()));
        decisions.getColumns().add(col("history.amount", d -> d.finalAmount() == null ? "" : fmt.amount(d.finalAmount())));
        decisions.getColumns().add(col("history.reasons", d -> d.reasons() == null ? "" : d.reasons()));
        decisions.getColumns().add(col("history.comment", d -> d.commentText() == null ? "" : d.commentText()));
        getChildren().addAll(title("history.applications"), apps, title("history.decisions"), decisions);
    }

    private Label title(String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("title-4");
        return l;
    }

    private <T> TableColumn<T, String> col(String key, Function<T, String> f) {
        TableColumn<T, String> c = new TableColumn<>(msg.get(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        return c;
    }
}
