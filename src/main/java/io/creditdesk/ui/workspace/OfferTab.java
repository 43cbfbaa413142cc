package io.creditdesk.ui.workspace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;

import io.creditdesk.money.Money;
import io.creditdesk.offer.FanPoint;
import io.creditdesk.offer.Instalment;
import io.creditdesk.offer.Offer;
import io.creditdesk.offer.Product;
import io.creditdesk.offer.RuleResult;
import io.creditdesk.offer.SimulationResult;
import io.creditdesk.offer.Terms;
import io.creditdesk.ui.common.Formats;
import io.creditdesk.ui.common.Messages;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The Offer tab: product, amount / term / price / withhold controls beside their recommended values. */
public final class OfferTab extends ScrollPane {
    private final OfferViewModel vm;
    private final Messages msg;
    private final Formats fmt;
    private final ChoiceBox<Product> product = new ChoiceBox<>(FXCollections.observableArrayList(Product.values()));
    private final Slider amount = new Slider(1_000, 200_000, 10_000);
    private final ChoiceBox<Integer> term = new ChoiceBox<>(FXCollections.observableArrayList(3, 6, 12));
    private final Slider price = new Slider(0.05, 0.40, 0.18);
    private final Slider withhold = new Slider(0.05, 0.15, 0.10);
    private final Label amountValue = value("offerAmountValue");
    private final Label amountRecommended = muted();
    private final Label termRecommended = muted();
    private final Label priceValue = value("offerPriceValue");
    private final Label priceRecommended = muted();
    private final Label withholdValue = value("offerWithholdValue");
    private final Label withholdRecommended = muted();
    private final GridPane summary = new GridPane();
    private final FlowPane policy = new FlowPane(8, 8);
    private final TableView<Instalment> schedule = new TableView<>();
    private final LineChart<Number, Number> fan = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final Label simulationSummary = new Label();
    private final Label error = new Label();
    private boolean updating;

    public OfferTab(OfferViewModel vm, Messages msg, Formats fmt) {
        this.vm = vm;
        this.msg = msg;
        this.fmt = fmt;
        setId("offerTab");
        setFitToWidth(true);
        product.setId("offerProduct");
        product.setConverter(converter(p -> msg.get("product." + p.code())));
        product.valueProperty().bindBidirectional(vm.product());
        amount.setId("offerAmount");
        amount.setBlockIncrement(1_000);
        price.setId("offerPrice");
        price.setBlockIncrement(0.0025);
        withhold.setId("offerWithhold");
        withhold.setBlockIncrement(0.005);
        term.setId("offerTerm");
        amount.valueProperty().addListener((o, a, v) -> push(() -> vm.amount().set(roundTo100(v.doubleValue()))));
        price.valueProperty().addListener((o, a, v) -> push(() -> vm.price().set(rate(v.doubleValue(), 4))));
        withhold.valueProperty().addListener((o, a, v) -> push(() -> vm.withhold().set(rate(v.doubleValue(), 3))));
        term.valueProperty().addListener((o, a, v) -> push(() -> vm.term().set(v)));

        GridPane controls = new GridPane();
        controls.setHgap(12);
        controls.setVgap(8);
        int r = 0;
        controls.addRow(r++, label("offer.product"), product);
        controls.addRow(r++, label("offer.amount"), amount, amountValue, amountRecommended);
        controls.addRow(r++, label("offer.term"), term, new Label(), termRecommended);
        controls.addRow(r++, label("offer.price"), price, priceValue, priceRecommended);
        controls.addRow(r, label("offer.withhold"), withhold, withholdValue, withholdRecommended);
        GridPane.setHgrow(amount, Priority.ALWAYS);
        amount.setPrefWidth(300);
        summary.setHgap(16);
        summary.setVgap(4);
        summary.setId("offerSummary");
        error.getStyleClass().add("error-text");
        error.textProperty().bind(vm.error());

        schedule.setId("offerSchedule");
        schedule.setFixedCellSize(26);
        schedule.setPrefHeight(260);
        schedule.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        schedule.getColumns().add(col("offer.schedule.no", i -> String.valueOf(i.number())));
        schedule.getColumns().add(col("offer.schedule.due", i -> fmt.date(i.dueOn())));
        schedule.getColumns().add(col("offer.schedule.payment", i -> money(i.payment())));
        schedule.getColumns().add(col("offer.schedule.principal", i -> money(i.principal())));
        schedule.getColumns().add(col("offer.schedule.interest", i -> money(i.interest())));
        schedule.getColumns().add(col("offer.schedule.balance", i -> money(i.balanceAfter())));

        fan.setId("offerFanChart");
        fan.setTitle(msg.get("offer.fan"));
        fan.setCreateSymbols(false);
        fan.setAnimated(false);
        fan.setPrefHeight(280);
        ((NumberAxis) fan.getXAxis()).setLabel(msg.get("offer.fan.weeks"));
        simulationSummary.setId("offerSimulation");
        simulationSummary.setWrapText(true);

        policy.setId("offerPolicy");
        VBox left = new VBox(12, controls, error, summary, section("offer.policy"), policy);
        VBox right = new VBox(12, section("offer.schedule"), schedule, fan, simulationSummary);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        left.setPrefWidth(560);
        right.setPrefWidth(560);
        HBox box = new HBox(24, left, right);
        box.setPadding(new Insets(12));
        setContent(box);
        vm.offer().addListener((o, a, offer) -> show(offer));
    }

