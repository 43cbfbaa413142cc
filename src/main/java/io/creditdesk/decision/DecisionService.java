package io.creditdesk.decision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.creditdesk.loan.Application;
import io.creditdesk.loan.ApplicationLifecycle;
import io.creditdesk.loan.ApplicationStatus;
import io.creditdesk.money.Money;

/**
 * Records decisions (OFFERS-AND-DECISIONS.md §4–5). Every rule is enforced here, not in a screen:
 * the lifecycle table, authority limits, the change bounds of an approval with changes, reason
 * codes, and four eyes on referrals. A refused request throws {@link DecisionRefusedException} (or
 * {@link io.creditdesk.loan.IllegalTransitionException}) and writes nothing; an accepted one writes
 * the status change, the decision row and its journal entry in one transaction.
 */
public final class DecisionService {
    public static final String JOURNAL_KIND = "decision";
    static final int MAX_REASONS = 4;
    static final int MAX_COMMENT = 2000;
    private static final BigDecimal HUNDRED = new BigDecimal(100);

    private final DecisionStore store;
    private final AuthorityPolicy policy;
    private final ReasonCatalogue reasons;
    private final RecommendationSource recommendations;
    private final Clock clock;

    public DecisionService(DecisionStore store, AuthorityPolicy policy, ReasonCatalogue reasons,
                           RecommendationSource recommendations, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.reasons = reasons;
        this.recommendations = recommendations;
        this.clock = clock;
    }

    public AuthorityPolicy policy() {
        return policy;
    }

    public ReasonCatalogue reasons() {
        return reasons;
    }

    /** Records {@code request} by {@code who}, or refuses it and records nothing. */
    public Decision decide(Principal who, DecisionRequest request) {
        Objects.requireNonNull(who, "who");
        Objects.requireNonNull(request.outcome(), "outcome");
        List<String> codes = checkShape(request);
        return store.inTransaction(tx -> record(tx, who, request, codes));
    }

    private List<String> checkShape(DecisionRequest r) {
        if (r.comment() != null && r.comment().length() > MAX_COMMENT) {
            throw new DecisionRefusedException("The comment is longer than " + MAX_COMMENT + " characters.");
        }
        if (r.reasons().size() > MAX_REASONS) {
            throw new DecisionRefusedException("At most " + MAX_REASONS + " reason codes, not " + r.reasons().size() + ".");
        }
        if (new HashSet<>(r.reasons()).size() != r.reasons().size()) {
            throw new DecisionRefusedException("A reason code is given twice.");
        }
        if (r.amount() != null && r.amount().signum() <= 0) {
            throw new DecisionRefusedException("The amount must be positive.");
        }
        if (r.termMonths() != null && (r.termMonths() < 1 || r.termMonths() > 60)) {
            throw new DecisionRefusedException("The term must be 1 to 60 months.");
        }
        if (r.annualRate() != null && (r.annualRate().signum() < 0 || r.annualRate().compareTo(BigDecimal.ONE) > 0)) {
            throw new DecisionRefusedException("The price is an annual rate between 0 and 1 (0.18 = 18%).");
        }
        switch (r.outcome()) {
            case DECLINE:
                if (r.reasons().isEmpty()) {
                    throw new DecisionRefusedException("A decline needs 1 to " + MAX_REASONS + " reason codes; known: "
                            + String.join(", ", reasons.of(ReasonCatalogue.Kind.DECLINE).keySet()));
                }
                if (r.changesSomething()) {
                    throw new DecisionRefusedException("A decline takes no amount, term or price.");
                }
                return reasons.check(ReasonCatalogue.Kind.DECLINE, r.reasons());
            case APPROVE_CHANGED:
                if (r.reasons().isEmpty()) {
                    throw new DecisionRefusedException("An approval with changes needs a reason for the change; known: "
                            + String.join(", ", reasons.of(ReasonCatalogue.Kind.CHANGE).keySet()));
                }
                if (!r.changesSomething()) {
                    throw new DecisionRefusedException("An approval with changes needs a new amount, term or price.");
                }
                return reasons.check(ReasonCatalogue.Kind.CHANGE, r.reasons());
            case APPROVE:
                if (!r.reasons().isEmpty()) {
                    throw new DecisionRefusedException("An approval as recommended takes no reason codes"
                            + " (a changed approval does: approve-changed).");
                }
                return List.of();
            case REFER:
                return reasons.check(ReasonCatalogue.Kind.REFER, r.reasons());
            default:
                throw new IllegalStateException("Unknown outcome " + r.outcome());
        }
    }

