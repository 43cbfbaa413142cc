package io.creditdesk.scoring;

/** Discrimination and accuracy of scores against outcomes. */
public record ModelMetrics(long rows, long bads, double auc, double gini, double ks, double brier) {
}
