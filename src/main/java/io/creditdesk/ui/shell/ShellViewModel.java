package io.creditdesk.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** Navigation and status-bar state of the main window. */
public final class ShellViewModel {
    private final ObjectProperty<Screen> screen = new SimpleObjectProperty<>(Screen.SELLERS);
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty asOf = new SimpleStringProperty("");
    private final StringProperty sellerCount = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty dark = new SimpleBooleanProperty();

    public ObjectProperty<Screen> screen() {
        return screen;
    }

    public StringProperty database() {
        return database;
    }

    public StringProperty asOf() {
        return asOf;
    }

    public StringProperty sellerCount() {
        return sellerCount;
    }

    public StringProperty user() {
        return user;
    }

    public StringProperty message() {
        return message;
    }

    public BooleanProperty dark() {
        return dark;
    }
}
