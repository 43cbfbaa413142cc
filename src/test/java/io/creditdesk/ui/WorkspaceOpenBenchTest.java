package io.creditdesk.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import io.creditdesk.ui.queue.QueueRow;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.XYChart;
import javafx.scene.control.TabPane;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Measures click-to-workspace in the real window (not a pass/fail test): run with
 * {@code -Dworkspace.bench.db=/path/to/demo}. For each of the first N queued applications it fires
 * Open on the FX thread and, at the end of every layout pulse from then on, checks whether the header,
 * the Sales tab (selected when a seller opens) and the Score and Offer tabs' contents all show the new
 * seller: drawn = the end of the first layout pulse where they do (CSS and layout applied; painting is
 * not timed under Monocle). Then it times selecting the Score tab and the Offer tab the same way.
 * Skipped without the property.
 */
@Timeout(value = 900, unit = TimeUnit.SECONDS)
class WorkspaceOpenBenchTest {
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private final FxRobot robot = new FxRobot();

    @Test
    void clickToDrawnWorkspaceOverTheQueue() throws Exception {
        String db = System.getProperty("workspace.bench.db");
        Assumptions.assumeTrue(db != null, "set -Dworkspace.bench.db=DEMO_DB to measure opening applications");
        int n = Integer.getInteger("workspace.bench.n", 50);
        FxToolkit.registerPrimaryStage();
        var app = FxToolkit.setupApplication(CreditdeskApp.class, "--db", db);
        try {
            SellersScreenTest.signIn(robot, "uw");
            TableView<QueueRow> queue = robot.lookup("#queueTable").queryTableView();
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> queue.getItems().size() > n);
            // the first open warms up (and attaches the workspace, whose nodes are looked up once)
            QueueRow first = queue.getItems().get(0);
            robot.interact(() -> {
                queue.getSelectionModel().select(first);
                robot.lookup("#queueOpen").queryButton().fire();
            });
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#workspaceTitle").tryQuery()
                    .map(t -> ((Label) t).getText().equals(first.sellerName())).orElse(false));
            Label title = robot.lookup("#workspaceTitle").query();
            Label gmv = robot.lookup("#headerGmv").query();
            XYChart<?, ?> salesGmv = robot.lookup("#salesGmv").query();
            TableView<?> breakdown = robot.lookup("#scoreBreakdownTable").query();
            Parent summary = robot.lookup("#offerSummary").query();
            TabPane tabs = robot.lookup("#workspaceTabs").query();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !salesGmv.getData().get(0).getData().isEmpty());
            for (int tab : new int[] {1, 2, 0}) { // draw every tab once
                robot.interact(() -> tabs.getSelectionModel().select(tab));
            }
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !breakdown.getItems().isEmpty() && !text(summary).isBlank());
            robot.interact(() -> robot.lookup("#nav-queue").queryAs(javafx.scene.control.ToggleButton.class).fire());
            double[][] wall = new double[3][n];
            double[][] cpu = new double[3][n];
            for (int i = 0; i < n; i++) {
                QueueRow row = queue.getItems().get(i + 1);
                String oldGmv = gmv.getText();
                Object oldPoint = salesGmv.getData().get(0).getData().get(0);
                Object oldLine = breakdown.getItems().isEmpty() ? null : breakdown.getItems().get(0);
                String oldOffer = text(summary);
                double[] open = untilDrawn(title, () -> {
                    queue.getSelectionModel().select(row);
                    robot.lookup("#queueOpen").queryButton().fire();
                }, () -> title.getText().equals(row.sellerName()) && !gmv.getText().equals(oldGmv)
                        && salesGmv.getData().get(0).getData().get(0) != oldPoint
                        && !breakdown.getItems().isEmpty() && breakdown.getItems().get(0) != oldLine
                        && !text(summary).equals(oldOffer));
                double[] score = untilDrawn(title, () -> tabs.getSelectionModel().select(1), () -> true);
                double[] offer = untilDrawn(title, () -> tabs.getSelectionModel().select(2), () -> true);
                double[][] r = {open, score, offer};
                for (int k = 0; k < 3; k++) {
                    wall[k][i] = r[k][0];
                    cpu[k][i] = r[k][1];
                }
                robot.interact(() -> {
                    tabs.getSelectionModel().select(0);
                    robot.lookup("#nav-queue").queryAs(javafx.scene.control.ToggleButton.class).fire();
                });
            }
            String[] names = {"click in the queue to drawn workspace (header, Sales tab, and the Score and Offer tabs filled)",
                "then Score tab selected to drawn",
                "then Offer tab selected to drawn"};
            for (int k = 0; k < 3; k++) {
                Arrays.sort(wall[k]);
                Arrays.sort(cpu[k]);
                System.out.printf(Locale.ROOT, "workspace-bench %s over %d applications: median %.0f ms, P95 %.0f ms,"
                        + " max %.0f ms; FX thread CPU median %.0f ms%n", names[k], n, wall[k][n / 2],
                        wall[k][(int) Math.ceil(n * 0.95) - 1], wall[k][n - 1], cpu[k][n / 2]);
            }
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
    }

    /**
     * Runs {@code action} on the FX thread and returns {wall ms, FX thread CPU ms} to the end of the first
     * layout pulse after which {@code done} holds. Everything is observed on the FX thread at the end of
     * each pulse: no polling from the test thread (a robot.interact round trip waits ~50 ms for FX events
     * and would be measured too).
     */
    private static double[] untilDrawn(Label anyNode, Runnable action, BooleanSupplier done) throws InterruptedException {
        CountDownLatch drawn = new CountDownLatch(1);
        Scene scene = anyNode.getScene();
        long[] start = new long[2];
        double[] result = new double[2];
        Runnable listener = () -> {
            if (result[0] == 0 && done.getAsBoolean()) {
                result[0] = (System.nanoTime() - start[0]) / 1e6;
                result[1] = (THREADS.getCurrentThreadCpuTime() - start[1]) / 1e6;
                drawn.countDown();
            }
        };
        Platform.runLater(() -> {
            scene.addPostLayoutPulseListener(listener);
            start[0] = System.nanoTime();
            start[1] = THREADS.getCurrentThreadCpuTime();
            action.run();
            Platform.requestNextPulse();
        });
        boolean ok = drawn.await(60, TimeUnit.SECONDS);
        Platform.runLater(() -> scene.removePostLayoutPulseListener(listener));
        if (!ok) {
            throw new AssertionError("the workspace was not drawn within 60 s");
        }
        return result;
    }

    private static String text(Parent p) {
        return p.getChildrenUnmodifiable().stream().map(WorkspaceOpenBenchTest::nodeText).collect(Collectors.joining("|"));
    }

    private static String nodeText(Node node) {
        if (node instanceof Label l) {
            return l.getText();
        }
        return node instanceof Parent p ? text(p) : "";
    }
}
