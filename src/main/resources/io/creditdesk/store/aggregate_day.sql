INSERT INTO seller_day (seller_id, sales_day, orders, gmv)
SELECT o.seller_id, CAST(o.placed_at AS DATE),
       COUNT(*), SUM(CASE WHEN o.status = 'COMPLETED' THEN o.amount ELSE 0 END)
FROM order_line o JOIN refresh_seller r ON r.seller_id = o.seller_id
GROUP BY o.seller_id, CAST(o.placed_at AS DATE)
