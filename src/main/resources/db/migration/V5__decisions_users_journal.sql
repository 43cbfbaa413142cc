-- Version 5: decisions with authority, users, and the hash-chained journal (issue 5, ADR 0005).

-- the recommended price an offer engine (or import) stores with an application; the decision
-- compares an underwriter's price change against it
ALTER TABLE application ADD COLUMN IF NOT EXISTS recommended_price DECIMAL(9, 6);

-- who decided in which role, and what was recommended: overrides are countable without the journal
ALTER TABLE decision ADD COLUMN decider_role VARCHAR(32);
ALTER TABLE decision ADD COLUMN recommended_amount DECIMAL(14, 2);
ALTER TABLE decision ADD COLUMN recommended_term INT;
ALTER TABLE decision ADD COLUMN recommended_price DECIMAL(9, 6);
ALTER TABLE decision ADD COLUMN journal_seq BIGINT;

-- the payload is hashed byte for byte: keep it as text stored in the row (no LOB indirection)
ALTER TABLE journal_entry ALTER COLUMN payload SET DATA TYPE VARCHAR(1000000);
-- verify looks up where an out-of-place entry belongs (reordered vs missing)
CREATE INDEX journal_entry_hash_idx ON journal_entry (entry_hash);

-- the anchor: the last appended entry; appends lock this row, so the chain never forks
CREATE TABLE journal_head (
    head_id   INT       PRIMARY KEY,
    last_seq  BIGINT    NOT NULL,
    last_hash CHAR(64)  NOT NULL
);
INSERT INTO journal_head (head_id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