    private Decision record(DecisionStore.Tx tx, Principal who, DecisionRequest r, List<String> codes) {
        UserAccount user = tx.user(who.username())
                .orElseThrow(() -> new DecisionRefusedException("Unknown user " + who.username() + "."));
        if (user.mustChangePassword() || !user.passwordSet()) {
            throw new DecisionRefusedException("Choose a new password before deciding (creditdesk users set-password).");
        }
        Role role = user.role();
        if (!role.decidesLoans()) {
            throw new DecisionRefusedException("An " + role.label() + " administers users and decides no loans.");
        }
        ApplicationCase c = tx.lockApplication(r.applicationId())
                .orElseThrow(() -> new DecisionRefusedException("No application " + r.applicationId() + "."));
        Application app = c.application();
        ApplicationStatus from = app.status();
        ApplicationStatus target = r.outcome().target();
        if (from == ApplicationStatus.SUBMITTED) {
            ApplicationLifecycle.check(from, ApplicationStatus.IN_REVIEW);
            ApplicationLifecycle.check(ApplicationStatus.IN_REVIEW, target);
        } else {
            ApplicationLifecycle.check(from, target);
        }
        List<DecisionStore.Referral> referrals = List.of();
        if (from == ApplicationStatus.REFERRED) {
            referrals = tx.referrals(app.applicationId());
            checkFourEyes(app.applicationId(), user, referrals);
        }

        RecommendedOffer rec = recommendations.recommend(c);
        OfferTerms recommended = rec.terms();
        AuthorityLimit authority = policy.of(role);
        OfferTerms requested = requestedTerms(r, recommended, app.currency());
        OfferTerms finalOffer = null;
        switch (r.outcome()) {
            case APPROVE:
                if (!sameTerms(requested, recommended)) {
                    throw new DecisionRefusedException("'approve' takes the recommended offer ("
                            + describe(recommended) + "); to change it use approve-changed with a reason.");
                }
                finalOffer = recommended;
                checkAuthority(authority, recommended, finalOffer);
                break;
            case APPROVE_CHANGED:
                if (sameTerms(requested, recommended)) {
                    throw new DecisionRefusedException("Nothing differs from the recommended offer ("
                            + describe(recommended) + "): use approve.");
                }
                finalOffer = requested;
                checkAuthority(authority, recommended, finalOffer);
                break;
            default:
                break;
        }

        Instant now = clock.instant();
        boolean proposes = r.outcome() == Outcome.REFER && r.changesSomething();
        String assignee = r.outcome() == Outcome.REFER ? null : user.username();
        DecisionRow row = new DecisionRow(null, app.applicationId(), user.username(), role.name(),
                io.creditdesk.decision.JournalCodec.storedTime(now), r.outcome().name(),
                finalOffer == null ? null : finalOffer.amount().amount(),
                finalOffer == null ? null : finalOffer.termMonths(),
                finalOffer == null ? null : finalOffer.annualRate(),
                recommended.amount().amount(), recommended.termMonths(), recommended.annualRate(),
                codes.isEmpty() ? null : String.join(",", codes), blankToNull(r.comment()), null);
        long decisionId = tx.insertDecision(row);
        tx.moveApplication(app.applicationId(), from, target, assignee);

        Map<String, Object> body = evidence(decisionId, c, from, target, user, authority, rec,
                finalOffer, proposes ? requested : null, codes, r, referrals, tx.latestScore(app.sellerId()), now);
        JournalEntry entry = tx.appendJournal(JOURNAL_KIND, now, body);
        tx.linkJournal(decisionId, entry.seq());
        return new Decision(decisionId, app.applicationId(), r.outcome(), from, target, user.username(), role, now,
                recommended, finalOffer, codes, blankToNull(r.comment()), entry.seq(), entry.entryHash());
    }

    private static void checkFourEyes(long applicationId, UserAccount user, List<DecisionStore.Referral> referrals) {
        for (DecisionStore.Referral ref : referrals) {
            if (ref.username().equals(user.username())) {
                throw new DecisionRefusedException("You referred application " + applicationId
                        + " yourself: a different user must decide it (four eyes).");
            }
        }
        if (referrals.isEmpty()) {
            return;
        }
        Role referrer = referrals.get(referrals.size() - 1).role();
        int needed = Math.min(referrer.rank() + 1, Role.CREDIT_MANAGER.rank());
        if (user.role().rank() < needed) {
            throw new DecisionRefusedException("Application " + applicationId + " was referred by "
                    + article(referrer) + ": it is decided by " + (needed >= Role.CREDIT_MANAGER.rank()
                    ? "a credit manager" : "a senior underwriter or a credit manager") + ".");
        }
    }

