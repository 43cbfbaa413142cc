package io.creditdesk.features;

import java.util.List;

/** The seller characteristics of CREDIT-MODEL.md §1, in the order of a feature vector. NaN = missing. */
public final class SellerFeatures {
    public static final List<String> NAMES = List.of("gmv_12m", "gmv_3m", "gmv_growth", "gmv_cv", "orders_12m",
            "avg_order_value", "cancel_rate", "refund_rate", "dispute_rate", "review_avg", "low_review_share",
            "late_ship_rate", "repeat_buyer_share", "top10_buyer_share", "tenure_months", "active_month_ratio",
            "days_since_last_order");

    private SellerFeatures() {
    }

    public static int count() {
        return NAMES.size();
    }
}
