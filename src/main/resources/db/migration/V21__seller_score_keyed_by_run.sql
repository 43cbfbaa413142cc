-- A batch run writes one row per seller for one (model_version, as_of). Keyed by run first, a run's rows
-- are one contiguous key range: written in key order (appended), replaced, and read by the browser and the
-- portfolio without touching other runs. score_run lists the runs, so "the latest score of a seller" is a
-- key read per run instead of a second index that every score row would have to be added to.
CREATE TABLE score_run (
    model_version INT  NOT NULL,
    as_of         DATE NOT NULL,
    sellers       INT  NOT NULL,
    PRIMARY KEY (model_version, as_of)
);
INSERT INTO score_run (model_version, as_of, sellers)
    SELECT model_version, as_of, COUNT(*) FROM seller_score GROUP BY model_version, as_of;
ALTER TABLE seller_score DROP PRIMARY KEY;
ALTER TABLE seller_score ADD CONSTRAINT seller_score_pk PRIMARY KEY (model_version, as_of, seller_id);
