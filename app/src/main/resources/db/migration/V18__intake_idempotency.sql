-- Idempotency-Key on intake (issue 13, item 5): a client's retry of POST /api/v1/requests returns
-- the request its first attempt made instead of making a second. Both hashes are keyed (HMAC), so
-- neither the client's key nor the body (personal information) can be read back or guessed.
CREATE TABLE intake_idempotency (
  key_hash    VARCHAR(128) PRIMARY KEY,
  body_hash   VARCHAR(128) NOT NULL,
  request_id  VARCHAR(36)  NOT NULL REFERENCES rights_request (id) ON DELETE CASCADE,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
