INSERT INTO seller_month (seller_id, month_start, orders, completed_orders, cancelled_orders, refunded_orders,
                          disputed_orders, gmv, reviews, review_sum, low_reviews, shipped_orders, late_orders,
                          repeat_orders, buyers, top10_buyer_gmv)
WITH lines AS (
    SELECT o.*, CAST(DATE_TRUNC('MONTH', o.placed_at) AS DATE) AS month_start,
           ROW_NUMBER() OVER (PARTITION BY o.seller_id, o.buyer_hash ORDER BY o.placed_at, o.order_id) AS buyer_seq
    FROM order_line o JOIN refresh_seller r ON r.seller_id = o.seller_id
),
buyer_month AS (
    SELECT seller_id, month_start, buyer_hash,
           SUM(CASE WHEN status = 'COMPLETED' THEN amount ELSE 0 END) AS gmv,
           ROW_NUMBER() OVER (PARTITION BY seller_id, month_start
                              ORDER BY SUM(CASE WHEN status = 'COMPLETED' THEN amount ELSE 0 END) DESC, buyer_hash) AS rnk
    FROM lines WHERE buyer_hash IS NOT NULL
    GROUP BY seller_id, month_start, buyer_hash
),
top10 AS (
    SELECT seller_id, month_start, SUM(gmv) AS top10_gmv FROM buyer_month WHERE rnk <= 10
    GROUP BY seller_id, month_start
)
SELECT l.seller_id, l.month_start,
       COUNT(*),
       SUM(CASE WHEN l.status = 'COMPLETED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN l.status = 'CANCELLED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN l.status = 'REFUNDED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN l.status = 'DISPUTED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN l.status = 'COMPLETED' THEN l.amount ELSE 0 END),
       SUM(CASE WHEN l.review_score IS NOT NULL THEN 1 ELSE 0 END),
       COALESCE(SUM(l.review_score), 0),
       SUM(CASE WHEN l.review_score <= 2 THEN 1 ELSE 0 END),
       SUM(CASE WHEN l.shipped_late IS NOT NULL AND l.status <> 'CANCELLED' THEN 1 ELSE 0 END),
       SUM(CASE WHEN l.shipped_late THEN 1 ELSE 0 END),
       SUM(CASE WHEN l.buyer_seq > 1 THEN 1 ELSE 0 END),
       COUNT(DISTINCT l.buyer_hash),
       COALESCE(MAX(t.top10_gmv), 0)
FROM lines l LEFT JOIN top10 t ON t.seller_id = l.seller_id AND t.month_start = l.month_start
GROUP BY l.seller_id, l.month_start
