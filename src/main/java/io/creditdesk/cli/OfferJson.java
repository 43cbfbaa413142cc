package io.creditdesk.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.creditdesk.money.Money;
import io.creditdesk.offer.FanPoint;
import io.creditdesk.offer.Instalment;
import io.creditdesk.offer.Offer;
import io.creditdesk.offer.PriceBreakdown;
import io.creditdesk.offer.RuleResult;
import io.creditdesk.offer.SimulationResult;
import io.creditdesk.offer.Terms;

/** The {@code --json} shape of an {@link Offer}: amounts as exact decimal numbers, rates as shares (0.18). */
final class OfferJson {
    private OfferJson() {
    }

    static Map<String, Object> offer(Offer o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seller_id", o.sellerId());
        m.put("as_of", o.asOf().toString());
        m.put("product", o.product().code());
        m.put("status", o.status().name());
        m.put("reasons", o.reasons());
        m.put("currency", o.avgMonthlyNetSales().currencyCode());
        m.put("grade", o.grade());
        m.put("pd", o.pd());
        m.put("scored", o.scored());
        m.put("avg_monthly_net_sales", amount(o.avgMonthlyNetSales()));
        m.put("grade_multiple", o.gradeMultiple());
        m.put("limit", amount(o.limit()));
        m.put("affordable", amount(o.affordable()));
        m.put("price", price(o.price()));
        m.put("recommended", terms(o.recommended()));
        m.put("adjusted", terms(o.adjusted()));
        Map<String, Object> policy = new LinkedHashMap<>();
        policy.put("version", o.policy().policyVersion());
        policy.put("verdict", o.policy().verdict().name());
        List<Map<String, Object>> rules = new ArrayList<>();
        for (RuleResult r : o.policy().rules()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("rule", r.rule());
            x.put("name", r.name());
            x.put("outcome", r.outcome().name());
            x.put("observed", r.observed());
            x.put("threshold", r.threshold());
            rules.add(x);
        }
        policy.put("rules", rules);
        m.put("policy", policy);
        m.put("simulation", o.adjusted() == null ? null : simulation(o.adjusted().simulation()));
        m.put("offer_config_version", o.offerConfigVersion());
        m.put("notes", o.notes());
        m.put("warnings", o.warnings());
        return m;
    }

    static Object amount(Money m) {
        return m == null ? null : m.amount();
    }

    private static Map<String, Object> price(PriceBreakdown p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cost_of_funds", p.costOfFunds());
        m.put("expected_loss", p.expectedLoss());
        m.put("operating_cost", p.operatingCost());
        m.put("margin", p.margin());
        m.put("raw_rate", p.rawRate());
        m.put("floor", p.floor());
        m.put("cap", p.cap());
        m.put("annual_rate", p.annualRate());
        return m;
    }

    private static Map<String, Object> terms(Terms t) {
        if (t == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("amount", amount(t.amount()));
        m.put("term_months", t.termMonths());
        m.put("term_days", t.termDays());
        m.put("method", t.method() == null ? null : t.method().name().toLowerCase(Locale.ROOT));
        m.put("price", t.price());
        m.put("fee", amount(t.fee()));
        m.put("total_repayable", amount(t.totalRepayable()));
        m.put("apr", t.apr());
        m.put("instalment", amount(t.instalment()));
        m.put("withhold_rate", t.withholdRate());
        if (t.schedule() != null) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (Instalment i : t.schedule().instalments()) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("n", i.number());
                x.put("due_on", i.dueOn().toString());
                x.put("payment", amount(i.payment()));
                x.put("principal", amount(i.principal()));
                x.put("interest", amount(i.interest()));
                x.put("balance", amount(i.balanceAfter()));
                lines.add(x);
            }
            m.put("schedule", lines);
        }
        return m;
    }

    static Map<String, Object> simulation(SimulationResult s) {
        if (s == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paths", s.paths());
        m.put("seed", s.seed());
        m.put("withhold_rate", s.withholdRate());
        m.put("total", amount(s.total()));
        m.put("cap_days", s.capDays());
        m.put("median_days", s.medianDays());
        m.put("p90_days", s.p90Days());
        m.put("p_miss_milestone", s.probabilityMissMilestone());
        m.put("p_cap", s.probabilityCap());
        List<Map<String, Object>> fan = new ArrayList<>();
        for (FanPoint p : s.fan()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("week", p.week());
            x.put("day", p.day());
            x.put("p10", amount(p.p10()));
            x.put("p25", amount(p.p25()));
            x.put("p50", amount(p.p50()));
            x.put("p75", amount(p.p75()));
            x.put("p90", amount(p.p90()));
            fan.add(x);
        }
        m.put("fan", fan);
        return m;
    }
}
