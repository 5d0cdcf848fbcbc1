package dev.rightful.cli;

/**
 * The exit codes of {@code rightful}, one per kind of failure, so that scripts and supervisors can
 * tell them apart; docs/operations.md lists them.
 */
enum ExitCode {
  OK(0),
  /** The data map has errors (start, start-dev, validate). */
  DATA_MAP(1),
  /** Settings missing or invalid, or a file a setting names cannot be read; also a usage error. */
  CONFIG(2),
  /** Rightful's database cannot be reached, refuses the login, or fails to migrate. */
  DATABASE(3),
  /** The HTTP port is in use, or the address cannot be bound. */
  PORT(4),
  /** Anything else: a fault in Rightful, its stack trace logged at --log-level debug. */
  UNEXPECTED(70);

  final int code;

  ExitCode(int code) {
    this.code = code;
  }
}