    /**
     * Why {@code role} may not approve {@code fin} against {@code recommended}, in the words a refusal
     * would use; empty when it may. Lets a screen explain before the user clicks; {@link #decide}
     * still enforces it.
     */
    public Optional<String> authorityProblem(Role role, OfferTerms recommended, OfferTerms fin) {
        try {
            checkAuthority(policy.of(role), recommended, fin);
            return Optional.empty();
        } catch (DecisionRefusedException e) {
            return Optional.of(e.getMessage());
        }
    }

    private void checkAuthority(AuthorityLimit authority, OfferTerms recommended, OfferTerms fin) {
        Money amount = fin.amount();
        if (amount.isZero() || amount.isNegative()) {
            throw new DecisionRefusedException("Nothing to approve: the amount is " + amount
                    + " (decline, or approve-changed with an amount).");
        }
        if (!authority.unlimited()) {
            Optional<Money> limit = authority.limitIn(amount.currencyCode());
            if (limit.isEmpty()) {
                throw new DecisionRefusedException("Cannot approve " + amount + ": you have no approval authority in "
                        + amount.currencyCode() + " — refer");
            }
            if (amount.isGreaterThan(limit.get())) {
                throw new DecisionRefusedException("Cannot approve " + amount + ": above your limit of " + limit.get()
                        + " — refer");
            }
        }
        BigDecimal maxChange = authority.maxAmountChange();
        if (maxChange != null && amount.compareTo(recommended.amount()) != 0) {
            BigDecimal diff = amount.amount().subtract(recommended.amount().amount());
            boolean beyond = recommended.amount().isZero()
                    || diff.abs().compareTo(recommended.amount().amount().multiply(maxChange)) > 0;
            if (beyond) {
                String moved = recommended.amount().isZero() ? "from zero"
                        : "by " + signed(diff.multiply(HUNDRED).divide(recommended.amount().amount(), 2,
                                RoundingMode.HALF_EVEN)) + "%";
                throw new DecisionRefusedException("Cannot approve " + amount + ": it moves the recommended "
                        + recommended.amount() + " " + moved + ", beyond your ±" + pct(maxChange) + "% — refer");
            }
        }
        BigDecimal maxPrice = authority.maxPriceChange();
        if (maxPrice != null && fin.annualRate() != null && recommended.annualRate() != null) {
            BigDecimal diff = fin.annualRate().subtract(recommended.annualRate());
            if (diff.abs().compareTo(maxPrice) > 0) {
                throw new DecisionRefusedException("Cannot approve at " + pct(fin.annualRate()) + "%: it moves the recommended "
                        + pct(recommended.annualRate()) + "% by " + signed(diff.multiply(HUNDRED).setScale(2, RoundingMode.HALF_EVEN))
                        + " percentage points, beyond your ±" + pct(maxPrice) + " — refer");
            }
        }
    }

    private static OfferTerms requestedTerms(DecisionRequest r, OfferTerms rec, String currency) {
        Money amount = r.amount() == null ? rec.amount() : Money.of(r.amount(), currency);
        Integer term = r.termMonths() == null ? rec.termMonths() : r.termMonths();
        BigDecimal price = r.annualRate() == null ? rec.annualRate() : r.annualRate().setScale(6, RoundingMode.HALF_EVEN);
        return new OfferTerms(amount, term, price);
    }

    private static boolean sameTerms(OfferTerms a, OfferTerms b) {
        return a.amount().compareTo(b.amount()) == 0 && Objects.equals(a.termMonths(), b.termMonths())
                && (a.annualRate() == null ? b.annualRate() == null
                        : b.annualRate() != null && a.annualRate().compareTo(b.annualRate()) == 0);
    }

    private static List<String> changedFields(OfferTerms rec, OfferTerms fin) {
        List<String> changed = new ArrayList<>();
        if (fin.amount().compareTo(rec.amount()) != 0) {
            changed.add("amount");
        }
        if (!Objects.equals(fin.termMonths(), rec.termMonths())) {
            changed.add("term_months");
        }
        if (fin.annualRate() != null && (rec.annualRate() == null || fin.annualRate().compareTo(rec.annualRate()) != 0)) {
            changed.add("annual_rate");
        }
        return changed;
    }

