package dev.rightful.config;

import java.util.List;

/** Every option Rightful reads; the single list the CLI, env, file and docs derive from. */
public final class Options {
  private Options() {}

  public static final Option PORT =
      new Option(
          "port", OptionType.PORT, "8080", "HTTP port to listen on.", Option.Category.HTTP, false);
  public static final Option HOST =
      new Option(
          "host",
          OptionType.TEXT,
          "0.0.0.0",
          "Address to bind; start-dev binds 127.0.0.1 unless set.",
          Option.Category.HTTP,
          false);
  public static final Option PUBLIC_URL =
      new Option(
          "public-url",
          OptionType.URL,
          null,
          "The URL consumers reach Rightful at, used in links and mail. Required by 'start'.",
          Option.Category.HTTP,
          false);
  public static final Option DATAMAP =
      new Option(
          "datamap",
          OptionType.PATH,
          null,
          "Directory of the data map YAML files. start-dev defaults to examples/net2phone.",
          Option.Category.DATA_MAP,
          false);
  public static final Option DB_URL =
      new Option(
          "db-url",
          OptionType.JDBC_URL,
          null,
          "JDBC URL of Rightful's own PostgreSQL database. Required by 'start'.",
          Option.Category.DATABASE,
          false);
  public static final Option DB_USER =
      new Option(
          "db-user", OptionType.TEXT, null, "Database user.", Option.Category.DATABASE, false);
  public static final Option DB_PASSWORD =
      new Option(
          "db-password",
          OptionType.TEXT,
          null,
          "Database password.",
          Option.Category.DATABASE,
          true);
  public static final Option DB_POOL_SIZE =
      new Option(
          "db-pool-size",
          OptionType.wholeNumber(1, 1000),
          "10",
          "Maximum database connections.",
          Option.Category.DATABASE,
          false);
  public static final Option DATA_DIR =
      new Option(
          "data-dir",
          OptionType.PATH,
          "data",
          "Where start-dev keeps its embedded H2 database and dev keys.",
          Option.Category.DATABASE,
          false);
  public static final Option ENCRYPTION_KEY =
      new Option(
          "encryption-key",
          OptionType.TEXT,
          null,
          "Key for personal information at rest: base64 of 32 random bytes, or 'id:base64' entries"
              + " separated by commas (the first encrypts, the others still decrypt).",
          Option.Category.SECURITY,
          true);
  public static final Option ENCRYPTION_KEY_FILE =
      new Option(
          "encryption-key-file",
          OptionType.PATH,
          null,
          "File holding the encryption key in the same format. start-dev generates"
              + " <data-dir>/encryption.key when neither is set.",
          Option.Category.SECURITY,
          false);
  public static final Option CODE_LIFETIME_MINUTES =
      new Option(
          "code-lifetime-minutes",
          OptionType.wholeNumber(1, 24 * 60 - 1),
          "15",
          "Minutes a one-time verification code mailed to a consumer stays valid.",
          Option.Category.SECURITY,
          false);
  public static final Option CODE_ATTEMPTS =
      new Option(
          "code-attempts",
          OptionType.wholeNumber(1, 1_000_000),
          "5",
          "Wrong tries after which a one-time code stops working; the consumer asks for a new one.",
          Option.Category.SECURITY,
          false);
  public static final Option CODE_FAILURES_PER_DAY =
      new Option(
          "code-failures-per-day",
          OptionType.wholeNumber(1, 1_000_000),
          "5",
          "Wrong one-time codes a request may get in 24 hours; then no code is sent or checked for"
              + " it until the oldest of them is a day old, and the consumer is told when.",
          Option.Category.SECURITY,
          false);
  public static final Option CODES_PER_EMAIL_PER_HOUR =
      new Option(
          "codes-per-email-per-hour",
          OptionType.wholeNumber(1, 1_000_000),
          "5",
          "One-time codes mailed to one email address per hour at most; more are silently not sent.",
          Option.Category.SECURITY,
          false);
  public static final Option CODES_PER_CLIENT_PER_HOUR =
      new Option(
          "codes-per-client-per-hour",
          OptionType.wholeNumber(1, 1_000_000),
          "10",
          "One-time codes one client address may ask for per hour (higher than per email: homes and"
              + " offices share an address); more are refused with 429.",
          Option.Category.SECURITY,
          false);
  public static final Option INTAKE_PER_ADDRESS_PER_MINUTE =
      new Option(
          "intake-per-address-per-minute",
          OptionType.wholeNumber(1, 1_000_000),
          "20",
          "Requests one client address may send (API and privacy center form together) per minute;"
              + " more are refused with 429 and Retry-After.",
          Option.Category.SECURITY,
          false);
  public static final Option INTAKE_PER_ADDRESS_PER_DAY =
      new Option(
          "intake-per-address-per-day",
          OptionType.wholeNumber(1, 1_000_000),
          "200",
          "Requests one client address may send per day; more are refused with 429 and"
              + " Retry-After.",
          Option.Category.SECURITY,
          false);
  public static final Option INTAKE_PER_EMAIL_PER_DAY =
      new Option(
          "intake-per-email-per-day",
          OptionType.wholeNumber(1, 1_000_000),
          "5",
          "Requests naming one email address (each mails it a receipt) per day, from any client"
              + " address; more are refused with 429 and Retry-After.",
          Option.Category.SECURITY,
          false);
  public static final Option CODE_REQUESTS_PER_ADDRESS_PER_MINUTE =
      new Option(
          "code-requests-per-address-per-minute",
          OptionType.wholeNumber(1, 1_000_000),
          "10",
          "Asks for a one-time code from one client address per minute, whether or not a code goes"
              + " out; more are refused with 429 and Retry-After.",
          Option.Category.SECURITY,
          false);
  public static final Option CODES_PER_EMAIL_PER_DAY =
      new Option(
          "codes-per-email-per-day",
          OptionType.wholeNumber(1, 1_000_000),
          "10",
          "One-time codes mailed to one email address per day at most, from any client address;"
              + " more are silently not sent.",
          Option.Category.SECURITY,
          false);
  public static final Option CONSENT_WRITES_PER_ADDRESS_PER_MINUTE =
      new Option(
          "consent-writes-per-address-per-minute",
          OptionType.wholeNumber(1, 1_000_000),
          "60",
          "Consent writes (opt-out form, cookie tool, GPC, the API's choices) from one client"
              + " address per minute; more are refused with 429 and Retry-After.",
          Option.Category.SECURITY,
          false);
  public static final Option SMTP_HOST =
      new Option(
          "smtp-host",
          OptionType.TEXT,
          null,
          "SMTP server for consumer mail. Required by 'start'; without it start-dev keeps mail in"
              + " the dev outbox (/admin/outbox).",
          Option.Category.MAIL,
          false);
  public static final Option SMTP_PORT =
      new Option(
          "smtp-port",
          OptionType.wholeNumber(1, 65535),
          "587",
          "SMTP server port.",
          Option.Category.MAIL,
          false);
  public static final Option SMTP_FROM =
      new Option(
          "smtp-from",
          OptionType.TEXT,
          null,
          "From address of consumer mail, e.g. privacy@example.com. Required with --smtp-host.",
          Option.Category.MAIL,
          false);
  public static final Option SMTP_USER =
      new Option(
          "smtp-user",
          OptionType.TEXT,
          null,
          "SMTP login user; unset for a server that needs no login.",
          Option.Category.MAIL,
          false);
  public static final Option SMTP_PASSWORD =
      new Option(
          "smtp-password",
          OptionType.TEXT,
          null,
          "SMTP login password.",
          Option.Category.MAIL,
          true);
  public static final Option SMTP_STARTTLS =
      new Option(
          "smtp-starttls",
          OptionType.FLAG,
          "true",
          "Require STARTTLS on the SMTP connection: 'true' or 'false'.",
          Option.Category.MAIL,
          false);
  public static final Option MAIL_POLL_SECONDS =
      new Option(
          "mail-poll-seconds",
          OptionType.wholeNumber(1, 3600),
          "5",
          "Seconds between the mail dispatcher's looks for messages to send.",
          Option.Category.MAIL,
          false);
  public static final Option CONSENT_ORIGINS =
      new Option(
          "consent-origins",
          OptionType.TEXT,
          null,
          "Comma-separated origins, besides the data map's website and the public URL, whose pages"
              + " may embed /consent.js.",
          Option.Category.HTTP,
          false);
  public static final Option CONSENT_CMP_ID =
      new Option(
          "consent-cmp-id",
          OptionType.wholeNumber(0, 4095),
          "0",
          "The CMP id the IAB assigned your registration, which /consent.js reports through"
              + " __gpp('ping'). 0 means unregistered.",
          Option.Category.HTTP,
          false);
  public static final Option CONSENT_REGION_HEADER =
      new Option(
          "consent-region-header",
          OptionType.TEXT,
          null,
          "A header in which your CDN or proxy tells the visitor's US state (e.g."
              + " CloudFront-Viewer-Country-Region, cf-region-code), so /consent.js follows that"
              + " state's law. Read only from --trusted-proxies. None by default.",
          Option.Category.HTTP,
          false);
  public static final Option TRUSTED_PROXIES =
      new Option(
          "trusted-proxies",
          OptionType.TEXT,
          null,
          "Comma-separated addresses and CIDR blocks of reverse proxies in front of Rightful; from"
              + " them, the client's address is read from X-Forwarded-For. None by default.",
          Option.Category.HTTP,
          false);
  public static final Option LOG_LEVEL =
      new Option(
          "log-level",
          OptionType.oneOf("error", "warn", "info", "debug"),
          "info",
          "Least severe log events written. At 'debug' a failure that stops Rightful from starting"
              + " is logged with its stack trace; otherwise it is one line.",
          Option.Category.LOGGING,
          false);
  public static final Option LOG_FORMAT =
      new Option(
          "log-format",
          OptionType.oneOf("text", "json"),
          null,
          "Log format: 'text' or 'json'. Defaults to text for start-dev, json for start.",
          Option.Category.LOGGING,
          false);

