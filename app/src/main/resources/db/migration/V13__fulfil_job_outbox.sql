-- An email system's step remembers the mail that asked its vendor, so that a mail the server
-- refused for good flags the step instead of leaving it waiting for a reply that cannot come.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
ALTER TABLE fulfil_job ADD COLUMN outbox_id BIGINT;
