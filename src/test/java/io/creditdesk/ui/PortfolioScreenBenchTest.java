package io.creditdesk.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import io.creditdesk.portfolio.Period;
import io.creditdesk.ui.portfolio.PortfolioView;
import io.creditdesk.ui.portfolio.PortfolioViewModel;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures the dashboard on a large database (not a pass/fail test): run with
 * {@code -Dportfolio.bench.db=/path/to/demo} (a database built by {@code demo --sellers N}); prints the
 * first load and, per filter change, the time until every tile and chart shows the new report
 * (computed off the FX thread, charts updated, CSS and layout applied; painting not included).
 * Skipped without the property.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class PortfolioScreenBenchTest {
    private final FxRobot robot = new FxRobot();

    @Test
    @SuppressWarnings("unchecked")
    void dashboardRefreshOnALargeDemo() throws Exception {
        String db = System.getProperty("portfolio.bench.db");
        Assumptions.assumeTrue(db != null, "set -Dportfolio.bench.db=DEMO_DB to measure the dashboard");
        FxToolkit.registerPrimaryStage();
        Path exports = Files.createTempDirectory("pf-bench");
        var app = FxToolkit.setupApplication(CreditdeskApp.class, "--db", db, "--export-dir", exports.toString());
        try {
            SellersScreenTest.signIn(robot, "manager");
            long t0 = System.nanoTime();
            robot.interact(() -> robot.lookup("#nav-portfolio").queryAs(ToggleButton.class).fire());
            PortfolioViewModel vm = robot.lookup("#portfolioView").queryAs(PortfolioView.class).viewModel();
            WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> vm.refreshes().get() >= 1);
            double firstMs = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "portfolio-bench first load (read book + first report + charts): %.0f ms, first"
                    + " refresh part %d ms; outstanding %s%n", firstMs, vm.refreshMillis().get(),
                    robot.lookup("#kpiOutstanding").queryAs(Label.class).getText());
            MenuButton product = robot.lookup("#pfProduct").queryAs(MenuButton.class);
            MenuButton grade = robot.lookup("#pfGrade").queryAs(MenuButton.class);
            MenuButton region = robot.lookup("#pfRegion").queryAs(MenuButton.class);
            ChoiceBox<Period> period = robot.lookup("#pfPeriod").queryAs(ChoiceBox.class);
            ChoiceBox<Period> vintage = robot.lookup("#pfVintage").queryAs(ChoiceBox.class);
            Map<String, Runnable> steps = new LinkedHashMap<>();
            steps.put("product term", () -> check(product, 1, true));
            steps.put("grade (first)", () -> check(grade, 0, true));
            steps.put("grade off", () -> check(grade, 0, false));
            steps.put("region (first)", () -> check(region, 0, true));
            steps.put("region off", () -> check(region, 0, false));
            steps.put("weekly approvals", () -> period.setValue(Period.WEEK));
            steps.put("monthly vintages", () -> vintage.setValue(Period.MONTH));
            steps.put("monthly approvals", () -> period.setValue(Period.MONTH));
            steps.put("quarterly vintages", () -> vintage.setValue(Period.QUARTER));
            steps.put("product off", () -> check(product, 1, false));
            List<Long> all = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Map.Entry<String, Runnable> step : steps.entrySet()) {
                    int before = vm.refreshes().get();
                    robot.interact(step.getValue());
                    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.refreshes().get() > before);
                    WaitForAsyncUtils.waitForFxEvents();
                    long ms = vm.refreshMillis().get();
                    all.add(ms);
                    System.out.printf(Locale.ROOT, "portfolio-bench round %d %-20s %4d ms%n", round + 1, step.getKey(), ms);
                }
            }
            long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "portfolio-bench refresh over %d filter changes: median %d ms, max %d ms%n",
                    sorted.length, sorted[sorted.length / 2], sorted[sorted.length - 1]);
            String out = System.getProperty("portfolio.bench.out");
            if (out != null) {
                Files.writeString(Path.of(out), String.format(Locale.ROOT, "first_load_ms=%.0f%nrefresh_ms=%s%n", firstMs,
                        Arrays.toString(sorted)));
            }
            String shots = System.getProperty("portfolio.shots");
            if (shots != null) {
                robot.interact(() -> robot.lookup("#pfExportReport").queryButton().fire());
                WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.lastExport().get() != null);
                Files.createDirectories(Path.of(shots));
                Files.copy(vm.lastExport().get(), Path.of(shots, "portfolio-dashboard-large.png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    private static void check(MenuButton button, int index, boolean on) {
        Consumer<CheckMenuItem> set = i -> i.setSelected(on);
        set.accept((CheckMenuItem) button.getItems().get(Math.min(index, button.getItems().size() - 1)));
    }
}
