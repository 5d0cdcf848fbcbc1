-- What a consumer asked their request to know to cover, when the period covered differs from it (a
-- range starting before 2022-01-01 or ending after receipt, rule 20): the answer, the receipt, the
-- status page and the API tell which part was left out and why. NULL: covered as asked.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
ALTER TABLE rights_request ADD COLUMN lookback_asked_from DATE;
ALTER TABLE rights_request ADD COLUMN lookback_asked_to DATE;
