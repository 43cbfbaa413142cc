package io.creditdesk.ui.signin;

import io.creditdesk.ui.common.Messages;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The sign-in card shown before the workstation. */
public final class SignInView extends StackPane {

    public SignInView(SignInViewModel vm, Messages msg, String hint) {
        setId("signInView");
        Label title = new Label(msg.get("app.title"));
        title.getStyleClass().add("title-2");
        Label subtitle = new Label(msg.get("signin.subtitle"));
        subtitle.getStyleClass().add("text-muted");
        TextField user = new TextField();
        user.setId("signInUser");
        user.setPromptText(msg.get("signin.user"));
        user.textProperty().bindBidirectional(vm.username());
        PasswordField password = new PasswordField();
        password.setId("signInPassword");
        password.setPromptText(msg.get("signin.password"));
        password.textProperty().bindBidirectional(vm.password());
        password.visibleProperty().bind(vm.choosingPassword().not());
        password.managedProperty().bind(password.visibleProperty());
        PasswordField chosen = new PasswordField();
        chosen.setId("signInNewPassword");
        chosen.setPromptText(msg.get("signin.newPassword"));
        chosen.textProperty().bindBidirectional(vm.newPassword());
        chosen.visibleProperty().bind(vm.choosingPassword());
        chosen.managedProperty().bind(chosen.visibleProperty());
        Label error = new Label();
        error.setId("signInError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(vm.error());
        Button go = new Button(msg.get("signin.button"), new FontIcon(Feather.LOG_IN));
        go.setId("signInButton");
        go.setDefaultButton(true);
        go.setMaxWidth(Double.MAX_VALUE);
        go.getStyleClass().add("accent");
        go.disableProperty().bind(vm.busy().or(vm.username().isEmpty()));
        go.setOnAction(e -> vm.signIn());
        Label hintLabel = new Label(hint);
        hintLabel.getStyleClass().add("text-muted");
        hintLabel.setWrapText(true);
        VBox card = new VBox(12, title, subtitle, user, password, chosen, go, error, hintLabel);
        card.getStyleClass().add("signin-card");
        card.setPadding(new Insets(32));
        card.setMaxWidth(380);
        card.setMaxHeight(USE_PREF_SIZE);
        card.setAlignment(Pos.CENTER_LEFT);
        getChildren().add(card);
        user.requestFocus();
    }
}
