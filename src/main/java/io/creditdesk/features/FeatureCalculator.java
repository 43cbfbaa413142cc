package io.creditdesk.features;

import java.time.LocalDate;

/** The seller features of one seller's history as of a date (see {@link FeatureWindow} for the definitions). */
public final class FeatureCalculator {
    private FeatureCalculator() {
    }

    /** Fills {@code out} (length {@link SellerFeatures#count()}) for {@code h} as of {@code asOf}. */
    public static void compute(SellerHistory h, LocalDate asOf, double[] out) {
        FeatureWindow w = h.window(asOf);
        w.finish(0, h.joinedOn, out);
    }
}
