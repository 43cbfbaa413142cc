package io.creditdesk.ui.workspace;

import java.util.function.Function;

import io.creditdesk.decision.ApplicationCase;
import io.creditdesk.decision.DecisionRow;
import io.creditdesk.seller.SellerLoan;
import io.creditdesk.seller.SellerNote;
import io.creditdesk.ui.common.Formats;
import io.creditdesk.ui.common.Messages;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
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
        apps.setPrefHeight(130);
        apps.setMinHeight(90);
        apps.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        apps.getColumns().add(col("queue.col.id", c -> String.valueOf(c.id())));
        apps.getColumns().add(col("history.submitted", c -> fmt.date(c.application().submittedAt().toLocalDate())));
        apps.getColumns().add(col("queue.col.product", c -> msg.get("product." + c.application().product())));
        apps.getColumns().add(col("queue.col.requested", c -> fmt.money(c.application().requestedAmount(),
                c.application().currency())));
        apps.getColumns().add(col("queue.col.status", c -> msg.get("status." + c.application().status().name())));
        TableView<DecisionRow> decisions = new TableView<>(vm.decisions());
        decisions.setId("historyDecisions");
        decisions.setPrefHeight(150);
        decisions.setMinHeight(90);
        decisions.setPlaceholder(new Label(msg.get("history.decisions.none")));
        decisions.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        decisions.getColumns().add(col("queue.col.id", d -> String.valueOf(d.applicationId())));
        decisions.getColumns().add(col("history.decidedAt", d -> d.decidedAt().toString().replace('T', ' ')));
        decisions.getColumns().add(col("history.by", d -> d.decidedBy()));
        decisions.getColumns().add(col("history.outcome", d -> d.outcome()));
        decisions.getColumns().add(col("history.amount", d -> d.finalAmount() == null ? "" : fmt.amount(d.finalAmount())));
        decisions.getColumns().add(col("history.reasons", d -> d.reasons() == null ? "" : d.reasons()));
        decisions.getColumns().add(col("history.comment", d -> d.commentText() == null ? "" : d.commentText()));
        TableView<SellerLoan> loans = new TableView<>(vm.loans());
        loans.setId("historyLoans");
        loans.setPrefHeight(150);
        loans.setMinHeight(90);
        loans.setPlaceholder(new Label(msg.get("history.loans.none")));
        loans.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        loans.getColumns().add(col("history.loan", SellerLoan::loanId));
        loans.getColumns().add(col("history.disbursed", l -> fmt.date(l.disbursedOn())));
        loans.getColumns().add(col("queue.col.product", l -> msg.get("product." + l.product())));
        loans.getColumns().add(col("history.principal", l -> fmt.money(l.principal(), l.currency())));
        loans.getColumns().add(col("history.term", l -> fmt.integer(l.termMonths())));
        loans.getColumns().add(col("history.paid", l -> fmt.amount(l.paidToDate()) + " / " + fmt.amount(l.dueToDate())));
        loans.getColumns().add(col("history.repayment", l -> repayment(l)));

        ListView<SellerNote> notes = new ListView<>(vm.notes());
        notes.setId("historyNotes");
        notes.setPrefHeight(120);
        notes.setMinHeight(70);
        VBox.setVgrow(notes, javafx.scene.layout.Priority.ALWAYS);
        notes.setPlaceholder(new Label(msg.get("history.notes.none")));
        notes.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(SellerNote n, boolean empty) {
                super.updateItem(n, empty);
                setWrapText(true);
                setText(empty || n == null ? null : fmt.date(n.writtenAt().toLocalDate()) + " "
                        + n.writtenAt().toLocalTime() + "  ·  " + n.author() + "\n" + n.noteText());
            }
        });
        TextArea draft = new TextArea();
        draft.setId("noteDraft");
        draft.setPromptText(msg.get("history.notes.prompt"));
        draft.setPrefRowCount(2);
        draft.setWrapText(true);
        draft.textProperty().bindBidirectional(vm.noteDraft());
        Button add = new Button(msg.get("history.notes.add"));
        add.setId("noteAdd");
        add.disableProperty().bind(Bindings.createBooleanBinding(() -> !vm.canAddNote(), vm.noteDraft(), vm.seller()));
        add.setOnAction(e -> vm.addNote());
        HBox noteRow = new HBox(8, draft, add);
        HBox.setHgrow(draft, Priority.ALWAYS);
        getChildren().addAll(title("history.applications"), apps, title("history.decisions"), decisions,
                title("history.loans"), loans, title("history.notes"), notes, noteRow);
    }

    private String repayment(SellerLoan l) {
        if ("DEFAULTED".equals(l.status())) {
            return msg.get("history.repayment.defaulted");
        }
        if (l.daysLate() > 0) {
            return msg.get("history.repayment.late", l.daysLate());
        }
        return msg.get("loan.status." + l.status());
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
