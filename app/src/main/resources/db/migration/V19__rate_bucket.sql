-- Rate limits shared by every node (issue 13, item 1): Bucket4j's PostgreSQL back-end keeps one
-- token bucket per row. The id is a keyed hash (never an address) with the limits it was made
-- under; state is Bucket4j's serialized bucket; expires_at (epoch milliseconds) is when the bucket
-- is full again, after which the row may be deleted. On H2 (start-dev, one node) the buckets live
-- in memory and this table stays empty.
CREATE TABLE rate_bucket (
  id          VARCHAR(255) PRIMARY KEY,
  state       BYTEA,
  expires_at  BIGINT
);
CREATE INDEX rate_bucket_expires_idx ON rate_bucket (expires_at);
