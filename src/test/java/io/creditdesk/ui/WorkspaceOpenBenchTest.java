package io.creditdesk.ui;

import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.creditdesk.ui.queue.QueueRow;

import javafx.scene.Node;
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
 * Open and waits until the header, the Sales figures, the score breakdown and the offer all show the
 * new seller, then to the end of the next layout pulse (CSS and layout applied; painting is not timed
 * under Monocle).
 * Skipped without the property.
 */
@Timeout(value = 900, unit = TimeUnit.SECONDS)
class WorkspaceOpenBenchTest {
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
            TableView<?> breakdown = robot.lookup("#scoreBreakdownTable").query();
            Parent summary = robot.lookup("#offerSummary").query();
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !breakdown.getItems().isEmpty() && !text(summary).isBlank());
            robot.interact(() -> robot.lookup("#nav-queue").queryAs(javafx.scene.control.ToggleButton.class).fire());
            double[] ms = new double[n + 1];
            double[][] parts = new double[3][n + 1];
            for (int i = 1; i <= n; i++) {
                QueueRow row = queue.getItems().get(i);
                String oldGmv = gmv.getText();
                Object oldLine = breakdown.getItems().isEmpty() ? null : breakdown.getItems().get(0);
                String oldOffer = text(summary);
                long t0 = System.nanoTime();
                robot.interact(() -> {
                    queue.getSelectionModel().select(row);
                    robot.lookup("#queueOpen").queryButton().fire();
                });
                long deadline = t0 + TimeUnit.SECONDS.toNanos(60);
                double[] seen = new double[3];
                while (seen[0] == 0 || seen[1] == 0 || seen[2] == 0) {
                    double now = (System.nanoTime() - t0) / 1e6;
                    boolean[] ok = new boolean[3];
                    robot.interact(() -> {
                        ok[0] = title.getText().equals(row.sellerName()) && !gmv.getText().equals(oldGmv);
                        ok[1] = !breakdown.getItems().isEmpty() && breakdown.getItems().get(0) != oldLine;
                        ok[2] = !text(summary).equals(oldOffer);
                    });
                    for (int k = 0; k < 3; k++) {
                        if (ok[k] && seen[k] == 0) {
                            seen[k] = now;
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("the workspace did not show " + row.sellerName());
                    }
                    Thread.sleep(2);
                }
                parts[0][i] = seen[0];
                parts[1][i] = seen[1];
                parts[2][i] = seen[2];
                // drawn = the end of the next layout pulse after everything shows the new seller
                java.util.concurrent.CountDownLatch pulsed = new java.util.concurrent.CountDownLatch(1);
                long[] end = new long[1];
                javafx.scene.Scene scene = title.getScene();
                Runnable listener = () -> {
                    if (end[0] == 0) {
                        end[0] = System.nanoTime();
                        pulsed.countDown();
                    }
                };
                javafx.application.Platform.runLater(() -> {
                    scene.addPostLayoutPulseListener(listener);
                    javafx.application.Platform.requestNextPulse();
                });
                pulsed.await(10, TimeUnit.SECONDS);
                javafx.application.Platform.runLater(() -> scene.removePostLayoutPulseListener(listener));
                ms[i] = (end[0] - t0) / 1e6;
                robot.interact(() -> robot.lookup("#nav-queue").queryAs(javafx.scene.control.ToggleButton.class).fire());
            }
            String[] names = {"sales and header", "score breakdown", "offer"};
            for (int k = 0; k < 3; k++) {
                double[] p = Arrays.copyOfRange(parts[k], 1, parts[k].length);
                Arrays.sort(p);
                System.out.printf(Locale.ROOT, "workspace-bench   %-16s shown after median %.0f ms%n", names[k], p[p.length / 2]);
            }
            double[] timed = Arrays.copyOfRange(ms, 1, ms.length); // [0] was the warm-up
            Arrays.sort(timed);
            System.out.printf(Locale.ROOT, "workspace-bench click to drawn workspace over %d applications: median %.0f ms,"
                    + " P95 %.0f ms, max %.0f ms%n", timed.length, timed[timed.length / 2],
                    timed[(int) Math.ceil(timed.length * 0.95) - 1], timed[timed.length - 1]);
        } finally {
            FxToolkit.cleanupApplication(app);
            FxToolkit.cleanupStages();
        }
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
