-- A consumer hold's identifier is personal information: from now on it is sealed (AES-GCM, see
-- docs/audit-and-encryption.md) in identity_sealed and found by the keyed hash of its kind and
-- normalized value in identity_key; identity_value stays NULL for new holds. Rows written before
-- this migration keep their plain identity_value until Rightful seals them when it starts
-- (Holds.sealPlaintext), so the check accepts either form.
-- Portable SQL: runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
ALTER TABLE retention_hold ADD COLUMN identity_sealed TEXT;
ALTER TABLE retention_hold ADD COLUMN identity_key VARCHAR(80);

CREATE INDEX retention_hold_identity_key ON retention_hold (identity_key);

ALTER TABLE retention_hold DROP CONSTRAINT retention_hold_scope;
ALTER TABLE retention_hold ADD CONSTRAINT retention_hold_scope CHECK (
  (scope = 'consumer' AND identity_kind IS NOT NULL
    AND (identity_value IS NOT NULL OR (identity_sealed IS NOT NULL AND identity_key IS NOT NULL)))
  OR (scope = 'table' AND system_id IS NOT NULL AND table_name IS NOT NULL));
