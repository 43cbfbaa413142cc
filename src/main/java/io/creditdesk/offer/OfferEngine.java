package io.creditdesk.offer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

import io.creditdesk.money.Money;

/**
 * Turns a {@link SellerSnapshot} into an {@link Offer} (OFFERS-AND-DECISIONS.md §2–3): policy
 * rules, limit, affordability, price, the recommended terms, and the underwriter's adjusted terms
 * next to them. Pure and deterministic: the same snapshot, settings and seed give the same offer.
 */
public final class OfferEngine {
    private static final MathContext MC = MathContext.DECIMAL128;
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal DAYS_PER_MONTH = DAYS_PER_YEAR.divide(BigDecimal.valueOf(12), MC);
    private static final BigDecimal WITHHOLD_STEP = new BigDecimal("0.005");

    private final OfferConfig config;
    private final PolicyEngine policy;
    private final RevenueSimulator simulator;

    public OfferEngine(OfferConfig config, PolicyEngine policy) {
        this.config = config;
        this.policy = policy;
        this.simulator = new RevenueSimulator(config.revenueRules());
    }

    public OfferConfig config() {
        return config;
    }

    /** The recommended offer, simulated with the configured number of paths and seed. */
    public Offer offer(SellerSnapshot s, Product product) {
        return offer(s, product, OfferAdjustment.NONE, config.defaultPaths(), config.defaultSeed());
    }

    /**
     * @throws InvalidAdjustmentException when an adjustment lies outside the product's definition
     *         (a term not offered, a withhold rate outside its range, a non-positive amount)
     */
    public Offer offer(SellerSnapshot s, Product product, OfferAdjustment adjustment, int paths, long seed) {
        OfferAdjustment adj = adjustment == null ? OfferAdjustment.NONE : adjustment;
        PolicyResult pr = policy.evaluate(s);
        Ctx c = new Ctx(s, product, paths, seed);
        if (!s.scored()) {
            c.notes.add("not scored: grade " + s.grade() + " and PD " + PolicyEngine.percent(s.pd())
                    + " assumed (conservative default)");
        }
        ProductLimits lim = config.limits(product);
        BigDecimal multiple = config.multiple(s.grade());
        Money avg = s.avgMonthlyNetSales6m();
        Money limit = floorToStep(avg.amount().multiply(multiple).min(lim.maxAmount()), c.currency);
        PriceBreakdown price = price(s, product);

        if (!s.dailySales().hasSales() && avg.isZero()) {
            c.refusals.add("no sales in the last 12 months: there is nothing to size or repay the offer from");
        } else if (product == Product.REVENUE && !s.dailySales().hasSales()) {
            c.refusals.add("no daily sales in the last 52 weeks: the repayment cannot be simulated");
        } else if (limit.isZero()) {
            c.refusals.add(multiple.signum() == 0 ? "limit is zero: grade " + s.grade() + " has a multiple of 0"
                    : "limit is zero: no net sales in the last 6 months");
        } else if (product == Product.ORDER && s.openOrderValue().isZero()) {
            c.refusals.add("no shipped-but-unconfirmed orders to advance against");
        }
        Money affordable = null;
        Terms recommended = null;
        if (c.refusals.isEmpty()) {
            Money maxInstalment = avg.times(config.affordabilityShare(), RoundingMode.FLOOR);
            if (product == Product.TERM) {
                affordable = affordable(maxInstalment, price.annualRate(), config.defaultTermMonths(),
                        config.defaultMethod(), c.currency);
            }
            recommended = switch (product) {
                case TERM -> recommendTerm(c, limit, affordable, price);
                case REVENUE -> recommendRevenue(c, limit, price);
                case ORDER -> recommendOrder(c, limit, price);
            };
            if (recommended != null && recommended.amount().compareTo(money(lim.minAmount(), c.currency)) < 0) {
                c.refusals.add("recommended amount " + recommended.amount() + " is below the product minimum "
                        + money(lim.minAmount(), c.currency));
                recommended = null;
            }
        }
        if (!c.refusals.isEmpty()) {
            return new Offer(s.sellerId(), s.asOf(), product, config.version(), OfferStatus.REFUSED, c.refusals, pr,
                    s.grade(), s.pd(), s.scored(), avg, multiple, limit, affordable, price, null, null, c.notes,
                    c.warnings);
        }
        Terms adjusted = adj.isEmpty() ? recommended : adjust(c, recommended, adj, limit, price);
        OfferStatus status = switch (pr.verdict()) {
            case ELIGIBLE -> OfferStatus.OFFERED;
            case REFER -> OfferStatus.REFER;
            case DECLINE -> OfferStatus.DECLINED;
        };
        List<String> reasons = pr.breaches().stream()
                .map(r -> r.rule() + ": " + r.name() + " is " + r.observed() + " (needs " + r.threshold() + ")")
                .collect(Collectors.toList());
        return new Offer(s.sellerId(), s.asOf(), product, config.version(), status, reasons, pr, s.grade(), s.pd(),
                s.scored(), avg, multiple, limit, affordable, price, recommended, adjusted, c.notes, c.warnings);
    }

