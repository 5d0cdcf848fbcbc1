-- Token scopes (docs/staff-access.md, issue 13 item 2). A service token names what it may do on
-- the consent API: 'consent:decisions' (decisions and GPP strings, for ad systems) and
-- 'consent:write' (choices, links, ages, parental consents, history, propagation tasks), separated
-- by spaces. Tokens of a person's role have none.
ALTER TABLE staff_token ADD COLUMN scopes VARCHAR(200) NOT NULL DEFAULT '';

-- Existing service tokens were handed to ad systems as much as to recording systems: they keep
-- decisions only, and a system that records choices needs a new token with 'consent:write'.
UPDATE staff_token SET scopes = 'consent:decisions' WHERE role = 'service';
