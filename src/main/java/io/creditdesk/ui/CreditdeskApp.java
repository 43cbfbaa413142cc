package io.creditdesk.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** The JavaFX application: the workstation window. */
public final class CreditdeskApp extends Application {

    public static void launchWith(String[] args) {
        Application.launch(CreditdeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Creditdesk");
        stage.setScene(new Scene(new Label("Creditdesk"), 1200, 800));
        stage.show();
    }
}
