package io.creditdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import io.creditdesk.AppContext;
import io.creditdesk.seller.SellerMonth;
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

        robot.clickOn("#sellerSearch").write("S0007");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(table.getItems().get(0).sellerId()).isEqualTo("S0007");

        robot.interact(() -> table.getSelectionModel().select(0));
        BarChart<?, ?> chart = robot.lookup("#gmvChart").queryAs(BarChart.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chart.getData().get(0).getData().size() == UiFixtures.MONTHS);
        assertThat(chart.getData().get(0).getData()).allSatisfy(d -> assertThat(((Number) d.getYValue()).doubleValue()).isPositive());
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

    /** Writes a tiny marketplace straight through the store. */
    static final class UiFixtures {
        static final int SELLERS = 40;
        static final int MONTHS = 12;

        static void smallMarketplace(Path db) {
            try (AppContext ctx = AppContext.open(db)) {
                if (ctx.datasets().status().sellers() > 0) {
                    return;
                }
                ctx.marketplace().write(w -> {
                    for (int s = 1; s <= SELLERS; s++) {
                        String id = String.format("S%04d", s);
                        w.seller(new io.creditdesk.seller.Seller(id, "Shop " + s, "toys", "Zhejiang", "Hangzhou",
                                LocalDate.of(2024, 1, 1), "CNY", "test"));
                        for (int m = 0; m < MONTHS; m++) {
                            BigDecimal gmv = BigDecimal.valueOf(1000L * s + 100L * m);
                            w.month(new SellerMonth(id, LocalDate.of(2025, 11, 1).plusMonths(m), 10, 10, 0, 0, 0,
                                    gmv, 5, 20, 0, 10, 1, 2, 8, gmv));
                        }
                    }
                    return null;
                });
                ctx.datasets().setAsOf(LocalDate.of(2026, 10, 31));
                ctx.decisions().users().ensureDemoUsers();
            }
        }
    }
}
