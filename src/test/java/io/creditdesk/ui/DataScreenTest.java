package io.creditdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.WritableImage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The admin imports the Olist subset folder through the Data screen and sees the summary. */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class DataScreenTest {
    @TempDir
    static Path dir;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;

    @BeforeEach
    void startApp() throws Exception {
        Path db = dir.resolve("data-ui");
        SellersScreenTest.UiFixtures.smallMarketplace(db);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CreditdeskApp.class, "--db", db.toString());
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void importingTheOlistFolderShowsTheSummary() throws Exception {
        Path olist = Path.of(System.getProperty("creditdesk.shared", "../shared"), "data", "olist-2017-subset");
        Assumptions.assumeTrue(Files.isDirectory(olist), "The Olist subset is absent (" + olist + "): skipped");
        SellersScreenTest.signIn(robot, "admin");
        robot.interact(() -> robot.lookup("#nav-data").queryAs(ToggleButton.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dataPath").tryQuery().isPresent());

        robot.interact(() -> {
            robot.lookup("#dataPath").queryAs(TextField.class).setText(olist.toAbsolutePath().toString());
            robot.lookup("#dataPreview").queryButton().fire();
        });
        Label format = robot.lookup("#dataFormat").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> format.getText().startsWith("Detected: Olist export"));
        TableView<?> preview = robot.lookup("#dataPreviewTable").queryAs(TableView.class);
        assertThat(preview.getItems()).hasSize(10);
        assertThat(preview.getColumns().get(0).getText()).isEqualTo("order_id");

        robot.interact(() -> robot.lookup("#dataImport").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dataProgress").query().isVisible());
        snapshot(robot.lookup("#dataView").query(), "import-data-screen-running.png");
        Label summary = robot.lookup("#dataSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(240, TimeUnit.SECONDS, () -> !summary.getText().isEmpty());
        assertThat(summary.getText()).isEqualTo("Imported. 3,095 sellers (1,207 with orders), 9,994 order lines from"
                + " 9,889 orders, 0 rejected rows, 111 unattributed orders, in " + summary.getText()
                .replaceAll(".*, in ", ""));
        assertThat(robot.lookup("#dataRejects").queryAs(TableView.class).getItems()).isEmpty();
        assertThat(robot.lookup("#dataUnattributed").queryAs(ListView.class).getItems()).hasSize(111);
        assertThat(robot.lookup("#dataProgress").query().isVisible()).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot.lookup("#dataView").query(), "import-data-screen.png");
    }

    /**
     * A PNG of the node under target/screenshots, to look at; copy it to assets/screenshots when the
     * screen changed (a test run never touches the tracked files).
     */
    static void snapshot(Node node, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        new FxRobot().interact(() -> image[0] = node.snapshot(null, null));
        BufferedImage png = SwingFXUtils.fromFXImage(image[0], null);
        Path out = Path.of("target", "screenshots", name);
        Files.createDirectories(out.getParent());
        ImageIO.write(png, "png", out.toFile());
    }
}
