package io.creditdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.creditdesk.AppContext;
import io.creditdesk.decision.DecisionRow;
import io.creditdesk.ingest.demo.DemoSettings;
import io.creditdesk.ui.queue.QueueRow;

import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The underwriter's whole flow, headless on a small demo marketplace: sign in, open the first queued
 * application, read its charts, adjust and approve within authority (the journal records the changed
 * amount and the next application opens), find approval impossible above authority, refer, and have
 * the senior decide the referral.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class UnderwritingFlowTest {
    @TempDir
    static Path dir;
    static Path db;
    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @BeforeAll
    static void demo() {
        db = dir.resolve("flow");
        try (AppContext ctx = AppContext.open(db)) {
            ctx.buildDemo(new DemoSettings(150, 12, 11, LocalDate.of(2026, 10, 31), 20_000),
                    io.creditdesk.common.Progress.NONE);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }

    private void start(String user) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CreditdeskApp.class, "--db", db.toString());
        SellersScreenTest.signIn(robot, user);
    }

    @Test
    void underwriterApprovesWithinAuthorityRefersAboveItAndTheSeniorDecides() throws Exception {
        start("uw");
        TableView<QueueRow> queue = robot.lookup("#queueTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !queue.getItems().isEmpty());
        assertThat(queue.getItems()).allSatisfy(r -> assertThat(r.recommendedDecision()).isIn("APPROVE", "REFER", "DECLINE"));
        assertThat(queue.getItems()).allSatisfy(r -> assertThat(r.recommendedDecision().equals("APPROVE"))
                .isEqualTo(r.application().recommendedAmount() != null && !r.recommendedDecision().equals("REFER")));
        QueueRow first = queue.getItems().stream().filter(r -> r.application().recommendedAmount() != null)
                .findFirst().orElseThrow();
        robot.interact(() -> {
            queue.getSelectionModel().select(first);
            robot.lookup("#queueOpen").queryButton().fire();
        });

        // every chart of the Sales tab has data
        for (String id : List.of("#salesGmv", "#salesOrders", "#salesWeekdays", "#salesDaily")) {
            XYChart<?, ?> chart = robot.lookup(id).query();
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !chart.getData().get(0).getData().isEmpty());
        }
        // the breakdown's points add up to the score shown (when the demo trained a model)
        Label score = robot.lookup("#scoreValue").query();
        Label sum = robot.lookup("#scoreSum").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !score.getText().isEmpty());
        if (!"—".equals(score.getText())) {
            assertThat(sum.getText()).endsWith("= " + score.getText());
        }
        // the header repeats the score and shows the policy verdict once the offer is computed
        Label headerScore = robot.lookup("#headerScore").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> headerScore.getText().equals(score.getText())
                && robot.lookup("#headerVerdict").tryQuery().isPresent());
        // a note on the seller is kept in the History tab
        robot.interact(() -> {
            robot.lookup("#noteDraft").queryAs(javafx.scene.control.TextArea.class).setText("Checked 12.12 stock invoices.");
            robot.lookup("#noteAdd").queryButton().fire();
        });
        javafx.scene.control.ListView<?> notes = robot.lookup("#historyNotes").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> notes.getItems().size() == 1);
        assertThat(((io.creditdesk.seller.SellerNote) notes.getItems().get(0)).author()).isEqualTo("uw");

        // the offer is computed; move the amount down 10% (within ±20% and the CNY 50,000 limit)
        Slider amount = robot.lookup("#offerAmount").query();
        Button approve = robot.lookup("#decideApprove").queryButton();
        Label blocked = robot.lookup("#decisionBlocked").query();
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !approve.isDisabled());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("approve stays disabled: '" + blocked.getText() + "' / '"
                    + robot.lookup("#decisionMessage").queryAs(Label.class).getText() + "'", e);
        }
        BigDecimal changed = first.application().recommendedAmount().multiply(new BigDecimal("0.9"))
                .divide(new BigDecimal(100), 0, java.math.RoundingMode.DOWN).multiply(new BigDecimal(100));
        robot.interact(() -> amount.setValue(changed.doubleValue()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> approve.getText().contains("change") && !approve.isDisabled());

        // above authority: approval is not possible, and the bar says why
        robot.interact(() -> {
            amount.setMax(120_000);
            amount.setValue(90_000);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> approve.isDisabled() && blocked.getText().contains("refer"));
        assertThat(robot.lookup("#decideRefer").queryButton().isDisabled()).isFalse();

        // back within authority, approve with changes: the dialog needs a reason
        robot.interact(() -> amount.setValue(changed.doubleValue()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !approve.isDisabled());
        javafx.application.Platform.runLater(approve::fire);
        Button ok = waitForDialogOk();
        assertThat(ok.isDisabled()).as("approve with changes needs a reason").isTrue();
        robot.interact(() -> {
            robot.lookup("#reason-AMOUNT_AFFORDABILITY").queryAs(CheckBox.class).setSelected(true);
            ok.fire();
        });
        long approvedId = first.id();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> decisionsOf(approvedId).size() == 1);
        DecisionRow approved = decisionsOf(approvedId).get(0);
        assertThat(approved.outcome()).isEqualTo("APPROVE_CHANGED");
        assertThat(approved.finalAmount()).isEqualByComparingTo(changed);
        assertThat(approved.journalSeq()).isNotNull();

        // the next application opened; decline without a reason is not possible; refer it instead
        Label title = robot.lookup("#workspaceTitle").query();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !title.getText().equals(first.sellerName()));
        javafx.application.Platform.runLater(() -> robot.lookup("#decideDecline").queryButton().fire());
        Button declineOk = waitForDialogOk();
        assertThat(declineOk.isDisabled()).as("decline needs 1-4 reasons").isTrue();
        robot.interact(() -> declineOk.getScene().getWindow().hide());
        WaitForAsyncUtils.waitForFxEvents();
        long referredId = currentApplicationId(queue);
        javafx.application.Platform.runLater(() -> robot.lookup("#decideRefer").queryButton().fire());
        Button referOk = waitForDialogOk();
        robot.interact(referOk::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> decisionsOf(referredId).size() == 1);
        assertThat(decisionsOf(referredId).get(0).outcome()).isEqualTo("REFER");
        stop();
        app = null;

        // the senior sees it under "Referred to me" and declines it with a reason
        start("senior");
        robot.interact(() -> robot.lookup("#queueFilter-referred_to_me").queryAs(ToggleButton.class).fire());
        TableView<QueueRow> seniorQueue = robot.lookup("#queueTable").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> seniorQueue.getItems().stream().anyMatch(r -> r.id() == referredId));
        robot.interact(() -> {
            seniorQueue.getSelectionModel().select(seniorQueue.getItems().stream().filter(r -> r.id() == referredId)
                    .findFirst().orElseThrow());
            robot.lookup("#queueOpen").queryButton().fire();
        });
        Button decline = robot.lookup("#decideDecline").queryButton();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !decline.isDisabled());
        javafx.application.Platform.runLater(decline::fire);
        Button seniorOk = waitForDialogOk();
        robot.interact(() -> {
            robot.lookup("#reason-SALES_DECLINE").queryAs(CheckBox.class).setSelected(true);
            seniorOk.fire();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> decisionsOf(referredId).size() == 2);
        DecisionRow last = decisionsOf(referredId).get(1);
        assertThat(last.decidedBy()).isEqualTo("senior");
        assertThat(last.outcome()).isEqualTo("DECLINE");
    }

    private Button waitForDialogOk() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#reasonOk").tryQuery().isPresent());
        return robot.lookup("#reasonOk").queryButton();
    }

    /** The queue table is out of the scene while the workspace shows; its rows stay current. */
    private long currentApplicationId(TableView<QueueRow> queue) {
        Label title = robot.lookup("#workspaceTitle").query();
        return queue.getItems().stream().filter(r -> r.sellerName().equals(title.getText())).findFirst()
                .orElseThrow().id();
    }

    private static List<DecisionRow> decisionsOf(long applicationId) {
        try (AppContext ctx = AppContext.open(db)) {
            return ctx.decisions().queue().history(applicationId);
        }
    }
}
