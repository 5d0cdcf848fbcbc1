-- Staff single sign-on (docs/staff-access.md): an account created at its first OpenID Connect
-- sign-in has no password, and is found again by the SHA-256 of its provider's issuer and subject
-- (the stable id the provider gives the person), never by a username the provider may let people
-- change.
ALTER TABLE staff_user ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE staff_user ADD COLUMN oidc_subject VARCHAR(64);
CREATE UNIQUE INDEX staff_user_oidc_subject ON staff_user (oidc_subject);
