-- The durable accept mark of a bulk import (ADR 0012). An import into an empty order_line stages its
-- lines in unindexed tables, then writes this row in the same transaction as its sellers: from then
-- on the import is completed (the staged lines become order_line with the keys in key_ddl, the
-- aggregates are refreshed) and the row deleted; a row found when the database opens means "roll
-- the import forward". key_ddl: order_line's primary key and index statements, one per line, as H2
-- scripted them before the swap (so the rebuilt keys have the migrations' names and definitions).
CREATE TABLE import_accept_mark (
    stage_table  VARCHAR(64)   PRIMARY KEY,
    key_ddl      VARCHAR(4000) NOT NULL,
    last_day     DATE,
    accepted_at  TIMESTAMP     NOT NULL
);
