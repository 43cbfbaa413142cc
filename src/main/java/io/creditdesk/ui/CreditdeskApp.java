package io.creditdesk.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import io.creditdesk.AppContext;
import io.creditdesk.DataLocation;
import io.creditdesk.dataset.DatasetStatus;
import io.creditdesk.decision.Principal;
import io.creditdesk.ui.common.BackgroundTasks;
import io.creditdesk.ui.common.Formats;
import io.creditdesk.ui.common.Messages;
import io.creditdesk.ui.common.Settings;
import io.creditdesk.ui.portfolio.PortfolioView;
import io.creditdesk.ui.portfolio.PortfolioViewModel;
import io.creditdesk.ui.data.DataView;
import io.creditdesk.ui.data.DataViewModel;
import io.creditdesk.ui.queue.QueueRow;
import io.creditdesk.ui.queue.QueueView;
import io.creditdesk.ui.queue.QueueViewModel;
import io.creditdesk.ui.models.ModelsView;
import io.creditdesk.ui.models.ModelsViewModel;
import io.creditdesk.ui.sellers.SellersView;
import io.creditdesk.ui.sellers.SellersViewModel;
import io.creditdesk.ui.shell.Screen;
import io.creditdesk.ui.shell.ShellView;
import io.creditdesk.ui.shell.ShellViewModel;
import io.creditdesk.ui.signin.SignInView;
import io.creditdesk.ui.signin.SignInViewModel;
import io.creditdesk.decision.ApplicationCase;
import io.creditdesk.ingest.demo.DemoSettings;
import io.creditdesk.offer.Product;
import io.creditdesk.ui.workspace.DecisionViewModel;
import io.creditdesk.ui.workspace.OfferViewModel;
import io.creditdesk.ui.workspace.ScoreViewModel;
import io.creditdesk.ui.workspace.WorkspaceView;
import io.creditdesk.ui.workspace.WorkspaceViewModel;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.Region;
import javafx.scene.image.Image;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workstation window: opens the database in the background (building the demo marketplace on
 * a first start), asks the user to sign in, then shows the screens their role may use.
 */
