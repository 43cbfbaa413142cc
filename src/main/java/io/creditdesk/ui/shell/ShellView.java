package io.creditdesk.ui.shell;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import io.creditdesk.ui.common.Messages;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The main window: navigation on the left, the current screen, a status bar, theme and language. */
public final class ShellView extends BorderPane {
    private final ShellViewModel vm;
    private final Messages msg;
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private final StackPane content = new StackPane();
    private final ToggleGroup nav = new ToggleGroup();
    private Runnable onHelp = () -> { };

    public ShellView(ShellViewModel vm, Messages msg, Consumer<Locale> onLocale, java.util.Set<Screen> visible) {
        this.vm = vm;
        this.msg = msg;
        setId("shell");
        getStyleClass().add("shell");
        setLeft(navigation(visible));
        setCenter(content);
        setTop(header(onLocale));
        setBottom(statusBar());
        vm.screen().addListener((obs, old, s) -> show(s));
    }

    private VBox navigation(java.util.Set<Screen> visible) {
        VBox box = new VBox(4);
        box.getStyleClass().add("nav");
        box.setPadding(new Insets(12, 8, 12, 8));
        for (Screen s : visible) {
            ToggleButton b = new ToggleButton(msg.get(s.messageKey()), new FontIcon(s.icon()));
            b.setId("nav-" + s.name().toLowerCase(Locale.ROOT));
            b.setToggleGroup(nav);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setAlignment(Pos.CENTER_LEFT);
            b.setContentDisplay(ContentDisplay.LEFT);
            b.getStyleClass().add("nav-button");
            b.setUserData(s);
            b.setSelected(s == vm.screen().get());
            box.getChildren().add(b);
        }
        nav.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true); // one screen is always shown
            } else {
                vm.screen().set((Screen) t.getUserData());
            }
        });
        return box;
    }

    private HBox header(Consumer<Locale> onLocale) {
        Label title = new Label(msg.get("app.title"));
        title.getStyleClass().add("app-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button theme = new Button();
        theme.setId("themeToggle");
        theme.getStyleClass().add("flat");
        theme.graphicProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new FontIcon(vm.dark().get() ? Feather.SUN : Feather.MOON), vm.dark()));
        theme.setTooltip(new Tooltip(msg.get("shell.theme.toggle")));
        theme.setOnAction(e -> vm.dark().set(!vm.dark().get()));
        MenuButton language = new MenuButton(msg.get("shell.language"), new FontIcon(Feather.GLOBE));
        language.setId("languageMenu");
        language.getStyleClass().add("flat");
        MenuItem en = new MenuItem("English");
        en.setOnAction(e -> onLocale.accept(Locale.ENGLISH));
        MenuItem zh = new MenuItem("简体中文");
        zh.setOnAction(e -> onLocale.accept(Locale.SIMPLIFIED_CHINESE));
        language.getItems().addAll(en, zh);
        Label user = new Label();
        user.textProperty().bind(vm.user());
        Button help = new Button(null, new FontIcon(Feather.HELP_CIRCLE));
        help.setId("helpButton");
        help.getStyleClass().add("flat");
        help.setTooltip(new Tooltip(msg.get("shortcut.title") + " (F1)"));
        help.setOnAction(e -> onHelp.run());
        HBox header = new HBox(12, new FontIcon(Feather.BRIEFCASE), title, spacer, user, language, help, theme);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("header");
        header.setPadding(new Insets(8, 12, 8, 12));
        return header;
    }

    private HBox statusBar() {
        Label db = new Label();
        db.setId("statusDatabase");
        db.textProperty().bind(vm.database());
        Label asOf = new Label();
        asOf.setId("statusAsOf");
        asOf.textProperty().bind(vm.asOf());
        Label sellers = new Label();
        sellers.setId("statusSellers");
        sellers.textProperty().bind(vm.sellerCount());
        Label message = new Label();
        message.setId("statusMessage");
        message.textProperty().bind(vm.message());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, new FontIcon(Feather.HARD_DRIVE), db, new Separator(Orientation.VERTICAL), asOf,
                new Separator(Orientation.VERTICAL), sellers, spacer, message);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(4, 12, 4, 12));
        return bar;
    }

    public void setOnHelp(Runnable r) {
        onHelp = r;
    }

    /**
     * Puts the node of a screen in place; shown when selected. Every screen stays in the scene and
     * only the selected one is visible, so switching screens (queue → workspace on every opened
     * application) does not re-apply the stylesheets to a whole screen each time.
     */
    public void setScreen(Screen screen, Node node) {
        Node old = screens.put(screen, node);
        if (old != null) {
            content.getChildren().remove(old);
        }
        node.setVisible(false);
        node.setManaged(false);
        content.getChildren().add(node);
        if (vm.screen().get() == screen) {
            show(screen);
        }
    }

    private void show(Screen s) {
        Node node = screens.get(s);
        if (node == null) {
            node = comingLater(s);
            screens.put(s, node);
            content.getChildren().add(node);
        }
        for (Node n : content.getChildren()) {
            boolean selected = n == node;
            n.setVisible(selected);
            n.setManaged(selected);
        }
        nav.getToggles().stream().filter(t -> t.getUserData() == s).findFirst().ifPresent(t -> t.setSelected(true));
    }

    private Node comingLater(Screen s) {
        Label l = new Label(msg.get("shell.coming", msg.get(s.messageKey())));
        l.getStyleClass().add("coming-later");
        l.setId("comingLater");
        return new StackPane(l);
    }
}
