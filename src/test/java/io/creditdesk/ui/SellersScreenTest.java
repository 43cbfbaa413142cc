package io.creditdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import io.creditdesk.AppContext;
import io.creditdesk.ingest.demo.DemoSettings;
import io.creditdesk.seller.SellerRow;

import javafx.scene.chart.BarChart;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real workstation on a small database, searches a seller, selects it, reads the chart. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SellersScreenTest {
    @TempDir
    static Path dir;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @BeforeEach
    void startApp() throws Exception {
        Path db = dir.resolve("ui");
        UiFixtures.smallMarketplace(db);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CreditdeskApp.class, "--db", db.toString());
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void searchingAndSelectingASellerShowsItsMonthlyGmv() throws Exception {
        signIn(robot, "uw");
        robot.interact(() -> robot.lookup("#nav-sellers").queryAs(javafx.scene.control.ToggleButton.class).fire());
        TableView<SellerRow> table = waitForTable();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == UiFixtures.SELLERS);

        robot.clickOn("#sellerSearch").write(UiFixtures.someSellerId);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).sellerId()).isEqualTo(UiFixtures.someSellerId);

        robot.interact(() -> table.getSelectionModel().select(0));
        BarChart<?, ?> chart = robot.lookup("#gmvChart").queryAs(BarChart.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chart.getData().get(0).getData().size() == UiFixtures.MONTHS);
        assertThat(chart.getData().get(0).getData()).anySatisfy(d -> assertThat(((Number) d.getYValue()).doubleValue()).isPositive());
    }

    @Test
    void filtersNarrowTheTableAndTheColumnLayoutIsRememberedForTheNextStart() throws Exception {
        signIn(robot, "uw");
        robot.interact(() -> robot.lookup("#nav-sellers").queryAs(javafx.scene.control.ToggleButton.class).fire());
        TableView<SellerRow> table = waitForTable();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == UiFixtures.SELLERS);
        long open = table.getItems().stream().filter(SellerRow::openApplication).count();
        assertThat(open).as("the demo queue has open applications").isPositive();

        robot.interact(() -> robot.lookup("#openApplicationFilter").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == open);
        String region = table.getItems().get(0).region();
        robot.interact(() -> robot.lookup("#regionFilter").queryAs(javafx.scene.control.ComboBox.class).setValue(region));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty()
                && table.getItems().stream().allMatch(r -> r.region().equals(region) && r.openApplication()));
        robot.interact(() -> robot.lookup("#clearFilters").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == UiFixtures.SELLERS);

        // move the score column first and narrow it; a new start shows the same layout
        robot.interact(() -> {
            var score = table.getColumns().stream().filter(c -> "sellers.col.score".equals(c.getId())).findFirst().orElseThrow();
            table.getColumns().remove(score);
            table.getColumns().add(0, score);
            score.setPrefWidth(55);
        });
        Path settingsFile = dir.resolve("ui-settings.properties");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> java.nio.file.Files.exists(settingsFile)
                && java.nio.file.Files.readString(settingsFile).contains("sellers.col.score\\:55\\:true,sellers.col.id"));
        stopApp();
        startApp();
        signIn(robot, "uw");
        robot.interact(() -> robot.lookup("#nav-sellers").queryAs(javafx.scene.control.ToggleButton.class).fire());
        TableView<SellerRow> again = waitForTable();
        assertThat(again.getColumns().get(0).getId()).isEqualTo("sellers.col.score");
        assertThat(again.getColumns().get(0).getPrefWidth()).isEqualTo(55.0);
    }

    static void signIn(FxRobot robot, String user) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#signInUser").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#signInUser").queryAs(javafx.scene.control.TextField.class).setText(user);
            robot.lookup("#signInPassword").queryAs(javafx.scene.control.TextField.class).setText("demo");
            robot.lookup("#signInButton").queryButton().fire();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#shell").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private TableView<SellerRow> waitForTable() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#sellerTable").tryQuery().isPresent());
        return robot.lookup("#sellerTable").queryAs(TableView.class);
    }

    /** A small demo marketplace, built by the same pipeline as the workstation's first start. */
    static final class UiFixtures {
        static final int SELLERS = 60;
        static final int MONTHS = 12;
        static String someSellerId;

        static void smallMarketplace(Path db) {
            try (AppContext ctx = AppContext.open(db)) {
                if (ctx.datasets().status().sellers() == 0) {
                    ctx.buildDemo(new DemoSettings(SELLERS, MONTHS, 7, LocalDate.of(2026, 10, 31), 20_000),
                            io.creditdesk.common.Progress.NONE);
                }
                someSellerId = ctx.sellers().browserRows(LocalDate.of(2026, 10, 31)).get(SELLERS / 2).sellerId();
            }
        }
    }
}
