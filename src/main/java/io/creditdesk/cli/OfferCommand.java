package io.creditdesk.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.creditdesk.AppContext;
import io.creditdesk.money.Money;
import io.creditdesk.offer.FanPoint;
import io.creditdesk.offer.Instalment;
import io.creditdesk.offer.InvalidAdjustmentException;
import io.creditdesk.offer.Offer;
import io.creditdesk.offer.OfferAdjustment;
import io.creditdesk.offer.PriceBreakdown;
import io.creditdesk.offer.Product;
import io.creditdesk.offer.RepaymentMethod;
import io.creditdesk.offer.RuleResult;
import io.creditdesk.offer.SimulationResult;
import io.creditdesk.offer.Terms;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;

@Command(name = "offer", description = {"Compute one seller's offer: policy, limit, price, schedule, simulation.",
    "Policy rules, limit, price, APR, schedule, and for a revenue-based advance the repayment simulation.",
    "Options other than --seller adjust the recommendation; both are shown side by side."})
public final class OfferCommand extends BaseCommand {
    @Option(names = "--seller", required = true, paramLabel = "ID", description = "Seller id")
    String sellerId;

    @Option(names = "--product", paramLabel = "term|revenue|order", converter = ProductConverter.class,
            defaultValue = "term", description = "Product (default: ${DEFAULT-VALUE})")
    Product product;

    @Option(names = "--amount", paramLabel = "AMOUNT", description = "Adjusted amount (in the seller's currency)")
    BigDecimal amount;

    @Option(names = "--term", paramLabel = "N", description = "Adjusted term: months (term loan: 3, 6, 12) or days (order-backed: 30–60)")
    Integer term;

    @Option(names = "--price", paramLabel = "RATE", converter = ShareConverter.class,
            description = "Adjusted price: annual rate (term, order) or flat fee (revenue), as 0.18 or 18%%")
    BigDecimal price;

    @Option(names = "--withhold", paramLabel = "RATE", converter = ShareConverter.class,
            description = "Adjusted withhold rate of daily sales (revenue advance, 5%%–15%%), as 0.10 or 10%%")
    BigDecimal withhold;

    @Option(names = "--method", paramLabel = "annuity|equal-principal", converter = MethodConverter.class,
            description = "Adjusted repayment method of a term loan")
    RepaymentMethod method;

    @Option(names = "--paths", paramLabel = "N", description = "Simulation paths (default: 1000)")
    Integer paths;

