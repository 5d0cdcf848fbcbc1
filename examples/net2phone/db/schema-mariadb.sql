-- Net2Phone demo company database (MariaDB, MySQL). It mirrors schema-postgresql.sql table by table
-- and column by column; only what MariaDB spells differently changes:
--   TIMESTAMP becomes DATETIME(6): MariaDB's TIMESTAMP converts to the session time zone and ends in
--     2038; DATETIME(6) is PostgreSQL's TIMESTAMP (no time zone, microseconds).
--   Column-level REFERENCES become table-level FOREIGN KEY constraints: MySQL 8 parses column-level
--     REFERENCES and silently creates no key; the table-level form works on MariaDB and every MySQL.
--   ENGINE=InnoDB for the foreign keys, utf8mb4 for full UTF-8 (names such as Sofía Hernández).
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
  created_at      DATETIME(6) NOT NULL,
  last_activity_at DATETIME(6),
  closed_at       DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE accounts (
  id           BIGINT PRIMARY KEY,
  customer_id  BIGINT NOT NULL,
  plan         VARCHAR(60) NOT NULL,
  status       VARCHAR(10) NOT NULL DEFAULT 'active',
  monthly_fee  NUMERIC(10, 2) NOT NULL,
  opened_at    DATETIME(6) NOT NULL,
  closed_at    DATETIME(6),
  CONSTRAINT accounts_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Only the last four digits and the expiry: the full card stays with the payment processor.
CREATE TABLE payment_cards (
  id           BIGINT PRIMARY KEY,
  account_id   BIGINT NOT NULL,
  card_last4   CHAR(4) NOT NULL,
  expiry_month SMALLINT NOT NULL,
  expiry_year  SMALLINT NOT NULL,
  billing_zip  VARCHAR(10),
  created_at   DATETIME(6) NOT NULL,
  CONSTRAINT payment_cards_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Kept six years for tax law.
CREATE TABLE invoices (
  id               BIGINT PRIMARY KEY,
  account_id       BIGINT NOT NULL,
  billing_name     VARCHAR(200) NOT NULL,
  billing_address  VARCHAR(300),
  amount           NUMERIC(10, 2) NOT NULL,
  description      VARCHAR(200),
  issued_at        DATETIME(6) NOT NULL,
  CONSTRAINT invoices_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE call_records (
  id               BIGINT PRIMARY KEY,
  account_id       BIGINT,
  caller_number    VARCHAR(40) NOT NULL,
  callee_number    VARCHAR(40) NOT NULL,
  direction        VARCHAR(10) NOT NULL, -- inbound | outbound
  duration_seconds INTEGER NOT NULL,
  recording_uri    VARCHAR(300),
  started_at       DATETIME(6) NOT NULL,
  CONSTRAINT call_records_account_fk FOREIGN KEY (account_id) REFERENCES accounts (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE call_transcripts (
  id              BIGINT PRIMARY KEY,
  call_record_id  BIGINT NOT NULL,
  transcript      TEXT NOT NULL,
  summary         TEXT,
  created_at      DATETIME(6) NOT NULL,
  CONSTRAINT call_transcripts_call_fk FOREIGN KEY (call_record_id) REFERENCES call_records (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE marketing_contacts (
  id               BIGINT PRIMARY KEY,
  email            VARCHAR(320) NOT NULL UNIQUE,
  full_name        VARCHAR(200),
  company          VARCHAR(200),
  source           VARCHAR(20) NOT NULL, -- newsletter | event | marketing-tool
  subscribed_at    DATETIME(6) NOT NULL,
  unsubscribed_at  DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE marketing_suppression (
  email      VARCHAR(320) PRIMARY KEY,
  added_at   DATETIME(6) NOT NULL,
  reason     VARCHAR(40) NOT NULL -- unsubscribed | deletion-request
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE job_applicants (
  id                  BIGINT PRIMARY KEY,
  email               VARCHAR(320) NOT NULL,
  full_name           VARCHAR(200) NOT NULL,
  phone               VARCHAR(40),
  position            VARCHAR(120) NOT NULL,
  employment_history  TEXT,
  education           TEXT,
  cv_text             TEXT,
  applied_at          DATETIME(6) NOT NULL,
  decided_at          DATETIME(6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE web_events (
  id            BIGINT PRIMARY KEY,
  device_id     VARCHAR(64) NOT NULL,
  customer_id   BIGINT,
  ip_address    VARCHAR(45),
  approx_city   VARCHAR(100),
  page_url      VARCHAR(500) NOT NULL,
  referrer      VARCHAR(500),
  user_agent    VARCHAR(300),
  ad_campaign   VARCHAR(100),
  occurred_at   DATETIME(6) NOT NULL,
  CONSTRAINT web_events_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- InnoDB indexes every foreign key column by itself; the named indexes below replace those
-- automatic ones, so the index names match the PostgreSQL file.
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
