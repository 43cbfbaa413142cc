-- Which days of the month had orders: bit (d - 1) is set when day d had at least one order.
-- Lets "the last day with a sale before D" be answered from the monthly table when seller_day does
-- not reach back that far (the demo keeps daily rows only for its last 13 months). 0 = unknown.
ALTER TABLE seller_month ADD COLUMN sale_days INT DEFAULT 0 NOT NULL;
