-- The append-only, hash-chained audit log: every step of every request (rule 44, §7101 records).
-- Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.

-- One row per event. seq is dense (1, 2, 3, …) and gives the chain's order; hash is SHA-256 over
-- a canonical serialization of the other columns (see AuditEvent). details holds JSON as TEXT,
-- not JSONB, because the hash is over the exact stored text and JSONB would re-format it.
CREATE TABLE audit_event (
  seq           BIGINT PRIMARY KEY,
  occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
  actor         VARCHAR(200) NOT NULL,
  action        VARCHAR(100) NOT NULL,
  subject_type  VARCHAR(100) NOT NULL,
  subject_id    VARCHAR(200) NOT NULL,
  details       TEXT NOT NULL,
  prev_hash     VARCHAR(64) NOT NULL,
  hash          VARCHAR(64) NOT NULL
);

CREATE INDEX audit_event_subject ON audit_event (subject_type, subject_id, seq);
CREATE INDEX audit_event_occurred_at ON audit_event (occurred_at);

-- The single chain head. Appends lock this row (SELECT … FOR UPDATE), so nodes sharing the
-- database append one at a time and the chain never forks. last_* is the newest event;
-- anchor_* is where the stored chain starts: the first kept seq and the hash it must link to
-- (all zeros for a chain that was never purged).
CREATE TABLE audit_chain_head (
  id           INTEGER PRIMARY KEY CHECK (id = 1),
  last_seq     BIGINT NOT NULL,
  last_hash    VARCHAR(64) NOT NULL,
  anchor_seq   BIGINT NOT NULL,
  anchor_hash  VARCHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (id, last_seq, last_hash, anchor_seq, anchor_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000',
        1, '0000000000000000000000000000000000000000000000000000000000000000');
