package io.creditdesk.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.creditdesk.portfolio.PortfolioFilter;
import io.creditdesk.portfolio.PortfolioReport;

/** The {@code portfolio --json} object: the filter, the tiles ({@code kpis}) and every chart's data. */
final class PortfolioJson {
    private PortfolioJson() {
    }

    static Map<String, Object> of(PortfolioReport r) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("report_date", r.reportDate() == null ? null : r.reportDate().toString());
        j.put("currency", r.currency());
        j.put("filter", filter(r.filter()));
        PortfolioReport.Kpis k = r.kpis();
        Map<String, Object> kpis = new LinkedHashMap<>();
        kpis.put("outstanding", k.outstanding());
        kpis.put("loans", k.loans());
        kpis.put("par30", k.par30());
        kpis.put("par90", k.par90());
        kpis.put("expected_loss", k.expectedLoss());
        kpis.put("approval_rate", k.approvalRate());
        kpis.put("approved", k.approved());
        kpis.put("decided", k.decided());
        j.put("kpis", kpis);
        j.put("by_grade", rows(r.byGrade(), g -> row("grade", g.grade(), "bucket", g.bucket().name(),
                "exposure", g.exposure(), "loans", g.loans())));
        j.put("approvals", rows(r.approvals(), p -> row("period", p.label(), "start", p.start().toString(),
                "submitted", p.submitted(), "decided", p.decided(), "approved", p.approved(),
                "approval_rate", p.approvalRate(), "disbursed", p.disbursed(), "volume", p.volume())));
        j.put("par_trend", rows(r.parTrend(), p -> row("date", p.date().toString(), "outstanding", p.outstanding(),
                "loans", p.loans(), "par30", p.par30(), "par90", p.par90())));
        j.put("vintages", rows(r.vintages(), v -> row("cohort", v.cohort(), "loans", v.loans(),
                "cumulative_default_rate_by_month_on_book", v.defaultRates())));
        j.put("by_category", rows(r.byCategory(), s -> row("name", s.name(), "exposure", s.exposure(),
                "share", s.share(), "loans", s.loans())));
        j.put("by_region", rows(r.byRegion(), s -> row("name", s.name(), "exposure", s.exposure(),
                "share", s.share(), "loans", s.loans())));
        j.put("underwriters", rows(r.underwriters(), u -> row("user", u.user(), "decisions", u.decisions(),
                "overrides", u.overrides(), "override_rate", u.overrideRate(), "override_loans", u.overrideLoans(),
                "override_defaults", u.overrideDefaults(), "later_default_rate", u.laterDefaultRate())));
        j.put("excluded_other_currency_loans", r.excludedOtherCurrency());
        return j;
    }

    private static Map<String, Object> filter(PortfolioFilter f) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("from", f.from() == null ? null : f.from().toString());
        j.put("to", f.to() == null ? null : f.to().toString());
        j.put("products", f.products().stream().sorted().toList());
        j.put("grades", f.grades().stream().sorted().toList());
        j.put("categories", f.categories().stream().sorted().toList());
        j.put("regions", f.regions().stream().sorted().toList());
        j.put("period", f.period().name().toLowerCase(java.util.Locale.ROOT));
        j.put("vintage_period", f.vintagePeriod().name().toLowerCase(java.util.Locale.ROOT));
        return j;
    }

    private static <T> List<Map<String, Object>> rows(List<T> list, java.util.function.Function<T, Map<String, Object>> f) {
        List<Map<String, Object>> out = new ArrayList<>(list.size());
        for (T t : list) {
            out.add(f.apply(t));
        }
        return out;
    }

    private static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    /** {@code 0.0321} → {@code 3.21%}; null → {@code n/a}. */
    static String pct(BigDecimal share) {
        return share == null ? "n/a" : share.movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN) + "%";
    }
}