    private void push(Runnable r) {
        if (!updating) {
            r.run();
        }
    }

    private void show(Offer o) {
        if (o == null) {
            return;
        }
        updating = true;
        try {
            Terms rec = o.recommended();
            Terms adj = o.adjusted() == null ? rec : o.adjusted();
            boolean isTerm = o.product() == Product.TERM;
            boolean isRevenue = o.product() == Product.REVENUE;
            term.setDisable(!isTerm);
            price.setDisable(!isTerm);
            withhold.setDisable(!isRevenue);
            if (adj != null && adj.amount() != null) {
                double max = Math.max(20_000, Math.max(o.limit().amount().doubleValue() * 1.5,
                        adj.amount().amount().doubleValue()));
                amount.setMax(max);
                amount.setValue(adj.amount().amount().doubleValue());
                amountValue.setText(money(adj.amount()));
            }
            amountRecommended.setText(rec == null || rec.amount() == null ? "" : msg.get("offer.recommended", money(rec.amount())));
            term.setValue(adj == null ? null : adj.termMonths());
            termRecommended.setText(rec == null || rec.termMonths() == null ? ""
                    : msg.get("offer.recommended", msg.get("offer.months", rec.termMonths())));
            if (adj != null && adj.price() != null) {
                price.setValue(adj.price().doubleValue());
                priceValue.setText(percent(adj.price()));
            }
            priceRecommended.setText(rec == null || rec.price() == null ? "" : msg.get("offer.recommended", percent(rec.price())));
            if (adj != null && adj.withholdRate() != null) {
                withhold.setValue(adj.withholdRate().doubleValue());
                withholdValue.setText(percent(adj.withholdRate()));
            }
            withholdRecommended.setText(rec == null || rec.withholdRate() == null ? ""
                    : msg.get("offer.recommended", percent(rec.withholdRate())));
        } finally {
            updating = false;
        }
        showSummary(o);
        showPolicy(o.policy().rules());
        Terms shown = o.adjusted() == null ? o.recommended() : o.adjusted();
        schedule.getItems().setAll(shown == null || shown.schedule() == null ? List.of() : shown.schedule().instalments());
        showSimulation(shown == null ? null : shown.simulation());
    }

