-- Net2Phone demo company database (PostgreSQL). The MariaDB and H2 files mirror it table by table.
-- Every table except marketing_suppression holds jane.doe@example.com's data (see seed.sql).

CREATE TABLE customers (
  id              BIGINT PRIMARY KEY,
  email           VARCHAR(320) NOT NULL UNIQUE,
  full_name       VARCHAR(200) NOT NULL,
  phone           VARCHAR(40),
  postal_address  VARCHAR(300),
  city            VARCHAR(100),
  state           VARCHAR(2),
  zip             VARCHAR(10),
  account_name    VARCHAR(100),
  status          VARCHAR(10) NOT NULL DEFAULT 'active', -- active | closed
  signup_ip       VARCHAR(45),
  created_at      TIMESTAMP NOT NULL,
  last_activity_at TIMESTAMP,
  closed_at       TIMESTAMP
);

CREATE TABLE accounts (
  id           BIGINT PRIMARY KEY,
  customer_id  BIGINT NOT NULL REFERENCES customers(id),
  plan         VARCHAR(60) NOT NULL,
  status       VARCHAR(10) NOT NULL DEFAULT 'active',
  monthly_fee  NUMERIC(10, 2) NOT NULL,
  opened_at    TIMESTAMP NOT NULL,
  closed_at    TIMESTAMP
);

-- Only the last four digits and the expiry: the full card stays with the payment processor.
CREATE TABLE payment_cards (
  id           BIGINT PRIMARY KEY,
  account_id   BIGINT NOT NULL REFERENCES accounts(id),
  card_last4   CHAR(4) NOT NULL,
  expiry_month SMALLINT NOT NULL,
  expiry_year  SMALLINT NOT NULL,
  billing_zip  VARCHAR(10),
  created_at   TIMESTAMP NOT NULL
);

-- Kept six years for tax law.
CREATE TABLE invoices (
  id               BIGINT PRIMARY KEY,
  account_id       BIGINT NOT NULL REFERENCES accounts(id),
  billing_name     VARCHAR(200) NOT NULL,
  billing_address  VARCHAR(300),
  amount           NUMERIC(10, 2) NOT NULL,
  description      VARCHAR(200),
  issued_at        TIMESTAMP NOT NULL
);

CREATE TABLE call_records (
  id               BIGINT PRIMARY KEY,
  account_id       BIGINT REFERENCES accounts(id),
  caller_number    VARCHAR(40) NOT NULL,
  callee_number    VARCHAR(40) NOT NULL,
  direction        VARCHAR(10) NOT NULL, -- inbound | outbound
  duration_seconds INTEGER NOT NULL,
  recording_uri    VARCHAR(300),
  started_at       TIMESTAMP NOT NULL
);

CREATE TABLE call_transcripts (
  id              BIGINT PRIMARY KEY,
  call_record_id  BIGINT NOT NULL REFERENCES call_records(id),
  transcript      TEXT NOT NULL,
  summary         TEXT,
  created_at      TIMESTAMP NOT NULL
);

CREATE TABLE marketing_contacts (
  id               BIGINT PRIMARY KEY,
  email            VARCHAR(320) NOT NULL UNIQUE,
  full_name        VARCHAR(200),
  company          VARCHAR(200),
  source           VARCHAR(20) NOT NULL, -- newsletter | event | marketing-tool
  subscribed_at    TIMESTAMP NOT NULL,
  unsubscribed_at  TIMESTAMP
);

CREATE TABLE marketing_suppression (
  email      VARCHAR(320) PRIMARY KEY,
  added_at   TIMESTAMP NOT NULL,
  reason     VARCHAR(40) NOT NULL -- unsubscribed | deletion-request
);

CREATE TABLE job_applicants (
  id                  BIGINT PRIMARY KEY,
  email               VARCHAR(320) NOT NULL,
  full_name           VARCHAR(200) NOT NULL,
  phone               VARCHAR(40),
  position            VARCHAR(120) NOT NULL,
  employment_history  TEXT,
  education           TEXT,
  cv_text             TEXT,
  applied_at          TIMESTAMP NOT NULL,
  decided_at          TIMESTAMP
);

CREATE TABLE web_events (
  id            BIGINT PRIMARY KEY,
  device_id     VARCHAR(64) NOT NULL,
  customer_id   BIGINT REFERENCES customers(id),
  ip_address    VARCHAR(45),
  approx_city   VARCHAR(100),
  page_url      VARCHAR(500) NOT NULL,
  referrer      VARCHAR(500),
  user_agent    VARCHAR(300),
  ad_campaign   VARCHAR(100),
  occurred_at   TIMESTAMP NOT NULL
);

CREATE INDEX accounts_customer_idx ON accounts (customer_id);
CREATE INDEX payment_cards_account_idx ON payment_cards (account_id);
CREATE INDEX invoices_account_idx ON invoices (account_id);
CREATE INDEX call_records_account_idx ON call_records (account_id);
-- Every identity column is searched when a consumer asks (systems.yaml): a call is found by
-- either party's phone number, an applicant by phone as well as by email.
CREATE INDEX call_records_caller_idx ON call_records (caller_number);
CREATE INDEX call_records_callee_idx ON call_records (callee_number);
CREATE INDEX call_transcripts_call_idx ON call_transcripts (call_record_id);
CREATE INDEX job_applicants_email_idx ON job_applicants (email);
CREATE INDEX job_applicants_phone_idx ON job_applicants (phone);
CREATE INDEX web_events_device_idx ON web_events (device_id);
CREATE INDEX web_events_customer_idx ON web_events (customer_id);
CREATE INDEX customers_phone_idx ON customers (phone);
