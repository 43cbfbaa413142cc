package io.creditdesk.ingest.demo;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.creditdesk.seller.OrderLine;
import io.creditdesk.seller.OrderStatus;
import io.creditdesk.seller.Seller;
import io.creditdesk.seller.SellerDay;
import io.creditdesk.seller.SellerMonth;

/**
 * Generates one seller at a time from its own random stream (seed + seller number), so a seller is
 * the same whatever the run's size, and memory stays bounded by the largest seller.
 *
 * <p>Each seller has a hidden quality factor (standard normal, never stored). It moves, with
 * independent noise, everything an underwriter can observe: cancel, refund, dispute and late-shipping
 * rates, review scores, repeat buyers, buyer concentration, sales volatility, growth, size and churn.
 * Sales follow a log-normal size, a growth trend, a ramp-up for new sellers, autocorrelated monthly
 * noise, occasional sales shocks, category seasonality and the {@link DemoCalendar} day factors.
 * Monthly and daily aggregates are computed here exactly as the store's SQL refresh would compute
 * them from the order lines.
 *
 * <p>Not thread-safe: one instance per thread (it reuses its scratch arrays).
 */
final class SellerSimulator {
    static final String SOURCE = "demo";
    private static final int KEY_ACCOUNTS = 5;
    private static final OrderStatus[] STATUS = OrderStatus.values();
    private static final byte COMPLETED = 0;
    private static final byte CANCELLED = 1;
    private static final byte REFUNDED = 2;
    private static final byte DISPUTED = 3;
    private static final byte OPEN = 4;
    /** Relative orders per hour of the day (evening peak, quiet nights). */
    private static final double[] HOURS = {2.0, 1.2, 0.6, 0.3, 0.2, 0.3, 0.6, 1.2, 2.4, 3.6, 4.4, 4.4, 3.8, 4.0,
        4.4, 4.6, 4.4, 4.0, 4.0, 4.6, 5.6, 6.2, 5.6, 3.6};
    private static final BigDecimal FREIGHT = new BigDecimal("8.00");
    private static final BigDecimal FREE = new BigDecimal("0.00");
    /** Order value ÷ the seller's average order value: log-normal, σ = 0.6, mean 1. */
    private static final double[] AMOUNT_SPREAD = new double[Rng.NORMAL_TABLE.length];

