package io.creditdesk.cli;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.creditdesk.AppContext;
import io.creditdesk.seller.SellerFilter;
import io.creditdesk.seller.SellerIndex;
import io.creditdesk.seller.SellerRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Seller browser figures without a screen: read every row, build the index, search and sort. */
@Command(name = "sellers", description = "Time loading the seller browser's rows and searching / sorting them.")
public final class BenchSellersCommand extends BaseCommand {
    @Option(names = "--repeat", defaultValue = "20", description = "Searches per query (default ${DEFAULT-VALUE})")
    int repeat;

    @Override
    protected int execute() {
        try (AppContext ctx = openContext()) {
            LocalDate asOf = ctx.datasets().asOf().orElseThrow(() -> new UserException(
                    "The database holds no data; run 'creditdesk demo' first."));
            long t0 = System.nanoTime();
            List<SellerRow> rows = ctx.sellers().browserRows(asOf);
            long t1 = System.nanoTime();
            SellerIndex index = new SellerIndex(rows);
            long t2 = System.nanoTime();
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("sellers", rows.size());
            json.put("load_ms", ms(t1 - t0));
            json.put("index_ms", ms(t2 - t1));
            say(String.format("rows read: %,d in %.0f ms; index built in %.0f ms", rows.size(), ms(t1 - t0), ms(t2 - t1)));
            String sample = rows.isEmpty() ? "x" : rows.get(rows.size() / 2).sellerId().substring(0, 4);
            String[] names = {"id_prefix", "word", "full_name"};
            List<String> queries = List.of(sample, "tea", rows.isEmpty() ? "shop" : rows.get(7 % rows.size()).name());
            for (int k = 0; k < queries.size(); k++) {
                String q = queries.get(k);
                double[] times = new double[repeat];
                int hits = 0;
                for (int i = 0; i < repeat; i++) {
                    long s = System.nanoTime();
                    int[] found = index.sort(index.search(q), SellerIndex.Column.GMV_12M, false);
                    times[i] = ms(System.nanoTime() - s);
                    hits = found.length;
                }
                Arrays.sort(times);
                say(String.format("search+sort \"%s\": %,d hits, median %.1f ms, max %.1f ms", q, hits,
                        times[repeat / 2], times[repeat - 1]));
                json.put("search_median_ms_" + names[k], times[repeat / 2]);
            }
            String region = rows.isEmpty() ? null : rows.get(0).region();
            SellerFilter filter = new SellerFilter("", java.util.Set.of("B", "C"), null, region, 560, 700, false);
            double[] filterTimes = new double[repeat];
            int kept = 0;
            for (int i = 0; i < repeat; i++) {
                long s = System.nanoTime();
                kept = index.sort(index.search(filter), SellerIndex.Column.SCORE, false).length;
                filterTimes[i] = ms(System.nanoTime() - s);
            }
            Arrays.sort(filterTimes);
            say(String.format("filter grade B/C, region %s, score 560-700, sorted by score: %,d rows, median %.1f ms, max %.1f ms",
                    region, kept, filterTimes[repeat / 2], filterTimes[repeat - 1]));
            json.put("filter_median_ms", filterTimes[repeat / 2]);
            for (SellerIndex.Column c : SellerIndex.Column.values()) {
                long s = System.nanoTime();
                index.sort(index.search(""), c, true);
                long first = System.nanoTime() - s;
                s = System.nanoTime();
                index.sort(index.search(""), c, false);
                long second = System.nanoTime() - s;
                say(String.format("sort all by %s: first %.0f ms (ranks), then %.0f ms", c, ms(first), ms(second)));
                json.put("sort_ms_" + c.name().toLowerCase(java.util.Locale.ROOT), ms(second));
            }
            result(json);
            return 0;
        }
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 100_000.0) / 10.0;
    }
}