public final class CreditdeskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(CreditdeskApp.class);
    public static final String STYLESHEET = "/io/creditdesk/ui/app.css";

    private Stage stage;
    private Settings settings;
    private BackgroundTasks tasks;
    private AppContext context;
    private Path dbFile;
    private Principal user;
    private DatasetStatus status;
    private Messages msg;
    private Formats fmt;
    private ShellViewModel shellVm;
    private SellersViewModel sellersVm;
    private WorkspaceViewModel workspaceVm;
    private QueueViewModel queueVm;
    private OfferViewModel offerVm;
    private ScoreViewModel scoreVm;
    private DecisionViewModel decisionVm;
    private PortfolioViewModel portfolioVm;
    private WorkspaceView workspaceView;
    private long currentApplication = -1;

    public static void launchWith(String[] args) {
        Application.launch(CreditdeskApp.class, args);
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        dbFile = DataLocation.resolve(dbOption(getParameters().getRaw()));
        settings = new Settings(dbFile.resolveSibling(dbFile.getFileName() + "-settings.properties"));
        tasks = BackgroundTasks.forFx();
        applyTheme(settings.darkTheme());
        msg = new Messages(settings.locale());
        fmt = new Formats(settings.locale());
        stage.setTitle("Creditdesk");
        for (int size : new int[] {16, 32, 64, 128, 256}) {
            var icon = CreditdeskApp.class.getResourceAsStream("/io/creditdesk/ui/icons/creditdesk-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        }
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(new Scene(busy(msg.get("status.opening")), 1440, 900));
        stage.getScene().getStylesheets().add(STYLESHEET);
        stage.show();
        openDatabase();
    }

    private void openDatabase() {
        tasks.run(p -> {
            AppContext ctx = AppContext.open(dbFile);
            if (ctx.decisions().users().list().isEmpty()) {
                ctx.decisions().users().ensureInitialAdmin();
            }
            boolean demo = ctx.decisions().users().list().stream().anyMatch(u -> u.username().equals("uw"));
            return new Opened(ctx, ctx.datasets().status(), demo);
        }).onSuccess(o -> {
            context = o.context();
            status = o.status();
            if (status.isEmpty()) {
                firstStart();
            } else {
                showSignIn(o.demoUsers());
            }
        }).onFailure(this::fatal).start();
    }

    /** A database with no data: build the default demo marketplace, with its progress shown. */
    private void firstStart() {
        ProgressBar bar = new ProgressBar(-1);
        bar.setId("firstStartProgress");
        bar.setPrefWidth(420);
        Label step = new Label(msg.get("firststart.step"));
        step.setId("firstStartStep");
        Label title = new Label(msg.get("firststart.title"));
        title.getStyleClass().add("title-3");
        Label text = new Label(msg.get("firststart.text"));
        text.setWrapText(true);
        VBox card = new VBox(14, title, text, bar, step);
        card.getStyleClass().add("signin-card");
        card.setPadding(new javafx.geometry.Insets(32));
        card.setMaxWidth(520);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane pane = new StackPane(card);
        pane.setId("firstStartView");
        setRoot(pane);
        tasks.run(p -> {
            context.buildDemo(DemoSettings.defaults(), p);
            return context.datasets().status();
        }).onProgress((s, f) -> {
            step.setText(s);
            bar.setProgress(f < 0 ? -1 : f);
        }).onSuccess(s -> {
            status = s;
            showSignIn(true);
        }).onFailure(this::fatal).start();
    }

    private record Opened(AppContext context, DatasetStatus status, boolean demoUsers) {
    }

    private void showSignIn(boolean demo) {
        SignInViewModel vm = new SignInViewModel(context.decisions().users(), tasks, p -> {
            user = p;
            buildShell();
        });
        setRoot(new SignInView(vm, msg, msg.get(demo ? "signin.hint.demo" : "signin.hint.real")));
    }

    /** The main window for the signed-in user; rebuilt when the language changes. */
    private void buildShell() {
        shellVm = new ShellViewModel();
        shellVm.dark().set(settings.darkTheme());
        shellVm.dark().addListener((obs, old, dark) -> {
            settings.setDarkTheme(dark);
            applyTheme(dark);
        });
        shellVm.database().set(dbFile + ".mv.db");
        shellVm.user().set(msg.get("status.user", user.displayName(), msg.get("role." + user.role().name())));
        ShellView shell = new ShellView(shellVm, msg, this::switchLanguage, ScreenAccess.screensFor(user.role()));
        sellersVm = new SellersViewModel(context.sellers(), tasks);
        workspaceVm = new WorkspaceViewModel(context.sellers(), context.decisions().queue(), tasks, context.clock());
        workspaceVm.setAuthor(user.username());
        offerVm = new OfferViewModel(context.offers(), tasks);
        scoreVm = new ScoreViewModel(context.scoring(), tasks);
        decisionVm = new DecisionViewModel(context.decisions().decisions(), tasks, user);
        decisionVm.offer().bind(offerVm.offer());
        decisionVm.application().bind(workspaceVm.application());
        decisionVm.setOnDecided(this::afterDecision);
        queueVm = new QueueViewModel(context.decisions().queue(), context.sellers(), tasks, context.clock(), user);
        shell.setScreen(Screen.QUEUE, new QueueView(queueVm, msg, fmt, this::openApplication));
        shell.setScreen(Screen.SELLERS, new SellersView(sellersVm, msg, fmt, settings, this::openSeller));
        workspaceView = new WorkspaceView(workspaceVm, scoreVm, offerVm, decisionVm, msg, fmt);
        shell.setScreen(Screen.WORKSPACE, workspaceView);
        if (ScreenAccess.screensFor(user.role()).contains(Screen.MODELS)) {
            ModelsViewModel modelsVm = new ModelsViewModel(context.models(), tasks, user);
            shell.setScreen(Screen.MODELS, new ModelsView(modelsVm, msg, fmt));
            shellVm.screen().addListener((o, old, s) -> {
                if (s == Screen.MODELS) {
                    modelsVm.refresh();
                }
            });
        }
        if (portfolioVm == null) {
            portfolioVm = new PortfolioViewModel(context.portfolio(), tasks, exportDir(getParameters().getRaw()));
        }
        shell.setScreen(Screen.PORTFOLIO, new PortfolioView(portfolioVm, msg, fmt));
        shellVm.screen().addListener((obs, old, s) -> {
            if (s == Screen.PORTFOLIO) {
                portfolioVm.loadOnce();
            }
        });
        DataViewModel dataVm = new DataViewModel(context.imports(), tasks);
        dataVm.setOnImported(this::afterImport);
        shell.setScreen(Screen.DATA, new DataView(dataVm, msg, fmt));
        shell.setOnHelp(() -> Shortcuts.showSheet(stage, msg));
        Shortcuts.install(stage.getScene(), new Shortcuts.Actions(() -> step(1), () -> step(-1),
                workspaceView::selectTab, () -> workspaceView.decisionBar().approve(),
                () -> workspaceView.decisionBar().refer(), () -> workspaceView.decisionBar().decline(),
                () -> Shortcuts.showSheet(stage, msg)));
        shellVm.screen().set(ScreenAccess.firstScreen(user.role()));
        setRoot(shell);
        showStatus();
        if (status.asOf() != null) {
            workspaceVm.setAsOf(status.asOf());
            queueVm.setAsOf(status.asOf());
            sellersVm.load(status.asOf());
        }
        queueVm.refresh();
    }

    /** After an import: new figures in the status bar and the seller browser. */
    private void afterImport() {
        tasks.run(p -> context.datasets().status()).onSuccess(s -> {
            status = s;
            showStatus();
            if (s.asOf() != null) {
                sellersVm.load(s.asOf());
            }
        }).start();
    }

    private void openSeller(String sellerId) {
        workspaceVm.open(sellerId, null);
        offerVm.open(sellerId, status.asOf(), Product.TERM);
        scoreVm.open(sellerId, status.asOf());
        shellVm.screen().set(Screen.WORKSPACE);
    }

    private void openApplication(QueueRow row) {
        currentApplication = row.id();
        String sellerId = row.application().sellerId();
        workspaceVm.open(sellerId, new ApplicationCase(row.application(), null));
        tasks.run(p -> context.decisions().queue().find(row.id())).onSuccess(c -> c.ifPresent(
                workspaceVm.application()::set)).start();
        offerVm.open(sellerId, status.asOf(), productOf(row.application().product()),
                row.application().recommendedAmount(), row.application().requestedTerm());
        scoreVm.open(sellerId, status.asOf());
        shellVm.screen().set(Screen.WORKSPACE);
    }

    private static Product productOf(String code) {
        try {
            return Product.parse(code);
        } catch (IllegalArgumentException e) {
            return Product.TERM;
        }
    }

    /** Next / previous application of the queue, in the queue's order. */
    private void step(int direction) {
        QueueRow next = queueVm.next(currentApplication, direction);
        if (next != null) {
            openApplication(next);
        }
    }

    /** After a decision the queue refreshes and the next application opens. */
    private void afterDecision() {
        long decided = currentApplication;
        queueVm.setAfterRefresh(() -> {
            queueVm.setAfterRefresh(() -> { });
            QueueRow next = queueVm.next(decided, 1);
            if (next != null && next.id() != decided) {
                openApplication(next);
            } else {
                workspaceVm.application().set(null);
                shellVm.screen().set(Screen.QUEUE);
            }
        });
        queueVm.refresh();
    }

    private void showStatus() {
        shellVm.asOf().set(msg.get("status.asof", status.asOf() == null ? msg.get("status.nodata") : fmt.date(status.asOf())));
        shellVm.sellerCount().set(msg.get("status.sellers", fmt.integer(status.sellers())));
        shellVm.message().set(status.isEmpty() ? msg.get("status.empty") : msg.get("status.ready"));
    }

    private void switchLanguage(Locale locale) {
        settings.setLocale(locale);
        msg = new Messages(locale);
        fmt = new Formats(locale);
        buildShell();
    }

    private void setRoot(Parent root) {
        stage.getScene().setRoot(root);
    }

    private static Parent busy(String text) {
        VBox box = new VBox(16, new ProgressIndicator(), new Label(text));
        box.setAlignment(javafx.geometry.Pos.CENTER);
        return new StackPane(box);
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void fatal(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message);
        alert.setHeaderText(msg.get("error.database"));
        alert.showAndWait();
        Platform.exit();
    }

    /**
     * Where the dashboard's exports go at first (the folder button changes it): the application
     * parameter {@code --export-dir DIR} (tests), the system property {@code creditdesk.exports}, else
     * ~/Creditdesk exports.
     */
    static Path exportDir(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--export-dir") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
        }
        String property = System.getProperty("creditdesk.exports");
        return property != null ? Path.of(property) : Path.of(System.getProperty("user.home"), "Creditdesk exports");
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
