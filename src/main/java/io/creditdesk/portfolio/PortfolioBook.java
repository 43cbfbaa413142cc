package io.creditdesk.portfolio;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The loaded facts the dashboard recomputes from on every filter change: loans as primitive
 * schedules (epoch days, minor units, principal repaid per instalment), applications and decisions.
 * Immutable; built once by {@link PortfolioService#load()}.
 */
public final class PortfolioBook {
    private final LocalDate asOf;
    private final List<LoanFact> loans;
    private final List<ApplicationRecord> applications;
    private final List<DecisionRecord> decisions;
    private final String currency;
    private final Choices choices;

    /** The values the filter bar offers. */
    public record Choices(List<String> products, List<String> grades, List<String> categories, List<String> regions) {
    }

    PortfolioBook(LocalDate asOf, List<LoanRecord> loanRecords, List<ApplicationRecord> applications,
                  List<DecisionRecord> decisions) {
        this.loans = new ArrayList<>(loanRecords.size());
        for (LoanRecord r : loanRecords) {
            loans.add(LoanFact.of(r));
        }
        this.applications = List.copyOf(applications);
        this.decisions = List.copyOf(decisions);
        this.currency = mainCurrency(loanRecords);
        this.asOf = asOf != null ? asOf : latestDate(loanRecords, applications);
        TreeSet<String> products = new TreeSet<>();
        TreeSet<String> grades = new TreeSet<>(Comparator.comparing((String g) -> g.equals(PortfolioReport.UNSCORED))
                .thenComparing(Comparator.naturalOrder()));
        TreeSet<String> categories = new TreeSet<>();
        TreeSet<String> regions = new TreeSet<>();
        for (LoanFact l : loans) {
            products.add(l.product);
            grades.add(l.grade);
            addIfPresent(categories, l.category);
            addIfPresent(regions, l.region);
        }
        for (ApplicationRecord a : applications) {
            products.add(a.product());
            grades.add(a.grade() == null ? PortfolioReport.UNSCORED : a.grade());
            addIfPresent(categories, a.category());
            addIfPresent(regions, a.region());
        }
        this.choices = new Choices(List.copyOf(products), List.copyOf(grades), List.copyOf(categories),
                List.copyOf(regions));
    }

    private static void addIfPresent(Collection<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

    private static String mainCurrency(List<LoanRecord> loans) {
        Map<String, Integer> counts = new HashMap<>();
        for (LoanRecord l : loans) {
            counts.merge(l.currency(), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                        Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElse("CNY");
    }

    private static LocalDate latestDate(List<LoanRecord> loans, List<ApplicationRecord> apps) {
        LocalDate latest = null;
        for (LoanRecord l : loans) {
            latest = latest == null || l.disbursedOn().isAfter(latest) ? l.disbursedOn() : latest;
        }
        for (ApplicationRecord a : apps) {
            latest = latest == null || a.submittedOn().isAfter(latest) ? a.submittedOn() : latest;
        }
        return latest;
    }

    /** The data's as-of date (or the latest date in the data); null for an empty database. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The currency of most loans; money figures are in it. */
    public String currency() {
        return currency;
    }

    public Choices choices() {
        return choices;
    }

    public int loanCount() {
        return loans.size();
    }

    List<LoanFact> loans() {
        return loans;
    }

    List<ApplicationRecord> applications() {
        return applications;
    }

    List<DecisionRecord> decisions() {
        return decisions;
    }

    /** A loan as the calculations need it: dates as epoch days, money in minor units. */
    static final class LoanFact {
        static final int NEVER = Integer.MAX_VALUE;
        final String product;
        final String currency;
        final String category;
        final String region;
        final String grade;
        final BigDecimal pd;
        final LocalDate disbursedOn;
        final int disbursed;
        final LocalDate defaultedOn;
        final int defaulted;
        final long principal;
        final int scale;
        final int[] due;
        final int[] paid;
        final long[] repaid;
        /** The day the loan was repaid in full (its last payment), or {@link #NEVER}. */
        final int repaidInFull;

        private LoanFact(LoanRecord r) {
            product = r.product();
            currency = r.currency();
            category = r.category();
            region = r.region();
            grade = r.grade() == null ? PortfolioReport.UNSCORED : r.grade();
            pd = r.pd();
            disbursedOn = r.disbursedOn();
            disbursed = (int) r.disbursedOn().toEpochDay();
            defaultedOn = r.defaultedOn();
            defaulted = r.defaultedOn() == null ? NEVER : (int) r.defaultedOn().toEpochDay();
            scale = fractionDigits(r.currency());
            principal = minor(r.principal(), scale);
            int n = r.instalments().size();
            due = new int[n];
            paid = new int[n];
            long[] dueAmounts = new long[n];
            long[] paidAmounts = new long[n];
            for (int i = 0; i < n; i++) {
                LoanRecord.InstalmentRecord in = r.instalments().get(i);
                due[i] = (int) in.dueOn().toEpochDay();
                paid[i] = in.paidOn() == null ? NEVER : (int) in.paidOn().toEpochDay();
                dueAmounts[i] = minor(in.amountDue(), scale);
                paidAmounts[i] = in.amountPaid() == null ? 0 : minor(in.amountPaid(), scale);
            }
            long[] parts = Amortization.principalParts(product, principal, r.price(), dueAmounts);
            repaid = new long[n];
            for (int i = 0; i < n; i++) {
                repaid[i] = paid[i] == NEVER ? 0 : Amortization.repaid(parts[i], dueAmounts[i], paidAmounts[i]);
            }
            long total = 0;
            int last = Integer.MIN_VALUE;
            for (int i = 0; i < n; i++) {
                total += repaid[i];
                last = paid[i] == NEVER ? last : Math.max(last, paid[i]);
            }
            repaidInFull = n > 0 && total >= principal ? last : NEVER;
        }

        static LoanFact of(LoanRecord r) {
            return new LoanFact(r);
        }

        /** Principal outstanding at the end of {@code day}; 0 before disbursement and after write-off. */
        long outstanding(int day, int writeOffDays) {
            if (day < disbursed || day >= repaidInFull || (defaulted != NEVER && day > defaulted + writeOffDays)) {
                return 0;
            }
            long o = principal;
            for (int i = 0; i < repaid.length; i++) {
                if (paid[i] <= day) {
                    o -= repaid[i];
                }
            }
            return Math.max(0, o);
        }

        /** Days past due at the end of {@code day}: since the earliest instalment due and not yet paid. */
        int daysPastDue(int day) {
            for (int i = 0; i < due.length; i++) {
                if (due[i] > day) {
                    return 0;
                }
                if (paid[i] > day) {
                    return day - due[i];
                }
            }
            return 0;
        }

        boolean defaultedBy(int day) {
            return defaulted <= day;
        }
    }

    static int fractionDigits(String currency) {
        try {
            int d = Currency.getInstance(currency).getDefaultFractionDigits();
            return d < 0 ? 2 : d;
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }

    static long minor(BigDecimal amount, int scale) {
        return amount.movePointRight(scale).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact();
    }
}
