-- The records purge finds requests closed before its cut-off, oldest first, batch by batch; without
-- this index each batch would read every request ever received.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
CREATE INDEX rights_request_closed_idx ON rights_request (closed_at);