    /** Annual rate = cost of funds + PD × LGD + operating cost + margin, held within the product's floor and cap. */
    PriceBreakdown price(SellerSnapshot s, Product product) {
        ProductLimits lim = config.limits(product);
        BigDecimal el = s.pd().multiply(config.lgd()).setScale(4, RoundingMode.HALF_EVEN);
        BigDecimal raw = config.costOfFunds().add(el).add(config.operatingCost()).add(config.margin());
        if (product == Product.REVENUE) {
            // the floor and cap bound the flat fee; the fee is set once the expected duration is known
            return new PriceBreakdown(config.costOfFunds(), el, config.operatingCost(), config.margin(), raw,
                    lim.priceFloor(), lim.priceCap(), raw, null);
        }
        BigDecimal annual = lim.clampPrice(raw);
        BigDecimal fee = product == Product.ORDER ? orderFeeRate(annual, config.orderDefaultDays()) : null;
        return new PriceBreakdown(config.costOfFunds(), el, config.operatingCost(), config.margin(), raw,
                lim.priceFloor(), lim.priceCap(), annual, fee);
    }

    private Money affordable(Money maxInstalment, BigDecimal rate, int months, RepaymentMethod method, Currency cur) {
        BigDecimal raw = method == RepaymentMethod.EQUAL_PRINCIPAL ? Schedules.equalPrincipalFor(maxInstalment, rate, months)
                : Schedules.annuityPrincipalFor(maxInstalment, rate, months);
        return floorToStep(raw, cur);
    }

    // ---- term loan

    private Terms recommendTerm(Ctx c, Money limit, Money affordable, PriceBreakdown price) {
        Money amount = limit.min(affordable);
        if (amount.compareTo(limit) < 0) {
            c.notes.add("amount reduced from the limit " + limit + " to " + amount + " so the instalment stays ≤ "
                    + PolicyEngine.percent(config.affordabilityShare()) + " of average monthly net sales");
        }
        return termTerms(c, amount, config.defaultTermMonths(), config.defaultMethod(), price.annualRate());
    }

    private Terms termTerms(Ctx c, Money amount, int months, RepaymentMethod method, BigDecimal rate) {
        Schedule schedule = Schedules.of(method, amount, rate, months, c.s.asOf());
        return new Terms(Product.TERM, amount, months, null, method, rate, schedule.totalInterest(),
                schedule.totalRepayable(), Schedules.apr(amount, schedule), schedule.maxPayment(), null, schedule, null);
    }

    // ---- revenue-based advance

