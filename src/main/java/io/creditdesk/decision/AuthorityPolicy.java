package io.creditdesk.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import io.creditdesk.money.Money;

/**
 * Authority limits per role, from configuration ({@code authority.properties} beside this class by
 * default). Keys: {@code ROLE.limit.CUR=amount} (repeat per currency), {@code ROLE.unlimited=true},
 * {@code ROLE.max_amount_change=0.20}, {@code ROLE.max_price_change=0.02},
 * {@code offer.default_price=0.18} (the annual rate assumed when an application carries none).
 */
public record AuthorityPolicy(Map<Role, AuthorityLimit> limits, BigDecimal defaultPrice) {
    public AuthorityPolicy {
        limits = Map.copyOf(limits);
    }

    public AuthorityLimit of(Role role) {
        AuthorityLimit l = limits.get(role);
        return l != null ? l : new AuthorityLimit(role, false, Map.of(), BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** The shipped defaults: underwriter CNY 50,000 (±20% amount, ±2 pp price), senior CNY 200,000, manager unlimited. */
    public static AuthorityPolicy defaults() {
        try (InputStream in = AuthorityPolicy.class.getResourceAsStream("authority.properties")) {
            if (in == null) {
                throw new IllegalStateException("Missing resource authority.properties");
            }
            Properties p = new Properties();
            p.load(in);
            return fromProperties(p);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read authority.properties", e);
        }
    }

    public static AuthorityPolicy fromProperties(Properties p) {
        Map<Role, AuthorityLimit> limits = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            String prefix = role.name() + ".";
            Map<String, Money> byCurrency = new LinkedHashMap<>();
            for (String key : p.stringPropertyNames()) {
                if (key.startsWith(prefix + "limit.")) {
                    String cur = key.substring((prefix + "limit.").length()).toUpperCase(Locale.ROOT);
                    byCurrency.put(cur, Money.of(p.getProperty(key).trim(), cur));
                }
            }
            boolean unlimited = Boolean.parseBoolean(p.getProperty(prefix + "unlimited", "false").trim());
            limits.put(role, new AuthorityLimit(role, unlimited && role.decidesLoans(), byCurrency,
                    decimal(p, prefix + "max_amount_change"), decimal(p, prefix + "max_price_change")));
        }
        BigDecimal price = decimal(p, "offer.default_price");
        return new AuthorityPolicy(limits, price == null ? new BigDecimal("0.18") : price);
    }

    private static BigDecimal decimal(Properties p, String key) {
        String v = p.getProperty(key);
        return v == null || v.isBlank() ? null : new BigDecimal(v.trim());
    }
}
