-- Vendors, manual work and corrections in fulfilment. Portable between PostgreSQL and H2
-- (PostgreSQL mode).

-- Recipient notices: the date each is due (the request's response date, 15 business days for an
-- opt-out or limit), the outbox message an email notice went out as, and who confirmed a manual or
-- email notice (a staff actor; the note goes to the request's sealed timeline).
ALTER TABLE fulfil_notification ADD COLUMN due_on DATE;
ALTER TABLE fulfil_notification ADD COLUMN outbox_id BIGINT;
ALTER TABLE fulfil_notification ADD COLUMN confirmed_by VARCHAR(200);

-- Steps: a system without a connector ('manual') waits until a person confirms the work, who and
-- when; a correction keeps the values it replaced, sealed, as the request's record (7101) and
-- nowhere in clear.
ALTER TABLE fulfil_job ADD COLUMN confirmed_by VARCHAR(200);
ALTER TABLE fulfil_job ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE fulfil_job ADD COLUMN prior_sealed TEXT;

-- The queue and the purge look for these.
CREATE INDEX fulfil_job_status_idx ON fulfil_job (status);
CREATE INDEX fulfil_package_expires_idx ON fulfil_package (expires_at);
