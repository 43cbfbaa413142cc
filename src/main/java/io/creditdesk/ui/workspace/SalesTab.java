package io.creditdesk.ui.workspace;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

import io.creditdesk.seller.SalesProfile;
import io.creditdesk.seller.SellerDay;
import io.creditdesk.ui.common.Formats;
import io.creditdesk.ui.common.Messages;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.AreaChart;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;

/** The Sales tab: six charts built once and refilled for each seller. */
public final class SalesTab extends ScrollPane {
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yy-MM");
    private final Messages msg;
    private final Formats fmt;
    private final XYChart.Series<String, Number> gmv = new XYChart.Series<>();
    private final XYChart.Series<String, Number> trend = new XYChart.Series<>();
    private final XYChart.Series<String, Number> orders = new XYChart.Series<>();
    private final XYChart.Series<String, Number> refunds = new XYChart.Series<>();
    private final XYChart.Series<String, Number> cancels = new XYChart.Series<>();
    private final XYChart.Series<String, Number> reviews = new XYChart.Series<>();
    private final XYChart.Series<String, Number> weekdays = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> daily = new XYChart.Series<>();
    private final NumberAxis gmvAxis = new NumberAxis();
    private final NumberAxis trendAxis = new NumberAxis();
    private final NumberAxis dailyX = new NumberAxis();

    public SalesTab(Messages msg, Formats fmt) {
        this.msg = msg;
        this.fmt = fmt;
        setFitToWidth(true);
        setId("salesTab");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        grid.setPadding(new Insets(12));
        grid.add(gmvWithTrend(), 0, 0);
        grid.add(chart("salesOrders", "workspace.sales.orders", new BarChart<>(new CategoryAxis(), new NumberAxis()),
                orders), 1, 0);
        LineChart<String, Number> rates = new LineChart<>(new CategoryAxis(), new NumberAxis());
        rates.getData().add(cancels);
        cancels.setName(msg.get("workspace.sales.cancelRate"));
        refunds.setName(msg.get("workspace.sales.refundRate"));
        grid.add(chart("salesRates", "workspace.sales.rates", rates, refunds), 0, 1);
        NumberAxis reviewAxis = new NumberAxis(1, 5, 1);
        reviewAxis.setAutoRanging(false);
        grid.add(chart("salesReviews", "workspace.sales.reviews", new LineChart<>(new CategoryAxis(), reviewAxis),
                reviews), 1, 1);
        grid.add(chart("salesWeekdays", "workspace.sales.weekdays", new BarChart<>(new CategoryAxis(), new NumberAxis()),
                weekdays), 0, 2);
        grid.add(dailyChart(), 1, 2);
        for (int c = 0; c < 2; c++) {
            javafx.scene.layout.ColumnConstraints cc = new javafx.scene.layout.ColumnConstraints();
            cc.setPercentWidth(50);
            cc.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(cc);
        }
        setContent(grid);
    }

    /** Monthly GMV bars with the trailing 12-month average drawn as a line over them. */
    private Node gmvWithTrend() {
        BarChart<String, Number> bars = new BarChart<>(new CategoryAxis(), gmvAxis);
        decorate(bars, "salesGmv", "workspace.sales.gmv");
        bars.getData().add(gmv);
        bars.setCategoryGap(3);
        LineChart<String, Number> line = new LineChart<>(new CategoryAxis(), trendAxis);
        decorate(line, "salesTrend", "workspace.sales.gmv");
        line.getData().add(trend);
        line.setCreateSymbols(false);
        line.setMouseTransparent(true);
        line.getStyleClass().add("overlay-chart");
        line.setHorizontalGridLinesVisible(false);
        line.setVerticalGridLinesVisible(false);
        for (NumberAxis a : new NumberAxis[] {gmvAxis, trendAxis}) {
            a.setAutoRanging(false);
            a.setTickLabelFormatter(new NumberAxis.DefaultFormatter(a) {
                @Override
                public String toString(Number n) {
                    return fmt.amount(BigDecimal.valueOf(n.doubleValue()));
                }
            });
        }
        StackPane stack = new StackPane(bars, line);
        stack.setPrefHeight(260);
        return stack;
    }

    private Node dailyChart() {
        dailyX.setForceZeroInRange(false);
        dailyX.setAutoRanging(false);
        dailyX.setTickLabelFormatter(new NumberAxis.DefaultFormatter(dailyX) {
            @Override
            public String toString(Number n) {
                return java.time.LocalDate.ofEpochDay(n.longValue()).format(DateTimeFormatter.ofPattern("MM-dd"));
            }
        });
        AreaChart<Number, Number> area = new AreaChart<>(dailyX, new NumberAxis());
        area.setCreateSymbols(false);
        decorate(area, "salesDaily", "workspace.sales.daily");
        area.getData().add(daily);
        area.setPrefHeight(260);
        return area;
    }

