package io.creditdesk.offer;

import io.creditdesk.money.Money;

/** Percentiles of the outstanding balance over all simulated paths at the end of one week (week 0 = start). */
public record FanPoint(int week, int day, Money p10, Money p25, Money p50, Money p75, Money p90) {
}