    private void showSummary(Offer o) {
        summary.getChildren().clear();
        int r = 0;
        fact(r++, "offer.status", msg.get("offer.status." + o.status().name()) + (o.reasons().isEmpty() ? ""
                : " — " + String.join("; ", o.reasons())));
        fact(r++, "offer.grade", o.grade() + (o.scored() ? "" : " (" + msg.get("offer.notScored") + ")")
                + "  ·  PD " + percent(o.pd()));
        fact(r++, "offer.sales", money(o.avgMonthlyNetSales()));
        fact(r++, "offer.limit", money(o.limit()));
        if (o.affordable() != null) {
            fact(r++, "offer.affordable", money(o.affordable()));
        }
        Terms t = o.adjusted() == null ? o.recommended() : o.adjusted();
        if (t != null) {
            if (t.apr() != null) {
                fact(r++, "offer.apr", percent(t.apr()));
            }
            if (t.instalment() != null) {
                fact(r++, "offer.instalment", money(t.instalment()));
            }
            if (t.fee() != null) {
                fact(r++, "offer.fee", money(t.fee()));
            }
            if (t.totalRepayable() != null) {
                fact(r++, "offer.total", money(t.totalRepayable()));
            }
        }
        for (String w : o.warnings()) {
            Label l = new Label("⚠ " + w);
            l.getStyleClass().add("warning-text");
            l.setWrapText(true);
            summary.add(l, 0, r++, 2, 1);
        }
    }

    private void showPolicy(List<RuleResult> rules) {
        policy.getChildren().clear();
        for (RuleResult rr : rules) {
            Label badge = new Label(rr.name() + ": " + rr.observed());
            badge.getStyleClass().addAll("policy-badge", "policy-" + rr.outcome().name().toLowerCase(java.util.Locale.ROOT));
            badge.setTooltip(new javafx.scene.control.Tooltip(msg.get("offer.policy.tip", rr.outcome().name(),
                    rr.observed(), rr.threshold())));
            policy.getChildren().add(badge);
        }
    }

    private void showSimulation(SimulationResult s) {
        fan.getData().clear();
        fan.setVisible(s != null);
        fan.setManaged(s != null);
        if (s == null) {
            simulationSummary.setText(msg.get("offer.simulation.none"));
            return;
        }
        String[] names = {"P10", "P25", "P50", "P75", "P90"};
        List<Function<FanPoint, Money>> getters = List.of(FanPoint::p10, FanPoint::p25, FanPoint::p50, FanPoint::p75,
                FanPoint::p90);
        for (int k = 0; k < names.length; k++) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(names[k]);
            for (FanPoint p : s.fan()) {
                series.getData().add(new XYChart.Data<>(p.week(), getters.get(k).apply(p).amount().doubleValue()));
            }
            fan.getData().add(series);
        }
        simulationSummary.setText(msg.get("offer.simulation", s.paths(),
                s.medianDays() == null ? "—" : s.medianDays(), s.p90Days() == null ? "—" : s.p90Days(),
                percent(s.probabilityMissMilestone()), percent(s.probabilityCap())));
    }

    private TableColumn<Instalment, String> col(String key, Function<Instalment, String> f) {
        TableColumn<Instalment, String> c = new TableColumn<>(msg.get(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(f.apply(cd.getValue())));
        c.getStyleClass().add("number-column");
        return c;
    }

    private void fact(int row, String key, String value) {
        Label k = new Label(msg.get(key));
        k.setMinWidth(Label.USE_PREF_SIZE);
        k.getStyleClass().add("fact-key");
        Label v = new Label(value);
        v.getStyleClass().add("fact-value");
        summary.addRow(row, k, v);
    }

    private String money(Money m) {
        return m == null ? "—" : fmt.money(m.amount(), m.currencyCode());
    }

    private String percent(BigDecimal share) {
        return share == null ? "—" : share.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString() + "%";
    }

    private Label label(String key) {
        Label l = new Label(msg.get(key));
        l.setMinWidth(Label.USE_PREF_SIZE);
        return l;
    }

    private Label section(String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().add("title-4");
        return l;
    }

    private static Label value(String id) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add("fact-value");
        l.setMinWidth(110);
        return l;
    }

    private static Label muted() {
        Label l = new Label();
        l.setMinWidth(Label.USE_PREF_SIZE);
        l.getStyleClass().add("text-muted");
        return l;
    }

    static BigDecimal roundTo100(double v) {
        return BigDecimal.valueOf(Math.round(v / 100.0) * 100L).setScale(2, RoundingMode.UNNECESSARY);
    }

    static BigDecimal rate(double v, int scale) {
        return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_EVEN);
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