    static {
        for (int i = 0; i < AMOUNT_SPREAD.length; i++) {
            AMOUNT_SPREAD[i] = StrictMath.exp(0.6 * Rng.NORMAL_TABLE[i] - 0.18);
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final DemoSettings settings;
    private final LocalDate first;
    private final LocalDateTime origin;
    private final int months;
    private final int dayCount;
    /** First day (index) with order lines and daily rows written. */
    private final int detailDay;
    private final double[] dayFactor;
    private final int[] monthFirstDay;
    private final int[] calendarMonth;
    private final LocalDate[] monthStart;
    private final double[] categoryCum;
    private final double[] provinceCum;
    private final double[] hourCum;
    private final LoanSimulator loans;
    private final byte[] salt;
    private final MessageDigest sha256;

    // scratch: the current seller's orders, in time order
    private int n;
    private int[] time = new int[1024];
    private int[] cents = new int[1024];
    private byte[] status = new byte[1024];
    private int[] buyer = new int[1024];
    private byte[] review = new byte[1024];
    private byte[] late = new byte[1024];
    // scratch: per buyer and per day
    private int[] buyerOrders = new int[1024];
    private long[] buyerMonthGmv = new long[1024];
    private int[] buyerMonthStamp = new int[1024];
    private int[] touched = new int[1024];
    private long[] topScratch = new long[1024];
    private int seenBuyers;
    private final int[] dayOrders;
    private final long[] dayGmv;

    SellerSimulator(DemoSettings settings) {
        this.settings = settings;
        this.first = settings.firstDay();
        this.origin = first.atStartOfDay();
        this.months = settings.months();
        this.dayCount = (int) ChronoUnit.DAYS.between(first, settings.asOf()) + 1;
        this.detailDay = (int) ChronoUnit.DAYS.between(first, settings.detailFrom());
        this.dayFactor = new double[dayCount];
        for (int d = 0; d < dayCount; d++) {
            dayFactor[d] = DemoCalendar.dayFactor(first.plusDays(d));
        }
        this.monthFirstDay = new int[months + 1];
        this.calendarMonth = new int[months];
        this.monthStart = new LocalDate[months];
        for (int m = 0; m < months; m++) {
            monthStart[m] = first.plusMonths(m);
            monthFirstDay[m] = (int) ChronoUnit.DAYS.between(first, monthStart[m]);
            calendarMonth[m] = monthStart[m].getMonthValue() - 1;
        }
        monthFirstDay[months] = dayCount;
        this.categoryCum = cumulative(Catalog.CATEGORIES.stream().mapToDouble(Catalog.Category::weight).toArray());
        this.provinceCum = cumulative(Catalog.PROVINCES.stream().mapToDouble(Catalog.Province::weight).toArray());
        this.hourCum = cumulative(HOURS);
        this.loans = new LoanSimulator(settings);
        this.salt = ("creditdesk-demo-buyers-" + settings.seed()).getBytes(StandardCharsets.UTF_8);
        this.dayOrders = new int[dayCount];
        this.dayGmv = new long[dayCount];
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    static String sellerId(int index) {
        StringBuilder sb = new StringBuilder(8).append('S');
        pad(sb, index + 1L, 7);
        return sb.toString();
    }

    SimulatedSeller simulate(int index) {
        Rng r = Rng.forSeller(settings.seed(), index);
        String sellerId = sellerId(index);
        double quality = r.gaussian();
        Catalog.Category cat = Catalog.CATEGORIES.get(r.pick(categoryCum));
        Catalog.Province prov = Catalog.PROVINCES.get(r.pick(provinceCum));
        String city = prov.cities().get(r.nextInt(prov.cities().size()));
        String name = shopName(r, cat, city);
        LocalDate joined;
        if (r.chance(0.6)) {
            int yearsBack = r.nextInt(6 * 365);
            joined = first.minusDays(30L + yearsBack);
            quality += 0.08 * yearsBack / 365.0; // the weakest of the older sellers have already left
        } else {
            joined = first.plusDays(r.nextInt(Math.max(1, dayCount - 45)));
        }
        int joinedDay = (int) ChronoUnit.DAYS.between(first, joined);
        Seller seller = new Seller(sellerId, name, cat.name(), prov.name(), city, joined, LoanSimulator.CNY, SOURCE);

        // seller traits: hidden quality plus independent noise
        double aov = cat.aovCny() * StrictMath.exp(0.35 * r.gaussian());
        double logSize = StrictMath.log(11) + 0.25 * quality + 1.05 * r.gaussian();
        double growth = 0.06 + 0.10 * quality + 0.22 * r.gaussian();
        double volatility = 0.07 + 0.16 * Rng.sigmoid(-1.2 * quality) + 0.04 * Math.abs(r.gaussian());
        double shockChance = 0.012 + 0.03 * Rng.sigmoid(-quality);
        double churnHazard = Rng.sigmoid(-5.3 - 0.75 * quality);
        double cancel = Rng.sigmoid(-3.3 - 0.35 * quality + 0.3 * r.gaussian());
        double refund = Rng.sigmoid(-3.5 + cat.refundShift() - 0.55 * quality + 0.3 * r.gaussian());
        double dispute = Rng.sigmoid(-5.2 - 0.7 * quality + 0.3 * r.gaussian());
        double lateRate = Rng.sigmoid(-2.6 - 0.55 * quality + 0.4 * r.gaussian());
        double reviewChance = r.uniform(0.25, 0.5);
        double reviewMean = 4.35 + 0.22 * quality + 0.2 * r.gaussian();
        double repeatChance = Rng.sigmoid(-1.5 + 0.45 * quality + 0.4 * r.gaussian());
        double keyShare = Rng.sigmoid(-4.0 - 0.35 * quality + 1.0 * r.gaussian());

        n = 0;
        seenBuyers = 0;
        int nextBuyer = KEY_ACCOUNTS;
        int churnDay = Integer.MAX_VALUE;
        double noise = 0;
        double shock = 0;
        List<SellerMonth> monthRows = new ArrayList<>(months);
        long[] gmvByMonth = new long[months];
        int[] ordersByMonth = new int[months];
        int[] refundsByMonth = new int[months];
        int firstDay = Math.max(0, joinedDay);
        Arrays.fill(dayOrders, 0);
        Arrays.fill(dayGmv, 0);
        long totalGmv = 0;

        for (int m = 0; m < months; m++) {
            int d0 = monthFirstDay[m];
            int d1 = monthFirstDay[m + 1];
            noise = 0.5 * noise + volatility * r.gaussian();
            shock *= 0.7;
            if (r.chance(shockChance)) {
                shock -= r.uniform(0.4, 1.4);
            }
            boolean churns = r.chance(churnHazard);
            if (d1 <= joinedDay || churnDay < d0) {
                continue;
            }
            if (churns && m > 0 && d0 > joinedDay && churnDay == Integer.MAX_VALUE) {
                churnDay = d0 + r.nextInt(d1 - d0);
            }
            double age = (d0 - joinedDay) / 30.4 + 0.5;
            double ramp = age <= 0 ? 0.1 : Math.max(0.1, 1 - StrictMath.exp(-age / 3));
            double trend = growth * (m - (months - 1)) / 12.0;
            double perDay = StrictMath.exp(logSize + trend + noise + shock) * ramp * cat.monthFactor()[calendarMonth[m]]
                    / 30.4;
            double stress = shock < 0 ? -shock : 0;
            double cancelM = cancel * (1 + 0.8 * stress);
            double refundM = refund * (1 + 0.5 * stress);
            double lateM = lateRate * (1 + 0.8 * stress);

            int monthFirstOrder = n;
            int from = Math.max(d0, firstDay);
            int to = Math.min(d1, churnDay);
            for (int d = from; d < to; d++) {
                int k = r.poisson(perDay * dayFactor[d]);
                if (k == 0) {
                    continue;
                }
                ensure(n + k);
                for (int j = 0; j < k; j++) {
                    time[n + j] = d * 86_400 + secondOfDay(r);
                }
                Arrays.sort(time, n, n + k);
                int daysLeft = dayCount - 1 - d;
                boolean peak = dayFactor[d] > 2.5;
                for (int j = 0; j < k; j++) {
                    int i = n + j;
                    long c = Math.round(aov * AMOUNT_SPREAD[r.quickIndex()] * 100);
                    cents[i] = (int) Math.max(100, Math.min(c, 50_000_000));
                    double u = r.uniform();
                    byte st = u < cancelM ? CANCELLED : u < cancelM + refundM ? REFUNDED
                            : u < cancelM + refundM + dispute ? DISPUTED : COMPLETED;
                    if (st != CANCELLED && daysLeft < 5 && r.chance(daysLeft < 2 ? 0.8 : 0.4)) {
                        st = OPEN;
                    }
                    status[i] = st;
                    byte lt;
                    if (st == CANCELLED || (st == OPEN && r.chance(0.5))) {
                        lt = 0;
                    } else {
                        lt = r.chance(peak ? 2 * lateM : lateM) ? (byte) 2 : (byte) 1;
                    }
                    late[i] = lt;
                    byte rv = 0;
                    if ((st == COMPLETED || st == REFUNDED || st == DISPUTED) && r.chance(reviewChance)) {
                        double s = reviewMean + 0.9 * r.quickGaussian() + (st == REFUNDED ? -1.6 : st == DISPUTED ? -2.4 : 0)
                                + (lt == 2 ? -0.9 : 0);
                        rv = (byte) Math.max(1, Math.min(5, Math.round(s)));
                    }
                    review[i] = rv;
                    double ub = r.uniform();
                    int b;
                    if (ub < keyShare) {
                        b = r.nextInt(KEY_ACCOUNTS);
                    } else if (ub < keyShare + repeatChance && i > 0) {
                        b = buyer[r.nextInt(i)];
                    } else {
                        b = nextBuyer++;
                    }
                    buyer[i] = b;
                    dayOrders[d]++;
                    if (st == COMPLETED) {
                        dayGmv[d] += cents[i];
                    }
                }
                n += k;
            }
            if (n > monthFirstOrder) {
                SellerMonth row = aggregateMonth(sellerId, m, monthFirstOrder, n, nextBuyer);
                monthRows.add(row);
                gmvByMonth[m] = row.gmv().unscaledValue().longValueExact();
                ordersByMonth[m] = row.orders();
                refundsByMonth[m] = row.refundedOrders();
                totalGmv += gmvByMonth[m];
            }
        }

        SalesHistory history = new SalesHistory(gmvByMonth, ordersByMonth, refundsByMonth, joinedDay, churnDay);
        LoanSimulator.Result lr = loans.simulate(r, sellerId, index, quality, history);
        boolean detailed = settings.detailed(index) || lr.openQueue();
        List<OrderLine> lines = List.of();
        List<SellerDay> days = List.of();
        if (detailed) {
            lines = orderLines(sellerId, nextBuyer);
            days = new ArrayList<>();
            for (int d = Math.max(firstDay, detailDay); d < dayCount; d++) {
                if (dayOrders[d] > 0) {
                    days.add(new SellerDay(sellerId, first.plusDays(d), dayOrders[d], BigDecimal.valueOf(dayGmv[d], 2)));
                }
            }
        }
        return new SimulatedSeller(seller, detailed, n, totalGmv, lines, monthRows, days, lr.applications(),
                lr.loans(), lr.repayments());
    }

    private SellerMonth aggregateMonth(String sellerId, int m, int from, int to, int buyerCount) {
        ensureBuyers(buyerCount);
        int completed = 0;
        int cancelled = 0;
        int refunded = 0;
        int disputed = 0;
        long gmv = 0;
        int reviews = 0;
        int reviewSum = 0;
        int low = 0;
        int shipped = 0;
        int lateCount = 0;
        int repeat = 0;
        int distinct = 0;
        for (int i = from; i < to; i++) {
            byte st = status[i];
            int b = buyer[i];
            if (b >= seenBuyers) {
                // first time this seller sees buyer b (ids grow with time)
                for (int x = seenBuyers; x <= b; x++) {
                    buyerOrders[x] = 0;
                    buyerMonthStamp[x] = -1;
                }
                seenBuyers = b + 1;
            }
            if (buyerOrders[b]++ > 0) {
                repeat++;
            }
            if (buyerMonthStamp[b] != m) {
                buyerMonthStamp[b] = m;
                buyerMonthGmv[b] = 0;
                touched[distinct++] = b;
            }
            switch (st) {
                case COMPLETED -> {
                    completed++;
                    gmv += cents[i];
                    buyerMonthGmv[b] += cents[i];
                }
                case CANCELLED -> cancelled++;
                case REFUNDED -> refunded++;
                case DISPUTED -> disputed++;
                default -> {
                }
            }
            if (review[i] > 0) {
                reviews++;
                reviewSum += review[i];
                if (review[i] <= 2) {
                    low++;
                }
            }
            if (late[i] != 0 && st != CANCELLED) {
                shipped++;
            }
            if (late[i] == 2) {
                lateCount++;
            }
        }
        long top10 = 0;
        if (distinct <= 10) {
            for (int t = 0; t < distinct; t++) {
                top10 += buyerMonthGmv[touched[t]];
            }
        } else {
            if (topScratch.length < distinct) {
                topScratch = new long[Math.max(distinct, topScratch.length * 2)];
            }
            for (int t = 0; t < distinct; t++) {
                topScratch[t] = buyerMonthGmv[touched[t]];
            }
            Arrays.sort(topScratch, 0, distinct);
            for (int t = distinct - 10; t < distinct; t++) {
                top10 += topScratch[t];
            }
        }
        int saleDays = 0;
        for (int d = monthFirstDay[m]; d < monthFirstDay[m + 1]; d++) {
            if (dayOrders[d] > 0) {
                saleDays |= 1 << (d - monthFirstDay[m]);
            }
        }
        return new SellerMonth(sellerId, monthStart[m], to - from, completed, cancelled, refunded, disputed,
                BigDecimal.valueOf(gmv, 2), reviews, reviewSum, low, shipped, lateCount, repeat, distinct,
                BigDecimal.valueOf(top10, 2), saleDays);
    }

    private List<OrderLine> orderLines(String sellerId, int buyerCount) {
        String[] hashes = new String[buyerCount];
        // order times ascend, so the lines of the detail window are a suffix; ids keep counting from the first order
        long fromSecond = detailDay * 86_400L;
        int start = 0;
        while (start < n && time[start] < fromSecond) {
            start++;
        }
        List<OrderLine> lines = new ArrayList<>(n - start);
        StringBuilder id = new StringBuilder(20);
        String prefix = "O" + sellerId.substring(1) + "-";
        for (int i = start; i < n; i++) {
            int b = buyer[i];
            if (hashes[b] == null) {
                hashes[b] = buyerHash(sellerId, b);
            }
            id.setLength(0);
            id.append(prefix);
            pad(id, i + 1L, 7);
            BigDecimal amount = BigDecimal.valueOf(cents[i], 2);
            byte st = status[i];
            lines.add(new OrderLine(id.toString(), sellerId, origin.plusSeconds(time[i]), amount,
                    cents[i] < 9_900 ? FREIGHT : FREE, LoanSimulator.CNY, STATUS[st], hashes[b],
                    review[i] == 0 ? null : (int) review[i], late[i] == 0 ? null : late[i] == 2));
        }
        return lines;
    }

    /** Salted SHA-256 of the buyer's id, first 128 bits in hex: the raw id is never stored. */
    private String buyerHash(String sellerId, int b) {
        sha256.reset();
        sha256.update(salt);
        sha256.update((":" + sellerId + ":B" + b).getBytes(StandardCharsets.UTF_8));
        byte[] h = sha256.digest();
        char[] out = new char[32];
        for (int i = 0; i < 16; i++) {
            out[2 * i] = HEX[(h[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[h[i] & 0xF];
        }
        return new String(out);
    }

    private String shopName(Rng r, Catalog.Category cat, String city) {
        List<String> syl = Catalog.SYLLABLES;
        String a = syl.get(r.nextInt(syl.size()));
        String b = syl.get(r.nextInt(syl.size()));
        String brand = Character.toUpperCase(a.charAt(0)) + a.substring(1) + b;
        String suffix = Catalog.SHOP_SUFFIXES.get(r.nextInt(Catalog.SHOP_SUFFIXES.size()));
        return r.chance(0.3) ? city + " " + brand + " " + cat.shopWord() + " " + suffix
                : brand + " " + cat.shopWord() + " " + suffix;
    }

    private int secondOfDay(Rng r) {
        int h = r.pick(hourCum);
        return h * 3600 + r.nextInt(3600);
    }

    private void ensure(int size) {
        if (size <= time.length) {
            return;
        }
        int cap = Math.max(size, time.length * 2);
        time = Arrays.copyOf(time, cap);
        cents = Arrays.copyOf(cents, cap);
        status = Arrays.copyOf(status, cap);
        buyer = Arrays.copyOf(buyer, cap);
        review = Arrays.copyOf(review, cap);
        late = Arrays.copyOf(late, cap);
    }

    private void ensureBuyers(int size) {
        if (size <= buyerOrders.length) {
            return;
        }
        int cap = Math.max(size, buyerOrders.length * 2);
        buyerOrders = Arrays.copyOf(buyerOrders, cap);
        buyerMonthGmv = Arrays.copyOf(buyerMonthGmv, cap);
        buyerMonthStamp = Arrays.copyOf(buyerMonthStamp, cap);
        touched = Arrays.copyOf(touched, cap);
    }

    private static double[] cumulative(double[] w) {
        double[] c = new double[w.length];
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i];
            c[i] = s;
        }
        return c;
    }

    static void pad(StringBuilder sb, long v, int width) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }
}