  public static final Option BUSINESS_TIMEZONE =
      new Option(
          "business-timezone",
          OptionType.ZONE,
          "America/Los_Angeles",
          "Time zone whose calendar dates count for legal deadlines (the day a request is received).",
          Option.Category.LEGAL,
          false);
  public static final Option RECEIPT_DAY_IS_DAY_ONE =
      new Option(
          "receipt-day-is-day-one",
          OptionType.FLAG,
          "true",
          "Count the day a request is received as day 1 of the 45 days (7021(b), conservative):"
              + " due = received + 44 days. 'false' gives received + 45.",
          Option.Category.LEGAL,
          false);
  public static final Option SATURDAY_HOLIDAYS =
      new Option(
          "saturday-holidays",
          OptionType.oneOf("not-observed", "preceding-friday"),
          "not-observed",
          "A holiday on a Saturday: 'not-observed' (state offices) or 'preceding-friday' (courts).",
          Option.Category.LEGAL,
          false);
  public static final Option HOLIDAYS_FILE =
      new Option(
          "holidays-file",
          OptionType.PATH,
          null,
          "A holiday table, one 'YYYY-MM-DD name' per line, added to or replacing the California"
              + " holidays (see docs/calendar.md).",
          Option.Category.LEGAL,
          false);
  public static final Option HOLIDAYS_MODE =
      new Option(
          "holidays-mode",
          OptionType.oneOf("add", "replace"),
          "add",
          "Whether --holidays-file is added to the California holidays ('add') or replaces them.",
          Option.Category.LEGAL,
          false);

