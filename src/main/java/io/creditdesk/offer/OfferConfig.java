package io.creditdesk.offer;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sizing and pricing settings of the offer engine (OFFERS-AND-DECISIONS.md §2), versioned like
 * the policy. All rates are annual shares (0.05 = 5%).
 *
 * @param gradeMultiples      limit = multiple(grade) × average monthly net sales (A 2.0 … E 0)
 * @param roundingStep        limits and recommended amounts are rounded down to this (100)
 * @param affordabilityShare  a term-loan instalment may take at most this share of monthly sales (0.30)
 * @param costOfFunds         price component: what the money costs us
 * @param lgd                 loss given default; expected loss = PD × LGD per year of exposure
 * @param operatingCost       price component: servicing cost per year
 * @param margin              price component: profit per year
 * @param termMonths          allowed term-loan terms (3, 6, 12)
 * @param withholdSafety      the recommended withhold rate repays {@code safety ×} the minimum progress at average sales
 * @param orderAdvanceShare   an order-backed advance lends up to this share of open order value (0.80)
 */
public record OfferConfig(
        String version,
        Map<String, BigDecimal> gradeMultiples,
        BigDecimal roundingStep,
        Map<Product, ProductLimits> products,
        BigDecimal affordabilityShare,
        BigDecimal costOfFunds,
        BigDecimal lgd,
        BigDecimal operatingCost,
        BigDecimal margin,
        List<Integer> termMonths,
        int defaultTermMonths,
        RepaymentMethod defaultMethod,
        BigDecimal minWithhold,
        BigDecimal maxWithhold,
        BigDecimal withholdSafety,
        RevenueRules revenueRules,
        BigDecimal orderAdvanceShare,
        int orderMinDays,
        int orderMaxDays,
        int orderDefaultDays,
        int defaultPaths,
        long defaultSeed) {

    public OfferConfig {
        Objects.requireNonNull(version, "version");
        gradeMultiples = Map.copyOf(gradeMultiples);
        products = Map.copyOf(products);
        termMonths = List.copyOf(termMonths);
        for (Product p : Product.values()) {
            if (!products.containsKey(p)) {
                throw new IllegalArgumentException("no limits for " + p.label());
            }
        }
        if (!termMonths.contains(defaultTermMonths)) {
            throw new IllegalArgumentException("default term not among the allowed terms");
        }
    }

    public static OfferConfig defaults() {
        Map<Product, ProductLimits> products = new EnumMap<>(Product.class);
        products.put(Product.TERM, new ProductLimits(bd("1000"), bd("200000"), bd("0.10"), bd("0.24")));
        products.put(Product.REVENUE, new ProductLimits(bd("1000"), bd("200000"), bd("0.02"), bd("0.20")));
        products.put(Product.ORDER, new ProductLimits(bd("500"), bd("100000"), bd("0.10"), bd("0.24")));
        return new OfferConfig("offer-2026.1",
                Map.of("A", bd("2.0"), "B", bd("1.5"), "C", bd("1.0"), "D", bd("0.5"), "E", BigDecimal.ZERO),
                bd("100"), products, bd("0.30"),
                bd("0.05"), bd("0.60"), bd("0.04"), bd("0.03"),
                List.of(3, 6, 12), 12, RepaymentMethod.ANNUITY,
                bd("0.05"), bd("0.15"), bd("1.25"), RevenueRules.defaults(),
                bd("0.80"), 30, 60, 45, 1000, 20261111L);
    }

    public ProductLimits limits(Product product) {
        return products.get(product);
    }

    public BigDecimal multiple(String grade) {
        return gradeMultiples.getOrDefault(grade, BigDecimal.ZERO);
    }

    public OfferConfig withMultiples(Map<String, BigDecimal> multiples) {
        return new OfferConfig(version, multiples, roundingStep, products, affordabilityShare, costOfFunds, lgd,
                operatingCost, margin, termMonths, defaultTermMonths, defaultMethod, minWithhold, maxWithhold,
                withholdSafety, revenueRules, orderAdvanceShare, orderMinDays, orderMaxDays, orderDefaultDays,
                defaultPaths, defaultSeed);
    }

    public OfferConfig withProduct(Product product, ProductLimits limits) {
        Map<Product, ProductLimits> m = new EnumMap<>(products);
        m.put(product, limits);
        return new OfferConfig(version, gradeMultiples, roundingStep, m, affordabilityShare, costOfFunds, lgd,
                operatingCost, margin, termMonths, defaultTermMonths, defaultMethod, minWithhold, maxWithhold,
                withholdSafety, revenueRules, orderAdvanceShare, orderMinDays, orderMaxDays, orderDefaultDays,
                defaultPaths, defaultSeed);
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }
}