    private Terms recommendRevenue(Ctx c, Money limit, PriceBreakdown price) {
        RevenueRules rules = config.revenueRules();
        ProductLimits lim = config.limits(Product.REVENUE);
        BigDecimal avgDaily = c.s.avgMonthlyNetSales6m().amount().divide(DAYS_PER_MONTH, MC);
        // progress the contract needs per period at average sales: total ÷ parts every milestoneDays days
        BigDecimal perPeriodSales = avgDaily.multiply(BigDecimal.valueOf(rules.milestoneDays()));
        BigDecimal baseDays = BigDecimal.valueOf(rules.capDays()).divide(config.withholdSafety(), MC);
        BigDecimal fee = feeFor(price.annualRate(), baseDays, lim);
        Money amount = limit;
        BigDecimal need = withholdNeeded(amount, fee, perPeriodSales, rules);
        if (need.compareTo(config.maxWithhold()) > 0) {
            BigDecimal max = config.maxWithhold().multiply(perPeriodSales).multiply(BigDecimal.valueOf(rules.milestoneParts()))
                    .divide(config.withholdSafety().multiply(BigDecimal.ONE.add(fee)), MC);
            amount = floorToStep(max, c.currency).min(limit);
            c.notes.add("amount reduced from the limit " + limit + " to " + amount + " so a withhold rate of at most "
                    + PolicyEngine.percent(config.maxWithhold()) + " meets the minimum progress with a margin of "
                    + config.withholdSafety().stripTrailingZeros().toPlainString() + "×");
        }
        BigDecimal withhold = roundWithhold(withholdNeeded(amount, fee, perPeriodSales, rules));
        if (avgDaily.signum() > 0 && amount.amount().signum() > 0) {
            BigDecimal expectedDays = amount.amount().multiply(BigDecimal.ONE.add(fee))
                    .divide(withhold.multiply(avgDaily), MC).min(BigDecimal.valueOf(rules.capDays()));
            fee = feeFor(price.annualRate(), expectedDays, lim);
            withhold = roundWithhold(withholdNeeded(amount, fee, perPeriodSales, rules));
        }
        return revenueTerms(c, amount, fee, withhold);
    }

    private BigDecimal withholdNeeded(Money amount, BigDecimal fee, BigDecimal perPeriodSales, RevenueRules rules) {
        if (perPeriodSales.signum() == 0) {
            return config.maxWithhold();
        }
        return amount.amount().multiply(BigDecimal.ONE.add(fee)).multiply(config.withholdSafety())
                .divide(perPeriodSales.multiply(BigDecimal.valueOf(rules.milestoneParts())), MC);
    }