    private <X> Node chart(String id, String titleKey, XYChart<X, Number> chart, XYChart.Series<X, Number> series) {
        decorate(chart, id, titleKey);
        chart.getData().add(series);
        if (chart instanceof LineChart<X, Number> l) {
            l.setCreateSymbols(true);
            chart.setLegendVisible(chart.getData().size() > 1);
        }
        chart.setPrefHeight(260);
        return chart;
    }

    private void decorate(XYChart<?, ?> chart, String id, String titleKey) {
        chart.setId(id);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setTitle(msg.get(titleKey));
    }

    /**
     * Fills every chart with the seller's profile. Each series gets its points in one {@code setAll}
     * (one change event instead of one per point) and tooltips are made on first hover.
     */
    public void show(SalesProfile p) {
        List<XYChart.Data<String, Number>> gmvPoints = new ArrayList<>();
        List<XYChart.Data<String, Number>> trendPoints = new ArrayList<>();
        List<XYChart.Data<String, Number>> orderPoints = new ArrayList<>();
        List<XYChart.Data<String, Number>> refundPoints = new ArrayList<>();
        List<XYChart.Data<String, Number>> cancelPoints = new ArrayList<>();
        List<XYChart.Data<String, Number>> reviewPoints = new ArrayList<>();
        double max = 1;
        for (SalesProfile.Month m : p.months()) {
            String label = MONTH.format(m.monthStart());
            gmvPoints.add(point(label, m.gmv().doubleValue(), label + ": " + fmt.amount(m.gmv())));
            trendPoints.add(new XYChart.Data<>(label, m.trend12m().doubleValue()));
            orderPoints.add(point(label, m.orders(), label + ": " + fmt.integer(m.orders())));
            if (m.refundRate() != null) {
                refundPoints.add(point(label, 100 * m.refundRate(), label + ": " + percent(m.refundRate())));
                cancelPoints.add(point(label, 100 * m.cancelRate(), label + ": " + percent(m.cancelRate())));
            }
            if (m.reviewAverage() != null) {
                reviewPoints.add(point(label, m.reviewAverage(), label + ": "
                        + String.format(msg.locale(), "%.2f", m.reviewAverage())));
            }
            max = Math.max(max, m.gmv().doubleValue());
        }
        double upper = niceUpper(max);
        for (NumberAxis a : new NumberAxis[] {gmvAxis, trendAxis}) {
            a.setLowerBound(0);
            a.setUpperBound(upper);
            a.setTickUnit(upper / 5);
        }
        gmv.getData().setAll(gmvPoints);
        trend.getData().setAll(trendPoints);
        orders.getData().setAll(orderPoints);
        refunds.getData().setAll(refundPoints);
        cancels.getData().setAll(cancelPoints);
        reviews.getData().setAll(reviewPoints);
        List<XYChart.Data<String, Number>> weekdayPoints = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            BigDecimal v = p.dayOfWeekGmv()[d.getValue() - 1];
            String label = d.getDisplayName(TextStyle.SHORT, msg.locale());
            weekdayPoints.add(point(label, v.doubleValue(), label + ": " + fmt.amount(v)));
        }
        weekdays.getData().setAll(weekdayPoints);
        List<XYChart.Data<Number, Number>> dailyPoints = new ArrayList<>(p.days().size());
        for (SellerDay d : p.days()) {
            dailyPoints.add(new XYChart.Data<>(d.salesDay().toEpochDay(), d.gmv().doubleValue()));
        }
        if (!p.days().isEmpty()) {
            long first = p.days().get(0).salesDay().toEpochDay();
            long last = p.days().get(p.days().size() - 1).salesDay().toEpochDay();
            dailyX.setLowerBound(first);
            dailyX.setUpperBound(Math.max(first + 1, last));
            dailyX.setTickUnit(Math.max(1, (last - first) / 8.0));
        }
        daily.getData().setAll(dailyPoints);
    }

    private String percent(double share) {
        return String.format(msg.locale(), "%.1f%%", 100 * share);
    }

    /** A point whose tooltip is made the first time the mouse enters its node. */
    private static <X> XYChart.Data<X, Number> point(X x, double y, String tip) {
        XYChart.Data<X, Number> d = new XYChart.Data<>(x, y);
        d.nodeProperty().addListener((obs, old, node) -> {
            if (node != null) {
                node.setOnMouseEntered(e -> {
                    Tooltip t = new Tooltip(tip);
                    Tooltip.install(node, t);
                    t.show(node, e.getScreenX() + 12, e.getScreenY() + 12);
                    node.setOnMouseEntered(null);
                });
            }
        });
        return d;
    }

    static double niceUpper(double max) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max * 1.05) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}
