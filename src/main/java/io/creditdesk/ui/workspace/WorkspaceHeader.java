package io.creditdesk.ui.workspace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import io.creditdesk.offer.Offer;
import io.creditdesk.offer.PolicyResult;
import io.creditdesk.offer.RuleResult;
import io.creditdesk.scoring.Explanation;
import io.creditdesk.scoring.SellerScoring;
import io.creditdesk.seller.SalesProfile;
import io.creditdesk.seller.Seller;
import io.creditdesk.ui.common.Formats;
import io.creditdesk.ui.common.Messages;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The workspace header: who the seller is, then the figures an underwriter reads first — score on
 * a gauge with its grade and PD, tenure, 12-month GMV and refund rate, and the policy verdict with
 * the rules that did not pass.
 */
final class WorkspaceHeader extends HBox {
    /** The gauge runs over the scores a scorecard of this scaling gives in practice. */
    static final int GAUGE_LOW = 400;
    static final int GAUGE_HIGH = 750;

    private final Messages msg;
    private final Formats fmt;
    private final Label title = new Label();
    private final Label subtitle = new Label();
    private final ProgressBar gauge = new ProgressBar(0);
    private final Label score = new Label("—");
    private final Label grade = new Label();
    private final Label pd = new Label();
    private final Label tenure = new Label("—");
    private final Label gmv = new Label("—");
    private final Label refunds = new Label("—");
    private final HBox policy = new HBox(6);

    WorkspaceHeader(Messages msg, Formats fmt) {
        super(28);
        this.msg = msg;
        this.fmt = fmt;
        setId("workspaceHeader");
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("workspace-header");
        title.getStyleClass().add("workspace-title");
        title.setId("workspaceTitle");
        title.setText(msg.get("workspace.none"));
        subtitle.getStyleClass().add("text-muted");
        VBox who = new VBox(4, title, subtitle);

        score.setId("headerScore");
        score.getStyleClass().add("header-score");
        grade.setId("headerGrade");
        pd.setId("headerPd");
        pd.getStyleClass().add("text-muted");
        gauge.setId("headerGauge");
        gauge.setPrefWidth(150);
        gauge.getStyleClass().add("score-gauge");
        HBox scoreRow = new HBox(8, score, grade, pd);
        scoreRow.setAlignment(Pos.CENTER_LEFT);
        VBox scoreBox = new VBox(4, caption("workspace.header.score"), scoreRow, gauge);

        tenure.setId("headerTenure");
        gmv.setId("headerGmv");
        refunds.setId("headerRefunds");
        policy.setId("headerPolicy");
        policy.setAlignment(Pos.CENTER_LEFT);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(who, grow, scoreBox, kpi("workspace.header.tenure", tenure),
                kpi("workspace.header.gmv", gmv), kpi("workspace.header.refunds", refunds),
                new VBox(4, caption("workspace.header.policy"), policy));
    }

    private Label caption(String key) {
        Label l = new Label(msg.get(key));
        l.getStyleClass().addAll("text-muted", "text-small");
        return l;
    }

    private VBox kpi(String key, Label value) {
        value.getStyleClass().add("header-kpi");
        return new VBox(4, caption(key), value);
    }

    Label title() {
        return title;
    }

    void showSeller(Seller s, LocalDate asOf) {
        if (s == null) {
            title.setText(msg.get("workspace.none"));
            subtitle.setText("");
            tenure.setText("—");
            return;
        }
        title.setText(s.name());
        subtitle.setText(msg.get("workspace.subtitle", s.sellerId(), nz(s.category()), nz(s.region()), nz(s.city())));
        tenure.setText(s.joinedOn() == null ? "—"
                : msg.get("workspace.header.months", Math.max(0, ChronoUnit.MONTHS.between(s.joinedOn(), asOf))));
    }

    void showSales(SalesProfile p) {
        if (p == null || p.months().isEmpty()) {
            gmv.setText("—");
            refunds.setText("—");
            return;
        }
        List<SalesProfile.Month> months = p.months();
        List<SalesProfile.Month> last = months.subList(Math.max(0, months.size() - 12), months.size());
        BigDecimal sum = BigDecimal.ZERO;
        int orders = 0;
        double refunded = 0;
        for (SalesProfile.Month m : last) {
            sum = sum.add(m.gmv());
            orders += m.orders();
            refunded += m.refundRate() == null ? 0 : m.refundRate() * m.orders();
        }
        gmv.setText(fmt.amount(sum));
        refunds.setText(orders == 0 ? "—" : fmt.percent(refunded / orders));
    }

    void showScore(SellerScoring.SellerResult r) {
        if (r == null) {
            score.setText("—");
            grade.setText("");
            grade.getStyleClass().setAll("label");
            pd.setText(msg.get("score.none"));
            gauge.setProgress(0);
            return;
        }
        Explanation e = r.explanation();
        score.setText(String.valueOf(e.score()));
        grade.setText(e.grade());
        grade.getStyleClass().setAll("label", "grade-badge", "grade-" + e.grade());
        pd.setText("PD " + fmt.percent(e.pd()));
        double share = (e.score() - GAUGE_LOW) / (double) (GAUGE_HIGH - GAUGE_LOW);
        gauge.setProgress(Math.max(0, Math.min(1, share)));
        gauge.getStyleClass().removeIf(c -> c.startsWith("gauge-"));
        gauge.getStyleClass().add("gauge-" + e.grade());
    }

    void showPolicy(Offer o) {
        policy.getChildren().clear();
        if (o == null || o.policy() == null) {
            return;
        }
        PolicyResult p = o.policy();
        Label verdict = new Label(msg.get("workspace.header.verdict." + p.verdict().name()));
        verdict.setId("headerVerdict");
        verdict.getStyleClass().addAll("policy-badge", switch (p.verdict()) {
            case ELIGIBLE -> "policy-pass";
            case REFER -> "policy-refer";
            case DECLINE -> "policy-fail";
        });
        policy.getChildren().add(verdict);
        for (RuleResult rr : p.breaches()) {
            Label b = new Label(rr.name());
            b.getStyleClass().addAll("policy-badge", "policy-" + rr.outcome().name().toLowerCase(Locale.ROOT));
            b.setTooltip(new Tooltip(rr.name() + ": " + rr.observed() + " (" + rr.threshold() + ")"));
            policy.getChildren().add(b);
        }
    }

    private static String nz(String s) {
        return s == null ? "—" : s;
    }
}