    @Option(names = "--seed", paramLabel = "S", description = "Simulation seed (default: fixed)")
    Long seed;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Data as-of date (default: the data set's as-of date, else today)")
    LocalDate asOf;

    @Override
    protected int execute() {
        if (paths != null && (paths < 1 || paths > 1_000_000)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--paths must be between 1 and 1,000,000");
        }
        try (AppContext ctx = openContext()) {
            LocalDate date = asOf != null ? asOf : ctx.datasets().asOf().orElseGet(() -> LocalDate.now(ctx.clock()));
            var service = ctx.offers();
            int n = paths == null ? service.engine().config().defaultPaths() : paths;
            long s = seed == null ? service.engine().config().defaultSeed() : seed;
            Offer offer;
            try {
                offer = service.offer(sellerId, date, product,
                        new OfferAdjustment(amount, term, price, withhold, method), n, s)
                        .orElseThrow(() -> new UserException("no seller '" + sellerId + "' in the database"));
            } catch (InvalidAdjustmentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            print(offer);
            result(OfferJson.offer(offer));
            return 0;
        }
    }

    private void print(Offer o) {
        say("Offer for seller " + o.sellerId() + " as of " + o.asOf() + ": " + o.product().label());
        say("Status:        " + o.status());
        for (String r : o.reasons()) {
            say("  - " + r);
        }
        say("Grade / PD:    " + o.grade() + " / " + pct(o.pd()) + (o.scored() ? "" : "   (not scored: conservative default)"));
        say("Avg monthly net sales (6 months): " + o.avgMonthlyNetSales());
        say("Limit:         " + o.limit() + "   (" + o.gradeMultiple().stripTrailingZeros().toPlainString()
                + " × monthly sales, capped by the product, rounded down to 100)");
        if (o.affordable() != null) {
            say("Affordable:    " + o.affordable() + "   (instalment ≤ 30% of monthly sales)");
        }
        PriceBreakdown p = o.price();
        say("Price:         " + pct(p.annualRate()) + " a year = cost of funds " + pct(p.costOfFunds()) + " + expected loss "
                + pct(p.expectedLoss()) + " + operating " + pct(p.operatingCost()) + " + margin " + pct(p.margin())
                + "; floor " + pct(p.floor()) + ", cap " + pct(p.cap())
                + (o.product() == Product.REVENUE ? " (flat fee)" : ""));
        if (o.recommended() != null) {
            terms(o.recommended(), o.adjusted());
            schedule(o.adjusted());
        }
        say("Policy " + o.policy().policyVersion() + ": " + o.policy().verdict());
        for (RuleResult r : o.policy().rules()) {
            say(String.format(Locale.ROOT, "  %-5s %-13s %-40s %s (needs %s)", r.outcome(), r.rule(), r.name(),
                    r.observed(), r.threshold()));
        }
        simulation(o);
        for (String n : o.notes()) {
            say("Note:    " + n);
        }
        for (String w : o.warnings()) {
            say("Warning: " + w);
        }
    }

    private void terms(Terms r, Terms a) {
        say("");
        say(String.format(Locale.ROOT, "  %-18s %-22s %s", "", "recommended", "adjusted"));
        row("Amount", r.amount(), a.amount());
        if (r.termMonths() != null) {
            row("Term", r.termMonths() + " months", a.termMonths() + " months");
            row("Method", method(r.method()), method(a.method()));
        }
        if (r.termDays() != null) {
            row("Term", r.termDays() + " days", a.termDays() + " days");
        }
        row(r.product() == Product.REVENUE ? "Flat fee" : "Annual rate", pct(r.price()), pct(a.price()));
        if (r.withholdRate() != null) {
            row("Withhold rate", pct(r.withholdRate()), pct(a.withholdRate()));
        }
        row(r.product() == Product.REVENUE ? "APR (at median)" : "APR", pct(r.apr()), pct(a.apr()));
        if (r.instalment() != null) {
            row("Instalment (max)", r.instalment(), a.instalment());
        }
        row("Total cost", r.fee(), a.fee());
        row("Total to repay", r.totalRepayable(), a.totalRepayable());
        say("");
    }

    private void row(String label, Object rec, Object adj) {
        say(String.format(Locale.ROOT, "  %-18s %-22s %s", label, rec, adj));
    }

    private void schedule(Terms t) {
        if (t.schedule() == null) {
            return;
        }
        say("Schedule (adjusted terms):");
        say(String.format(Locale.ROOT, "  %3s  %-10s  %14s  %14s  %12s  %14s", "#", "due", "payment", "principal",
                "interest", "balance"));
        for (Instalment i : t.schedule().instalments()) {
            say(String.format(Locale.ROOT, "  %3d  %-10s  %14s  %14s  %12s  %14s", i.number(), i.dueOn(),
                    plain(i.payment()), plain(i.principal()), plain(i.interest()), plain(i.balanceAfter())));
        }
        say(String.format(Locale.ROOT, "  %3s  %-10s  %14s  %14s  %12s", "", "total", plain(t.schedule().totalRepayable()),
                plain(t.schedule().totalPrincipal()), plain(t.schedule().totalInterest())));
        say("");
    }

    private void simulation(Offer o) {
        SimulationResult s = o.adjusted() == null ? null : o.adjusted().simulation();
        if (s == null) {
            say("Simulation:    " + (o.product() == Product.REVENUE ? "not run (offer refused)"
                    : "applies to the revenue-based advance (--product revenue)"));
            return;
        }
        say(String.format(Locale.ROOT, "Simulation:    %,d paths, seed %d, withhold %s of daily sales, %s to repay",
                s.paths(), s.seed(), pct(s.withholdRate()), s.total()));
        say("  days to repay: median " + days(s.medianDays(), s.capDays()) + ", P90 " + days(s.p90Days(), s.capDays()));
        say("  P(missing a 60-day minimum-progress milestone) " + pct(s.probabilityMissMilestone())
                + ", P(not repaid by the " + s.capDays() + "-day cap) " + pct(s.probabilityCap()));
        say("  outstanding balance (fan chart), every 4 weeks:");
        say(String.format(Locale.ROOT, "  %5s %5s  %12s %12s %12s %12s %12s", "week", "day", "P10", "P25", "P50", "P75", "P90"));
        List<FanPoint> fan = s.fan();
        for (FanPoint f : fan) {
            if (f.week() % 4 == 0 || f.week() == fan.size() - 1) {
                say(String.format(Locale.ROOT, "  %5d %5d  %12s %12s %12s %12s %12s", f.week(), f.day(), plain(f.p10()),
                        plain(f.p25()), plain(f.p50()), plain(f.p75()), plain(f.p90())));
                if (f.p90().isZero()) {
                    break;
                }
            }
        }
    }

    private static String days(Integer d, int cap) {
        return d == null ? "over " + cap + " days (cap)" : d + " days";
    }

    private static String method(RepaymentMethod m) {
        return m == null ? "" : m.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String plain(Money m) {
        return String.format(Locale.ROOT, "%,.2f", m.amount());
    }

    static String pct(BigDecimal share) {
        return share == null ? "n/a" : share.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    static final class ProductConverter implements ITypeConverter<Product> {
        @Override
        public Product convert(String value) {
            try {
                return Product.parse(value);
            } catch (InvalidAdjustmentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    static final class MethodConverter implements ITypeConverter<RepaymentMethod> {
        @Override
        public RepaymentMethod convert(String value) {
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "annuity" -> RepaymentMethod.ANNUITY;
                case "equal-principal", "equal_principal" -> RepaymentMethod.EQUAL_PRINCIPAL;
                default -> throw new CommandLine.TypeConversionException(
                        "unknown method '" + value + "' (use annuity or equal-principal)");
            };
        }
    }

    /** {@code 0.12} or {@code 12%}; a bare number above 1 is refused as ambiguous. */
    static final class ShareConverter implements ITypeConverter<BigDecimal> {
        @Override
        public BigDecimal convert(String value) {
            String v = value.trim();
            try {
                if (v.endsWith("%")) {
                    return new BigDecimal(v.substring(0, v.length() - 1).trim()).movePointLeft(2);
                }
                BigDecimal b = new BigDecimal(v);
                if (b.compareTo(BigDecimal.ONE) > 0) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is ambiguous: give a share (0.12) or a percentage (12%)");
                }
                return b;
            } catch (NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a rate (e.g. 0.12 or 12%)");
            }
        }
    }
}
