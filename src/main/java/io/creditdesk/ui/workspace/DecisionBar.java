package io.creditdesk.ui.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import io.creditdesk.decision.ReasonCatalogue;
import io.creditdesk.offer.OfferAdjustment;
import io.creditdesk.ui.common.Messages;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Approve / Approve with changes / Refer / Decline. Each dialog asks for what the decision service
 * requires; an approval beyond the user's authority is not offered, and the bar says why.
 */
public final class DecisionBar extends HBox {
    private final DecisionViewModel vm;
    private final Messages msg;
    private final Supplier<OfferAdjustment> adjustment;
    private final Button approve = new Button();
    private final Button refer;
    private final Button decline;

    public DecisionBar(DecisionViewModel vm, Messages msg, Supplier<OfferAdjustment> adjustment) {
        super(10);
        this.vm = vm;
        this.msg = msg;
        this.adjustment = adjustment;
        setId("decisionBar");
        getStyleClass().add("decision-bar");
        setAlignment(Pos.CENTER_LEFT);
        approve.setId("decideApprove");
        approve.getStyleClass().add("success");
        approve.setGraphic(new FontIcon(Feather.CHECK));
        approve.textProperty().bind(Bindings.when(vm.changed()).then(msg.get("decision.approveChanged"))
                .otherwise(msg.get("decision.approve")));
        approve.disableProperty().bind(vm.canApprove().not());
        approve.setOnAction(e -> approve());
        refer = new Button(msg.get("decision.refer"), new FontIcon(Feather.CORNER_RIGHT_UP));
        refer.setId("decideRefer");
        refer.disableProperty().bind(vm.canDecide().not());
        refer.setOnAction(e -> refer());
        decline = new Button(msg.get("decision.decline"), new FontIcon(Feather.X));
        decline.setId("decideDecline");
        decline.getStyleClass().add("error-text");
        decline.disableProperty().bind(vm.canDecide().not());
        decline.setOnAction(e -> decline());
        Label blocked = new Label();
        blocked.setId("decisionBlocked");
        blocked.getStyleClass().add("warning-text");
        blocked.textProperty().bind(vm.approveBlocked());
        Label message = new Label();
        message.setId("decisionMessage");
        message.getStyleClass().add("error-text");
        message.setWrapText(true);
        message.textProperty().bind(vm.message());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(approve, refer, decline, blocked, spacer, message);
        visibleProperty().bind(vm.application().isNotNull());
        managedProperty().bind(visibleProperty());
    }

    public void approve() {
        if (approve.isDisabled()) {
            return;
        }
        if (vm.changed().get()) {
            ask("decision.approveChanged", ReasonCatalogue.Kind.CHANGE, 1, 4)
                    .ifPresent(r -> vm.approve(adjustment.get(), r.codes(), r.comment()));
        } else {
            vm.approve(adjustment.get(), List.of(), null);
        }
    }

    public void refer() {
        if (!refer.isDisabled()) {
            ask("decision.refer", ReasonCatalogue.Kind.REFER, 0, 4).ifPresent(r -> vm.refer(r.codes(), r.comment()));
        }
    }

    public void decline() {
        if (!decline.isDisabled()) {
            ask("decision.decline", ReasonCatalogue.Kind.DECLINE, 1, 4).ifPresent(r -> vm.decline(r.codes(), r.comment()));
        }
    }

    record Answer(List<String> codes, String comment) {
    }

    /** A dialog with the catalogue's reasons as check boxes; OK only with {@code min}..{@code max} ticked. */
    private java.util.Optional<Answer> ask(String titleKey, ReasonCatalogue.Kind kind, int min, int max) {
        Dialog<Answer> d = new Dialog<>();
        d.setTitle(msg.get(titleKey));
        d.setHeaderText(msg.get("decision.reasons." + kind.name().toLowerCase(Locale.ROOT), min, max));
        if (getScene() != null) {
            d.initOwner(getScene().getWindow());
        }
        VBox box = new VBox(6);
        box.setId("reasonDialog");
        List<CheckBox> boxes = new ArrayList<>();
        for (Map.Entry<String, String> e : vm.reasonCodes(kind).entrySet()) {
            String key = "reason." + kind.name().toLowerCase(Locale.ROOT) + "." + e.getKey();
            String text = msg.get(key);
            CheckBox cb = new CheckBox(text.startsWith("!") ? e.getValue() : text);
            cb.setUserData(e.getKey());
            cb.setId("reason-" + e.getKey());
            boxes.add(cb);
            box.getChildren().add(cb);
        }
        TextArea comment = new TextArea();
        comment.setId("decisionComment");
        comment.setPromptText(msg.get("decision.comment"));
        comment.setPrefRowCount(3);
        box.getChildren().add(comment);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button ok = (Button) d.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("reasonOk");
        Runnable check = () -> {
            long n = boxes.stream().filter(CheckBox::isSelected).count();
            ok.setDisable(n < min || n > max);
        };
        boxes.forEach(cb -> cb.selectedProperty().addListener((o, a, b) -> check.run()));
        check.run();
        d.setResultConverter(bt -> bt == ButtonType.OK ? new Answer(boxes.stream().filter(CheckBox::isSelected)
                .map(cb -> (String) cb.getUserData()).toList(), comment.getText().isBlank() ? null : comment.getText()) : null);
        return d.showAndWait();
    }
}
