package io.creditdesk.scoring;

import java.util.List;

/**
 * What the model was trained on: size, bad rate, the SHA-256 of the data, fit metrics, and the score
 * distribution (band edges and shares) that PSI compares later samples with.
 */
public record TrainingStats(long rows, long bads, double badRate, String dataSha256, ModelMetrics metrics,
                            List<Integer> scoreBandEdges, List<Double> scoreBandShares) {
}
