-- Rate-limit buckets are taken under a PostgreSQL advisory lock (one transaction per take, also for
-- a new bucket) instead of SELECT ... FOR UPDATE, which needs three for a new one: a surge of new
-- consumers creates a bucket per email address. lock_id is the bucket's lock (a 64-bit digest of
-- its id, computed by Rightful); the expiry clean-up locks rows by it. Rows written before this
-- version have no lock_id: they are dropped, so those buckets start full again, which only ever
-- lets a sender through once.
DELETE FROM rate_bucket;
ALTER TABLE rate_bucket ADD COLUMN lock_id BIGINT;
