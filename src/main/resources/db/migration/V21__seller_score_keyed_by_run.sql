-- A batch run writes one (model_version, as_of) for every seller: keyed by run first, a run's rows are one
-- contiguous range (written in order, replaced by a range delete, read by the browser and the portfolio
-- without a full scan); the seller index serves "the latest score of this seller".
ALTER TABLE seller_score DROP PRIMARY KEY;
ALTER TABLE seller_score ADD CONSTRAINT seller_score_pk PRIMARY KEY (model_version, as_of, seller_id);
CREATE INDEX seller_score_seller_idx ON seller_score (seller_id, as_of);