    private Map<String, Object> evidence(long decisionId, ApplicationCase c, ApplicationStatus from,
                                         ApplicationStatus to, UserAccount user, AuthorityLimit authority,
                                         RecommendedOffer rec, OfferTerms fin, OfferTerms proposed,
                                         List<String> codes, DecisionRequest r,
                                         List<DecisionStore.Referral> referrals,
                                         Optional<Map<String, Object>> score, Instant now) {
        Application a = c.application();
        Map<String, Object> application = new LinkedHashMap<>();
        application.put("id", a.applicationId());
        application.put("seller_id", a.sellerId());
        application.put("product", a.product());
        application.put("currency", a.currency());
        application.put("requested_amount", a.requestedAmount());
        application.put("requested_term", a.requestedTerm());
        application.put("submitted_at", a.submittedAt());
        application.put("score", a.score());
        application.put("grade", a.grade());
        application.put("as_of", a.asOf());

        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("id", decisionId);
        decision.put("outcome", r.outcome().code());
        decision.put("status_before", from);
        decision.put("status_after", to);
        decision.put("decided_at", now.truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        List<Map<String, Object>> reasonList = new ArrayList<>();
        ReasonCatalogue.Kind kind = r.outcome() == Outcome.DECLINE ? ReasonCatalogue.Kind.DECLINE
                : r.outcome() == Outcome.REFER ? ReasonCatalogue.Kind.REFER : ReasonCatalogue.Kind.CHANGE;
        for (String code : codes) {
            Map<String, Object> reason = new LinkedHashMap<>();
            reason.put("code", code);
            reason.put("text", reasons.text(kind, code).orElse(null));
            reasonList.add(reason);
        }
        decision.put("reasons", reasonList);
        decision.put("comment", blankToNull(r.comment()));

        Map<String, Object> by = new LinkedHashMap<>();
        by.put("username", user.username());
        by.put("role", user.role());
        Map<String, Object> auth = new LinkedHashMap<>();
        auth.put("unlimited", authority.unlimited());
        auth.put("limit", authority.unlimited() ? null : authority.limitIn(a.currency()).orElse(null));
        auth.put("max_amount_change", authority.maxAmountChange());
        auth.put("max_price_change", authority.maxPriceChange());
        by.put("authority", auth);

        Map<String, Object> offer = new LinkedHashMap<>();
        Map<String, Object> recommended = terms(rec.terms());
        recommended.put("source", rec.source());
        recommended.put("details", rec.details());
        offer.put("recommended", recommended);
        offer.put("final", fin == null ? null : terms(fin));
        offer.put("changed", fin == null ? List.of() : changedFields(rec.terms(), fin));
        if (proposed != null) {
            offer.put("proposed", terms(proposed));
        }

        Map<String, Object> body = new LinkedHashMap<>();
        body.put("application", application);
        body.put("as_of", a.asOf());
        body.put("decision", decision);
        body.put("decided_by", by);
        body.put("offer", offer);
        body.put("stored_score", score.orElse(null));
        body.put("evidence", r.evidence());
        if (!referrals.isEmpty()) {
            List<Map<String, Object>> refs = new ArrayList<>();
            for (DecisionStore.Referral ref : referrals) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("username", ref.username());
                m.put("role", ref.role());
                refs.add(m);
            }
            body.put("referred_by", refs);
        }
        return body;
    }

    private static Map<String, Object> terms(OfferTerms t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amount", t.amount());
        m.put("term_months", t.termMonths());
        m.put("annual_rate", t.annualRate());
        return m;
    }

    static String describe(OfferTerms t) {
        return t.amount() + (t.termMonths() == null ? "" : ", " + t.termMonths() + " months")
                + (t.annualRate() == null ? "" : ", " + pct(t.annualRate()) + "% a year");
    }

    private static String pct(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String signed(BigDecimal v) {
        return (v.signum() > 0 ? "+" : "") + v.toPlainString();
    }

    private static String article(Role r) {
        return (r == Role.UNDERWRITER ? "an " : "a ") + r.label();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String lower(Outcome o) {
        return o.name().toLowerCase(Locale.ROOT);
    }
}
