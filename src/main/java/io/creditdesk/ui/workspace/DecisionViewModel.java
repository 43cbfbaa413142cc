package io.creditdesk.ui.workspace;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.creditdesk.decision.ApplicationCase;
import io.creditdesk.decision.Decision;
import io.creditdesk.decision.DecisionRequest;
import io.creditdesk.decision.DecisionService;
import io.creditdesk.decision.OfferTerms;
import io.creditdesk.decision.Outcome;
import io.creditdesk.decision.Principal;
import io.creditdesk.decision.ReasonCatalogue;
import io.creditdesk.money.Money;
import io.creditdesk.offer.Offer;
import io.creditdesk.offer.OfferAdjustment;
import io.creditdesk.offer.Terms;
import io.creditdesk.ui.common.BackgroundTasks;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The decision bar: which decisions the signed-in user may take on the open application with the
 * offer as adjusted, why not, and sending the decision (with its evidence) to the decision service,
 * which enforces the same rules again.
 */
public final class DecisionViewModel {
    private final DecisionService decisions;
    private final BackgroundTasks tasks;
    private final Principal user;
    private final ObjectProperty<ApplicationCase> application = new SimpleObjectProperty<>();
    private final ObjectProperty<Offer> offer = new SimpleObjectProperty<>();
    private final BooleanProperty canDecide = new SimpleBooleanProperty();
    private final BooleanProperty canApprove = new SimpleBooleanProperty();
    private final BooleanProperty changed = new SimpleBooleanProperty();
    private final StringProperty approveBlocked = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private Runnable onDecided = () -> { };

    public DecisionViewModel(DecisionService decisions, BackgroundTasks tasks, Principal user) {
        this.decisions = decisions;
        this.tasks = tasks;
        this.user = user;
        application.addListener((o, a, b) -> evaluate());
        offer.addListener((o, a, b) -> evaluate());
    }

    /** Recomputes what the user may do; called whenever the application or the offer changes. */
    void evaluate() {
        ApplicationCase c = application.get();
        message.set("");
        canDecide.set(c != null && user.role().decidesLoans());
        if (c == null || recommended(c).isEmpty() || finalTerms(c) == null) {
            canApprove.set(false);
            changed.set(false);
            approveBlocked.set(c == null ? "" : "no recommended offer");
            return;
        }
        OfferTerms rec = recommended(c).get();
        OfferTerms fin = finalTerms(c);
        changed.set(fin.amount().compareTo(rec.amount()) != 0
                || (fin.termMonths() != null && !fin.termMonths().equals(rec.termMonths()))
                || (fin.annualRate() != null && rec.annualRate() != null && fin.annualRate().compareTo(rec.annualRate()) != 0));
        Optional<String> problem = decisions.authorityProblem(user.role(), rec, fin);
        approveBlocked.set(problem.orElse(""));
        canApprove.set(canDecide.get() && problem.isEmpty());
    }

    private static Optional<OfferTerms> recommended(ApplicationCase c) {
        BigDecimal amount = c.application().recommendedAmount();
        if (amount == null) {
            return Optional.empty();
        }
        return Optional.of(new OfferTerms(Money.of(amount, c.application().currency()), c.application().requestedTerm(),
                c.recommendedPrice()));
    }

    /** The offer as the underwriter adjusted it; null when no offer is computed yet. */
    OfferTerms finalTerms(ApplicationCase c) {
        Offer o = offer.get();
        if (o == null) {
            return null;
        }
        Terms t = o.adjusted() != null ? o.adjusted() : o.recommended();
        if (t == null || t.amount() == null) {
            return null;
        }
        Money amount = Money.of(t.amount().amount(), c.application().currency());
        return new OfferTerms(amount, t.termMonths() != null ? t.termMonths() : c.application().requestedTerm(),
                t.price() != null ? t.price() : c.recommendedPrice());
    }

    public void approve(OfferAdjustment adjustment, List<String> changeReasons, String comment) {
        ApplicationCase c = application.get();
        OfferTerms fin = finalTerms(c);
        DecisionRequest r = changed.get()
                ? new DecisionRequest(c.id(), Outcome.APPROVE_CHANGED, fin.amount().amount(), fin.termMonths(),
                        fin.annualRate(), changeReasons, comment, evidence(adjustment))
                : new DecisionRequest(c.id(), Outcome.APPROVE, null, null, null, List.of(), comment, evidence(adjustment));
        send(r);
    }

    public void refer(List<String> reasons, String comment) {
        ApplicationCase c = application.get();
        OfferTerms fin = finalTerms(c);
        send(new DecisionRequest(c.id(), Outcome.REFER, fin == null ? null : fin.amount().amount(),
                fin == null ? null : fin.termMonths(), fin == null ? null : fin.annualRate(), reasons, comment,
                evidence(null)));
    }

    public void decline(List<String> reasons, String comment) {
        send(new DecisionRequest(application.get().id(), Outcome.DECLINE, null, null, null, reasons, comment,
                evidence(null)));
    }

    private void send(DecisionRequest r) {
        tasks.run(p -> decisions.decide(user, r)).onSuccess((Decision d) -> {
            message.set("");
            onDecided.run();
        }).onFailure(message::set).start();
    }

    private Map<String, Object> evidence(OfferAdjustment adjustment) {
        Map<String, Object> e = new LinkedHashMap<>();
        Offer o = offer.get();
        if (o != null) {
            e.put("offer_status", o.status().name());
            e.put("product", o.product().code());
            e.put("grade", o.grade());
            e.put("pd", o.pd());
            e.put("scored", o.scored());
            e.put("limit", o.limit() == null ? null : o.limit().amount());
            e.put("avg_monthly_net_sales", o.avgMonthlyNetSales() == null ? null : o.avgMonthlyNetSales().amount());
            e.put("policy_version", o.policy().policyVersion());
            e.put("policy_verdict", o.policy().verdict().name());
            e.put("offer_config_version", o.offerConfigVersion());
            e.put("as_of", o.asOf() == null ? null : o.asOf().toString());
            if (o.recommended() != null && o.recommended().amount() != null) {
                e.put("engine_recommended_amount", o.recommended().amount().amount());
            }
        }
        if (adjustment != null && !adjustment.isEmpty()) {
            e.put("adjusted_by_underwriter", true);
        }
        return e;
    }

    public Map<String, String> reasonCodes(ReasonCatalogue.Kind kind) {
        return decisions.reasons().of(kind);
    }

    public void setOnDecided(Runnable r) {
        onDecided = r;
    }

    public ObjectProperty<ApplicationCase> application() {
        return application;
    }

    public ObjectProperty<Offer> offer() {
        return offer;
    }

    public BooleanProperty canDecide() {
        return canDecide;
    }

    public BooleanProperty canApprove() {
        return canApprove;
    }

    public BooleanProperty changed() {
        return changed;
    }

    public StringProperty approveBlocked() {
        return approveBlocked;
    }

    public StringProperty message() {
        return message;
    }

    public Principal user() {
        return user;
    }
}
