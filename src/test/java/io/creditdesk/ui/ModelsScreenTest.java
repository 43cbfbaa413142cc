package io.creditdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import io.creditdesk.AppContext;
import io.creditdesk.common.Progress;
import io.creditdesk.ingest.demo.DemoSettings;
import io.creditdesk.scoring.CharacteristicModel;
import io.creditdesk.scoring.FitSettings;
import io.creditdesk.scoring.LabelledData;
import io.creditdesk.scoring.ModelWorkbench;
import io.creditdesk.scoring.VariableType;

import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the workstation on a small demo marketplace with one model version fitted on seller features,
 * signs in as the credit manager and works the model workbench: charts fill, another characteristic
 * changes the bins chart, a CSV fit adds a version, activation is journaled, two versions compare.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ModelsScreenTest {
    @TempDir
    static Path dir;

    private final FxRobot robot = new FxRobot();
    private javafx.application.Application app;
    private Path csv;

    @BeforeEach
    void startApp() throws Exception {
        Path db = dir.resolve("models-ui");
        try (AppContext ctx = AppContext.open(db)) {
            if (ctx.datasets().status().sellers() == 0) {
                ctx.buildDemo(new DemoSettings(60, 12, 7, LocalDate.of(2026, 10, 31), 20_000), Progress.NONE);
                ctx.models().fitOnData(sellerFeatures(1_500, 3), "fixture sample", "bad", "1", FitSettings.defaults(),
                        Progress.NONE);
            }
        }
        csv = dir.resolve("labelled.csv");
        writeCsv(csv, sellerFeatures(800, 9));
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CreditdeskApp.class, "--db", db.toString());
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void aManagerSeesChartsChangesCharacteristicFitsActivatesAndCompares() throws Exception {
        SellersScreenTest.signIn(robot, "manager");
        robot.interact(() -> robot.lookup("#nav-models").queryAs(javafx.scene.control.ToggleButton.class).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#modelVersions").tryQuery().isPresent());
        TableView<ModelWorkbench.VersionRow> versions = robot.lookup("#modelVersions").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> versions.getItems().size() == 1);

        XYChart<?, ?> bins = robot.lookup("#binsChart").queryAs(XYChart.class);
        XYChart<?, ?> roc = robot.lookup("#rocChart").queryAs(XYChart.class);
        XYChart<?, ?> ks = robot.lookup("#ksChart").queryAs(XYChart.class);
        XYChart<?, ?> calibration = robot.lookup("#calibrationChart").queryAs(XYChart.class);
        XYChart<?, ?> psi = robot.lookup("#psiChart").queryAs(XYChart.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !bins.getData().get(0).getData().isEmpty()
                && roc.getData().get(0).getData().size() > 2 && !ks.getData().get(0).getData().isEmpty()
                && calibration.getData().get(0).getData().size() == 5);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !psi.getData().get(0).getData().isEmpty()
                && psi.getData().get(1).getData().size() == ModelWorkbench.PSI_MONTHS
                && psi.getData().get(2).getData().size() == ModelWorkbench.PSI_MONTHS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(psi.getData().get(1).getData()).hasSize(ModelWorkbench.PSI_MONTHS)
                .allSatisfy(d -> assertThat(((Number) d.getYValue()).doubleValue()).isEqualTo(0.10));
        assertThat(psi.getData().get(2).getData())
                .allSatisfy(d -> assertThat(((Number) d.getYValue()).doubleValue()).isEqualTo(0.25));
        assertThat(robot.lookup("#psiThisMonth").queryAs(Label.class).getText()).startsWith("This month (2026-10");
        assertThat(robot.lookup("#rocFigures").queryAs(Label.class).getText()).contains("5-fold cross-validation");
        snapshot("models-characteristics");

        ListView<CharacteristicModel> chars = robot.lookup("#characteristicList").queryAs(ListView.class);
        assertThat(chars.getItems().size()).isGreaterThan(1);
        List<Object> before = categories(bins);
        robot.interact(() -> chars.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        List<Object> after = categories(bins);
        assertThat(after).isNotEmpty().isNotEqualTo(before);
        assertThat(robot.lookup("#binsTable").queryAs(TableView.class).getItems())
                .hasSize(chars.getItems().get(1).bins().size());

        robot.interact(() -> {
            robot.lookup("#csvPath").queryAs(TextField.class).setText(csv.toString());
            robot.lookup("#csvTarget").queryAs(TextField.class).setText("bad");
            robot.lookup("#csvBad").queryAs(TextField.class).setText("1");
            robot.lookup("#fitCsvButton").queryButton().fire();
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> versions.getItems().size() == 2);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> versions.getSelectionModel().getSelectedItem() != null
                && versions.getSelectionModel().getSelectedItem().version() == 2);
        assertThat(robot.lookup("#modelsStatus").queryAs(Label.class).getText()).isEqualTo(
                "Version 2 fitted and stored (not active).");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#activateButton").queryButton().isDisabled());
        robot.interact(() -> robot.lookup("#activateButton").queryButton().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> versions.getItems().stream()
                .anyMatch(r -> r.version() == 2 && r.active()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#modelsStatus").queryAs(Label.class)
                .getText().startsWith("Version 2 is active (journal entry "));
        assertThat(robot.lookup("#activateButton").queryButton().isDisabled()).isTrue();

        robot.interact(() -> robot.lookup("#modelTabs").queryAs(TabPane.class).getSelectionModel().select(4));
        TableView<?> iv = robot.lookup("#compareIv").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !iv.getItems().isEmpty()
                && !robot.lookup("#compareMetrics").queryAs(TableView.class).getItems().isEmpty());
        snapshot("models-compare");
        robot.interact(() -> robot.lookup("#modelTabs").queryAs(TabPane.class).getSelectionModel().select(1));
        snapshot("models-roc");
        robot.interact(() -> robot.lookup("#modelTabs").queryAs(TabPane.class).getSelectionModel().select(3));
        snapshot("models-stability");
    }

    private static List<Object> categories(XYChart<?, ?> chart) {
        List<Object> out = new ArrayList<>();
        for (XYChart.Data<?, ?> d : chart.getData().get(0).getData()) {
            out.add(d.getXValue());
        }
        return out;
    }

    /** A labelled table on seller features whose bad rate follows refund rate, tenure and reviews. */
    static LabelledData sellerFeatures(int n, long seed) {
        Random r = new Random(seed);
        List<String> names = List.of("refund_rate", "tenure_months", "review_avg", "late_ship_rate");
        double[][] cols = new double[names.size()][n];
        boolean[] bad = new boolean[n];
        for (int i = 0; i < n; i++) {
            double q1 = r.nextGaussian();
            double q2 = r.nextGaussian();
            double q3 = r.nextGaussian();
            cols[0][i] = Math.max(0, 0.04 - 0.02 * q1 + 0.01 * r.nextGaussian());
            cols[1][i] = Math.max(1, Math.round(20 + 10 * q2 + 4 * r.nextGaussian()));
            cols[2][i] = Math.min(5, Math.max(1, 4.3 + 0.3 * q3 + 0.1 * r.nextGaussian()));
            cols[3][i] = r.nextDouble() * 0.2;
            bad[i] = r.nextDouble() < 1 / (1 + Math.exp(2.2 + 1.0 * q1 + 0.8 * q2 + 0.6 * q3));
        }
        List<VariableType> types = List.of(VariableType.NUMERIC, VariableType.NUMERIC, VariableType.NUMERIC,
                VariableType.NUMERIC);
        return new LabelledData(names, types, cols, new String[names.size()][], bad);
    }

    static void writeCsv(Path file, LabelledData d) throws IOException {
        StringBuilder sb = new StringBuilder(String.join(",", d.names())).append(",bad\n");
        for (int i = 0; i < d.rows(); i++) {
            for (int j = 0; j < d.columns(); j++) {
                sb.append(d.numeric(j)[i]).append(',');
            }
            sb.append(d.bad()[i] ? "1" : "0").append('\n');
        }
        Files.writeString(file, sb);
    }

    /** The window as a PNG under target/screenshots (the README's pictures are copied from there). */
    private void snapshot(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        Node root = robot.lookup("#modelsView").query();
        WritableImage[] img = new WritableImage[1];
        robot.interact(() -> img[0] = root.getScene().getRoot().snapshot(null, null));
        PixelReader px = img[0].getPixelReader();
        int w = (int) img[0].getWidth();
        int h = (int) img[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, px.getArgb(x, y));
            }
        }
        try {
            Path dirOut = Path.of("target", "screenshots");
            Files.createDirectories(dirOut);
            javax.imageio.ImageIO.write(out, "png", dirOut.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
