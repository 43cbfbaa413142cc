-- Months stored before V17 have sale_days = 0 (unknown). Fill them from their daily rows, so the last day
-- with a sale can always be read from the monthly table: scoring and training no longer read seller_day.
UPDATE seller_month m SET sale_days = COALESCE((
    SELECT BIT_OR_AGG(LSHIFT(1, EXTRACT(DAY FROM d.sales_day) - 1))
    FROM seller_day d
    WHERE d.seller_id = m.seller_id AND d.sales_day >= m.month_start
      AND d.sales_day < DATEADD(MONTH, 1, m.month_start) AND d.orders > 0), 0)
WHERE m.sale_days = 0 AND m.orders > 0;
