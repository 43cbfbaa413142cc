package io.creditdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.creditdesk.AppContext;
import io.creditdesk.DataLocation;
import io.creditdesk.dataset.DatasetStatus;
import io.creditdesk.ui.common.BackgroundTasks;
import io.creditdesk.ui.common.Formats;
import io.creditdesk.ui.common.Messages;
import io.creditdesk.ui.common.Settings;
import io.creditdesk.ui.sellers.SellersView;
import io.creditdesk.ui.sellers.SellersViewModel;
import io.creditdesk.ui.shell.Screen;
import io.creditdesk.ui.shell.ShellView;
import io.creditdesk.ui.shell.ShellViewModel;
import io.creditdesk.ui.workspace.WorkspaceView;
import io.creditdesk.ui.workspace.WorkspaceViewModel;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The workstation window. Opens the database in the background, then shows the screens. */
public final class CreditdeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(CreditdeskApp.class);
    public static final String STYLESHEET = "/io/creditdesk/ui/app.css";

    private Stage stage;
    private Settings settings;
    private BackgroundTasks tasks;
    private AppContext context;
    private Path dbFile;
    private ShellViewModel shellVm;
    private SellersViewModel sellersVm;
    private WorkspaceViewModel workspaceVm;

    public static void launchWith(String[] args) {
        Application.launch(CreditdeskApp.class, args);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        dbFile = DataLocation.resolve(dbOption(getParameters().getRaw()));
        settings = new Settings(dbFile.resolveSibling(dbFile.getFileName() + "-settings.properties"));
        tasks = BackgroundTasks.forFx();
        stage.setTitle("Creditdesk");
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        buildScene();
        stage.show();
        openDatabase();
    }

    /** The window's content for the current language; rebuilt when the language changes. */
    private void buildScene() {
        Messages msg = new Messages(settings.locale());
        Formats fmt = new Formats(settings.locale());
        shellVm = new ShellViewModel();
        shellVm.dark().set(settings.darkTheme());
        applyTheme(settings.darkTheme());
        shellVm.dark().addListener((obs, old, dark) -> {
            settings.setDarkTheme(dark);
            applyTheme(dark);
        });
        shellVm.database().set(dbFile + ".mv.db");
        shellVm.message().set(msg.get("status.opening"));
        ShellView shell = new ShellView(shellVm, msg, this::switchLanguage);
        if (context != null) {
            sellersVm = new SellersViewModel(context.sellers(), tasks);
            workspaceVm = new WorkspaceViewModel(context.sellers(), tasks);
            shell.setScreen(Screen.SELLERS, new SellersView(sellersVm, msg, fmt, this::openSeller));
            shell.setScreen(Screen.WORKSPACE, new WorkspaceView(workspaceVm, msg, fmt));
        } else {
            shell.setScreen(Screen.SELLERS, new StackPane(new ProgressIndicator()));
        }
        Scene scene = new Scene(shell, 1440, 900);
        scene.getStylesheets().add(STYLESHEET);
        stage.setScene(scene);
        if (context != null) {
            showData(msg, fmt);
        }
    }

    private void openSeller(String sellerId) {
        workspaceVm.open(sellerId);
        shellVm.screen().set(Screen.WORKSPACE);
    }

    private void openDatabase() {
        tasks.run(p -> AppContext.open(dbFile))
                .onSuccess(ctx -> {
                    context = ctx;
                    buildScene();
                })
                .onFailure(this::fatal)
                .start();
    }

    private void showData(Messages msg, Formats fmt) {
        tasks.run(p -> context.datasets().status())
                .onSuccess(status -> {
                    showStatus(status, msg, fmt);
                    if (status.asOf() != null) {
                        workspaceVm.setAsOf(status.asOf());
                        sellersVm.load(status.asOf());
                    }
                })
                .onFailure(m -> shellVm.message().set(m))
                .start();
    }

    private void showStatus(DatasetStatus s, Messages msg, Formats fmt) {
        shellVm.asOf().set(msg.get("status.asof", s.asOf() == null ? msg.get("status.nodata") : fmt.date(s.asOf())));
        shellVm.sellerCount().set(msg.get("status.sellers", fmt.integer(s.sellers())));
        shellVm.message().set(s.isEmpty() ? msg.get("status.empty") : msg.get("status.ready"));
    }

    private void switchLanguage(Locale locale) {
        settings.setLocale(locale);
        buildScene();
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void fatal(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(new Messages(settings.locale()).get("error.database"));
        alert.showAndWait();
        Platform.exit();
    }

    static String dbOption(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--db") && i + 1 < args.size()) {
                return args.get(i + 1);
            }
            if (a.startsWith("--db=")) {
                return a.substring("--db=".length());
            }
        }
        return null;
    }

    /** For tests: the open context, once the database is open. */
    public AppContext context() {
        return context;
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.close();
        }
        if (context != null) {
            try {
                context.close();
            } catch (RuntimeException e) {
                LOG.warn("Closing the database failed", e);
            }
        }
    }
}