    private BigDecimal roundWithhold(BigDecimal need) {
        BigDecimal up = need.divide(WITHHOLD_STEP, 0, RoundingMode.CEILING).multiply(WITHHOLD_STEP);
        return up.max(config.minWithhold()).min(config.maxWithhold()).setScale(4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal feeFor(BigDecimal annualRate, BigDecimal days, ProductLimits lim) {
        return lim.clampPrice(annualRate.multiply(days).divide(DAYS_PER_YEAR, MC)).setScale(4, RoundingMode.HALF_EVEN);
    }

    private Terms revenueTerms(Ctx c, Money amount, BigDecimal feeRate, BigDecimal withhold) {
        Money fee = amount.times(feeRate);
        Money total = amount.plus(fee);
        SimulationResult sim = simulator.simulate(c.s.dailySales(), total, withhold, c.paths, c.seed);
        BigDecimal apr = sim.medianDays() == null ? null
                : feeRate.multiply(DAYS_PER_YEAR).divide(BigDecimal.valueOf(sim.medianDays()), 4, RoundingMode.HALF_EVEN);
        return new Terms(Product.REVENUE, amount, null, null, null, feeRate, fee, total, apr, null, withhold, null, sim);
    }

    // ---- order-backed advance

    private Terms recommendOrder(Ctx c, Money limit, PriceBreakdown price) {
        Money base = c.s.openOrderValue().times(config.orderAdvanceShare(), RoundingMode.FLOOR);
        Money amount = limit.min(base).roundDownTo(config.roundingStep());
        return orderTerms(c, amount, config.orderDefaultDays(), price.annualRate());
    }

    private static BigDecimal orderFeeRate(BigDecimal annual, int days) {
        return annual.multiply(BigDecimal.valueOf(days)).divide(DAYS_PER_YEAR, 6, RoundingMode.HALF_EVEN);
    }

    private Terms orderTerms(Ctx c, Money amount, int days, BigDecimal annualRate) {
        Money fee = amount.times(orderFeeRate(annualRate, days));
        Money total = amount.plus(fee);
        Schedule schedule = new Schedule(RepaymentMethod.BULLET, List.of(new Instalment(1, c.s.asOf().plusDays(days),
                total, amount, fee, Money.zero(c.currency.getCurrencyCode()))));
        BigDecimal apr = amount.isZero() ? null : fee.amount().multiply(DAYS_PER_YEAR)
                .divide(amount.amount().multiply(BigDecimal.valueOf(days)), 4, RoundingMode.HALF_EVEN);
        return new Terms(Product.ORDER, amount, null, days, RepaymentMethod.BULLET, annualRate, fee, total, apr, total,
                null, schedule, null);
    }

    // ---- adjustments

    private Terms adjust(Ctx c, Terms rec, OfferAdjustment adj, Money limit, PriceBreakdown price) {
        Money amount = adj.amount() == null ? rec.amount() : new Money(adj.amount(), c.currency);
        if (amount.amount().signum() <= 0) {
            throw new InvalidAdjustmentException("the amount must be positive");
        }
        if (amount.isGreaterThan(limit)) {
            c.warnings.add("amount " + amount + " is above the limit " + limit);
        }
        BigDecimal p = adj.price() == null ? rec.price() : adj.price();
        if (p.signum() < 0 || p.compareTo(BigDecimal.ONE) >= 0) {
            throw new InvalidAdjustmentException("the price must be a share between 0 and 1 (0.18 = 18%)");
        }
        if (p.compareTo(price.floor()) < 0 || p.compareTo(price.cap()) > 0) {
            c.warnings.add("price " + PolicyEngine.percent(p) + " is outside the product's floor "
                    + PolicyEngine.percent(price.floor()) + " and cap " + PolicyEngine.percent(price.cap()));
        }
        if (c.product != Product.REVENUE && adj.withholdRate() != null) {
            throw new InvalidAdjustmentException("a withhold rate applies only to a revenue-based advance");
        }
        if (c.product != Product.TERM && adj.method() != null) {
            throw new InvalidAdjustmentException("a repayment method applies only to a term loan");
        }
        return switch (c.product) {
            case TERM -> {
                int months = adj.term() == null ? rec.termMonths() : adj.term();
                if (!config.termMonths().contains(months)) {
                    throw new InvalidAdjustmentException("a term loan runs " + config.termMonths().stream()
                            .map(String::valueOf).collect(Collectors.joining(", ")) + " months, not " + months);
                }
                RepaymentMethod method = adj.method() == null ? rec.method() : adj.method();
                if (method == RepaymentMethod.BULLET) {
                    throw new InvalidAdjustmentException("a term loan is repaid by annuity or equal principal");
                }
                Terms t = termTerms(c, amount, months, method, p);
                Money maxInstalment = c.s.avgMonthlyNetSales6m().times(config.affordabilityShare(), RoundingMode.FLOOR);
                if (t.instalment().isGreaterThan(maxInstalment)) {
                    c.warnings.add("instalment " + t.instalment() + " is above "
                            + PolicyEngine.percent(config.affordabilityShare()) + " of average monthly net sales ("
                            + maxInstalment + ")");
                }
                yield t;
            }
            case REVENUE -> {
                if (adj.term() != null) {
                    throw new InvalidAdjustmentException("a revenue-based advance has no fixed term (use the withhold rate)");
                }
                BigDecimal w = adj.withholdRate() == null ? rec.withholdRate() : adj.withholdRate();
                if (w.compareTo(config.minWithhold()) < 0 || w.compareTo(config.maxWithhold()) > 0) {
                    throw new InvalidAdjustmentException("the withhold rate must be between "
                            + PolicyEngine.percent(config.minWithhold()) + " and " + PolicyEngine.percent(config.maxWithhold()));
                }
                yield revenueTerms(c, amount, p, w);
            }
            case ORDER -> {
                int days = adj.term() == null ? rec.termDays() : adj.term();
                if (days < config.orderMinDays() || days > config.orderMaxDays()) {
                    throw new InvalidAdjustmentException("an order-backed advance runs " + config.orderMinDays() + "–"
                            + config.orderMaxDays() + " days, not " + days);
                }
                yield orderTerms(c, amount, days, p);
            }
        };
    }

    /** Rounds an exact amount down to the rounding step (100) before it becomes Money, so 49,999.995 gives 49,900. */
    private Money floorToStep(BigDecimal exact, Currency currency) {
        BigDecimal step = config.roundingStep();
        return new Money(exact.divide(step, 0, RoundingMode.FLOOR).multiply(step), currency);
    }

    private static Money money(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** Per-call working state. */
    private static final class Ctx {
        final SellerSnapshot s;
        final Product product;
        final Currency currency;
        final int paths;
        final long seed;
        final List<String> refusals = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        Ctx(SellerSnapshot s, Product product, int paths, long seed) {
            this.s = s;
            this.product = product;
            this.currency = s.avgMonthlyNetSales6m().currency();
            this.paths = paths;
            this.seed = seed;
        }
    }
}