  public static final Option RECORDS_KEEP_MONTHS =
      new Option(
          "records-keep-months",
          OptionType.wholeNumber(1, 1200),
          "24",
          "Months a closed request's records are kept before 'start' deletes them in its daily"
              + " purge (and 'records purge' by hand). At least 24 (CCPA regulations 7101).",
          Option.Category.LEGAL,
          false);

  public static final Option BENCH_BASELINE =
      new Option(
          "bench-baseline",
          OptionType.FLAG,
          "false",
          "For benchmarks only, never in production: 'true' serves POST /bench/baseline, which"
              + " inserts one row per POST with no authentication, limit or audit, as the bare"
              + " endpoint bench/intake.sh compares intake with.",
          Option.Category.BENCHMARK,
          false);

  public static final List<Option> ALL =
      List.of(
          PORT,
          HOST,
          PUBLIC_URL,
          DATAMAP,
          DB_URL,
          DB_USER,
          DB_PASSWORD,
          DB_POOL_SIZE,
          DATA_DIR,
          ENCRYPTION_KEY,
          ENCRYPTION_KEY_FILE,
          CODE_LIFETIME_MINUTES,
          CODE_ATTEMPTS,
          CODE_FAILURES_PER_DAY,
          CODES_PER_EMAIL_PER_HOUR,
          CODES_PER_CLIENT_PER_HOUR,
          INTAKE_PER_ADDRESS_PER_MINUTE,
          INTAKE_PER_ADDRESS_PER_DAY,
          INTAKE_PER_EMAIL_PER_DAY,
          CODE_REQUESTS_PER_ADDRESS_PER_MINUTE,
          CODES_PER_EMAIL_PER_DAY,
          CONSENT_WRITES_PER_ADDRESS_PER_MINUTE,
          SMTP_HOST,
          SMTP_PORT,
          SMTP_FROM,
          SMTP_USER,
          SMTP_PASSWORD,
          SMTP_STARTTLS,
          MAIL_POLL_SECONDS,
          CONSENT_ORIGINS,
          CONSENT_CMP_ID,
          CONSENT_REGION_HEADER,
          TRUSTED_PROXIES,
          LOG_FORMAT,
          LOG_LEVEL,
          BUSINESS_TIMEZONE,
          RECEIPT_DAY_IS_DAY_ONE,
          SATURDAY_HOLIDAYS,
          HOLIDAYS_FILE,
          HOLIDAYS_MODE,
          RECORDS_KEEP_MONTHS,
          SsoOptions.OIDC_ISSUER,
          SsoOptions.OIDC_CLIENT_ID,
          SsoOptions.OIDC_CLIENT_SECRET,
          SsoOptions.OIDC_ROLES_CLAIM,
          SsoOptions.OIDC_ROLE_MAP,
          SsoOptions.OIDC_PROVIDER_NAME,
          SsoOptions.OIDC_ONLY,
          BENCH_BASELINE);
}
