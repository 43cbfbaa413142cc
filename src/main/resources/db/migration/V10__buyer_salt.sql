-- Secrets of this database, kept apart from dataset_meta (which describes the data). The buyer
-- salt hashes buyer identifiers at import (DATA.md §1: buyers are stored only as salted hashes);
-- it is created once, here, so that an import never writes outside its own transaction.
-- RANDOM_UUID() is H2's; on PostgreSQL the same row is made with gen_random_uuid().
CREATE TABLE app_secret (
    secret_key   VARCHAR(64)  PRIMARY KEY,
    secret_value VARCHAR(200) NOT NULL
);
INSERT INTO app_secret (secret_key, secret_value) VALUES ('buyer_salt', CAST(RANDOM_UUID() AS VARCHAR(36)));
