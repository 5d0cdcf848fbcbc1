-- The language the consumer used when filing the request (issue 15, item 5): the privacy center's
-- page language or the API's `language` field, so the code, receipt, answer and agent mails sent
-- later are written in it. A language code ('en', 'es'), never consumer data; older requests are
-- English. Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
ALTER TABLE rights_request ADD COLUMN language VARCHAR(8) DEFAULT 'en' NOT NULL;
