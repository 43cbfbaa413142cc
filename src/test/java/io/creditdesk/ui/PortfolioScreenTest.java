package io.creditdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import io.creditdesk.AppContext;
import io.creditdesk.cli.CreditdeskCommand;
import io.creditdesk.ingest.demo.DemoSettings;
import io.creditdesk.ui.common.Formats;
import io.creditdesk.ui.portfolio.PortfolioView;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ToggleButton;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The manager's dashboard on a small demo: tiles equal {@code portfolio --json}, charts have data, a
 * product filter changes them (and still equals the command line), and exports write a valid PNG and
 * CSV to the injected export folder.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class PortfolioScreenTest {
    @TempDir
    static Path dir;
    static Path db;
    static Path exports;

    private final FxRobot robot = new FxRobot();
    private final Formats fmt = new Formats(Locale.ENGLISH);
    private javafx.application.Application app;

    @BeforeAll
    static void demo() {
        db = dir.resolve("pf");
        exports = dir.resolve("exports");
        try (AppContext ctx = AppContext.open(db)) {
            ctx.buildDemo(new DemoSettings(300, 18, 11, LocalDate.of(2026, 10, 31), 20_000),
                    io.creditdesk.common.Progress.NONE);
        }
    }

    @BeforeEach
    void startApp() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(CreditdeskApp.class, "--db", db.toString(), "--export-dir", exports.toString());
    }

    @AfterEach
    void stopApp() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static JsonNode cli(String... filter) throws Exception {
        String[] args = new String[filter.length + 4];
        args[0] = "portfolio";
        args[1] = "--db";
        args[2] = db.toString();
        System.arraycopy(filter, 0, args, 3, filter.length);
        args[args.length - 1] = "--json";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = CreditdeskCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        return new ObjectMapper().readTree(lines[lines.length - 1]);
    }

    /** Every tile shows exactly the command line's figure, formatted. */
    private void assertTilesEqual(JsonNode json) {
        JsonNode k = json.get("kpis");
        String cur = json.get("currency").asText();
        assertThat(text("#kpiOutstanding")).isEqualTo(fmt.money(k.get("outstanding").decimalValue(), cur));
        assertThat(text("#kpiLoans")).isEqualTo(fmt.integer(k.get("loans").asLong()));
        assertThat(text("#kpiPar30")).isEqualTo(PortfolioView.percent(Locale.ENGLISH, share(k.get("par30"))));
        assertThat(text("#kpiPar90")).isEqualTo(PortfolioView.percent(Locale.ENGLISH, share(k.get("par90"))));
        assertThat(text("#kpiExpectedLoss")).isEqualTo(fmt.money(k.get("expected_loss").decimalValue(), cur));
        assertThat(text("#kpiApprovalRate")).isEqualTo(PortfolioView.percent(Locale.ENGLISH, share(k.get("approval_rate"))));
    }

    private static BigDecimal share(JsonNode n) {
        return n == null || n.isNull() ? null : n.decimalValue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void managerSeesTilesEqualToTheCommandLineFiltersThemAndExports() throws Exception {
        SellersScreenTest.signIn(robot, "manager");
        robot.interact(() -> robot.lookup("#nav-portfolio").queryAs(ToggleButton.class).fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !text("#kpiOutstanding").equals("–"));
        WaitForAsyncUtils.waitForFxEvents();

        JsonNode all = cli();
        assertTilesEqual(all);
        assertThat(all.get("kpis").get("loans").asInt()).isPositive();

        StackedBarChart<String, Number> exposure = robot.lookup("#chartExposure").queryAs(StackedBarChart.class);
        LineChart<Number, Number> vintages = robot.lookup("#chartVintage").queryAs(LineChart.class);
        LineChart<String, Number> par = robot.lookup("#chartPar").queryAs(LineChart.class);
        StackedBarChart<String, Number> approvals = robot.lookup("#chartApprovals").queryAs(StackedBarChart.class);
        assertThat(points(exposure)).isEqualTo(all.get("by_grade").size());
        assertThat(vintages.getData()).hasSize(all.get("vintages").size()).isNotEmpty();
        assertThat(par.getData().get(0).getData()).hasSize(all.get("par_trend").size()).isNotEmpty();
        assertThat(approvals.getData().get(0).getData()).hasSize(all.get("approvals").size()).isNotEmpty();

        // filter: term loans only
        String before = text("#kpiOutstanding");
        MenuButton product = robot.lookup("#pfProduct").queryAs(MenuButton.class);
        robot.interact(() -> product.getItems().stream().filter(i -> "term".equals(i.getUserData())).findFirst()
                .map(CheckMenuItem.class::cast).orElseThrow().setSelected(true));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !text("#kpiOutstanding").equals(before));
        WaitForAsyncUtils.waitForFxEvents();
        JsonNode term = cli("--product", "term");
        assertTilesEqual(term);
        assertThat(points(exposure)).isEqualTo(term.get("by_grade").size());
        assertThat(text("#pfSubtitle")).contains("term");
        javafx.scene.chart.BarChart<Number, String> byCategory = robot.lookup("#chartCategory")
                .queryAs(javafx.scene.chart.BarChart.class);
        List<String> top = new java.util.ArrayList<>();
        term.get("by_category").forEach(c -> top.add(c.get("name").asText()));
        List<String> categoriesTopDown = new java.util.ArrayList<>(
                ((javafx.scene.chart.CategoryAxis) byCategory.getYAxis()).getCategories());
        java.util.Collections.reverse(categoriesTopDown);
        assertThat(categoriesTopDown).isEqualTo(top.subList(0, Math.min(10, top.size())));

        // exports: one chart as PNG and CSV, the whole dashboard as one PNG
        robot.interact(() -> robot.lookup("#chartExposure-png").queryButton().fire());
        robot.interact(() -> robot.lookup("#chartExposure-csv").queryButton().fire());
        robot.interact(() -> robot.lookup("#pfExportReport").queryButton().fire());
        String date = all.get("report_date").asText();
        Path png = exports.resolve("portfolio-exposure-by-grade-" + date + ".png");
        Path csv = exports.resolve("portfolio-exposure-by-grade-" + date + ".csv");
        Path report = exports.resolve("portfolio-report-" + date + ".png");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(png) && Files.exists(csv)
                && Files.exists(report) && text("#pfStatus").startsWith("Saved"));
        BufferedImage chartImage = ImageIO.read(png.toFile());
        assertThat(chartImage).isNotNull();
        assertThat(chartImage.getWidth()).isGreaterThan(200);
        BufferedImage reportImage = ImageIO.read(report.toFile());
        assertThat(reportImage.getHeight()).isGreaterThan(chartImage.getHeight() * 3);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("grade,days_past_due,exposure,loans");
        assertThat(lines).hasSize(term.get("by_grade").size() + 1);
        BigDecimal sum = lines.stream().skip(1).map(l -> new BigDecimal(l.split(",")[2])).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(term.get("kpis").get("outstanding").decimalValue());

        String shots = System.getProperty("portfolio.shots");
        if (shots != null) {
            Files.createDirectories(Path.of(shots));
            Files.copy(report, Path.of(shots, "portfolio-dashboard.png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.copy(png, Path.of(shots, "portfolio-exposure-by-grade.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static int points(XYChart<String, Number> chart) {
        return chart.getData().stream().mapToInt(s -> s.getData().size()).sum();
    }
}
