package dev.rightful.config;

import java.util.List;

/** Every option Rightful reads; the single list the CLI, env, file and docs derive from. */
public final class Options {
  private Options() {}

  public static final Option PORT =
      new Option("port", "8080", "HTTP port to listen on.", Option.Category.HTTP, false);
  public static final Option HOST =
      new Option(
          "host",
          "0.0.0.0",
          "Address to bind; start-dev binds 127.0.0.1 unless set.",
          Option.Category.HTTP,
          false);
  public static final Option PUBLIC_URL =
      new Option(
          "public-url",
          null,
          "The URL consumers reach Rightful at, used in links and mail. Required by 'start'.",
          Option.Category.HTTP,
          false);
  public static final Option DATAMAP =
      new Option(
          "datamap",
          null,
          "Directory of the data map YAML files. start-dev defaults to examples/net2phone.",
          Option.Category.DATA_MAP,
          false);
  public static final Option DB_URL =
      new Option(
          "db-url",
          null,
          "JDBC URL of Rightful's own PostgreSQL database. Required by 'start'.",
          Option.Category.DATABASE,
          false);
  public static final Option DB_USER =
      new Option("db-user", null, "Database user.", Option.Category.DATABASE, false);
  public static final Option DB_PASSWORD =
      new Option("db-password", null, "Database password.", Option.Category.DATABASE, true);
  public static final Option DB_POOL_SIZE =
      new Option(
          "db-pool-size", "10", "Maximum database connections.", Option.Category.DATABASE, false);
  public static final Option DATA_DIR =
      new Option(
          "data-dir",
          "data",
          "Where start-dev keeps its embedded H2 database and dev keys.",
          Option.Category.DATABASE,
          false);
  public static final Option LOG_FORMAT =
      new Option(
          "log-format",
          null,
          "Log format: 'text' or 'json'. Defaults to text for start-dev, json for start.",
          Option.Category.LOGGING,
          false);

  public static final Option BUSINESS_TIMEZONE =
      new Option(
          "business-timezone",
          "America/Los_Angeles",
          "Time zone whose calendar dates count for legal deadlines (the day a request is received).",
          Option.Category.LEGAL,
          false);
  public static final Option RECEIPT_DAY_IS_DAY_ONE =
      new Option(
          "receipt-day-is-day-one",
          "true",
          "Count the day a request is received as day 1 of the 45 days (7021(b), conservative):"
              + " due = received + 44 days. 'false' gives received + 45.",
          Option.Category.LEGAL,
          false);
  public static final Option SATURDAY_HOLIDAYS =
      new Option(
          "saturday-holidays",
          "not-observed",
          "A holiday on a Saturday: 'not-observed' (state offices) or 'preceding-friday' (courts).",
          Option.Category.LEGAL,
          false);
  public static final Option HOLIDAYS_FILE =
      new Option(
          "holidays-file",
          null,
          "A holiday table, one 'YYYY-MM-DD name' per line, added to or replacing the California"
              + " holidays (see docs/calendar.md).",
          Option.Category.LEGAL,
          false);
  public static final Option HOLIDAYS_MODE =
      new Option(
          "holidays-mode",
          "add",
          "Whether --holidays-file is added to the California holidays ('add') or replaces them.",
          Option.Category.LEGAL,
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
          LOG_FORMAT,
          BUSINESS_TIMEZONE,
          RECEIPT_DAY_IS_DAY_ONE,
          SATURDAY_HOLIDAYS,
          HOLIDAYS_FILE,
          HOLIDAYS_MODE);
}
