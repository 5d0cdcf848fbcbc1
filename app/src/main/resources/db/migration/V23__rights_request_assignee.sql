-- The member of staff working a request (the console's "assign" and "my requests"): a staff
-- username, never consumer data. NULL: nobody yet. Changing it is audited (request.assigned).
-- Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
ALTER TABLE rights_request ADD COLUMN assignee VARCHAR(100);
CREATE INDEX rights_request_assignee_idx ON rights_request (assignee);
