package dev.rightful.cli;

import dev.rightful.config.Config;
import dev.rightful.config.Options;

/** Every message the CLI prints to operators, in one place. */
final class Messages {
  private Messages() {}

  static String devBanner(String url, String companyDbUrl) {
    return String.join(
        System.lineSeparator(),
        "",
        "  Rightful is running in DEVELOPMENT mode (embedded database, example data map, demo company).",
        "  Do not use start-dev in production: use 'rightful start'.",
        "",
        "  Privacy notice    " + url + "/privacy/notice",
        "  Notice (JSON)     " + url + "/api/v1/notice",
        "  Notice (Markdown) " + url + "/privacy/notice.md",
        "  OpenAPI           " + url + "/openapi.json",
        "  Swagger UI        " + url + "/swagger",
        "  Staff console     " + url + "/admin",
        "  Health            " + url + "/healthz",
        "  Demo company DB   " + companyDbUrl + " (user sa, no password)",
        "");
  }

  static String started(String url) {
    return "Rightful started at " + url + " (notice: " + url + "/privacy/notice)";
  }

  static String startRefused(String reason) {
    return refused("start", reason);
  }

  /** One line of a command's refusal: "rightful start-dev: missing --db-url: ...". */
  static String refused(String command, String reason) {
    return "rightful" + (command.isEmpty() ? "" : " " + command) + ": " + reason;
  }

  static String cannotStart(String reason) {
    return "cannot start: " + reason;
  }

  /** The database as an operator knows it: "PostgreSQL at 127.0.0.1:5433". */
  static String databaseAt(String jdbcUrl) {
    String at = StartFailure.hostAndPort(jdbcUrl);
    if (jdbcUrl == null) {
      return "the database";
    } else if (jdbcUrl.startsWith("jdbc:h2:")) {
      return "the embedded H2 database";
    } else if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return "PostgreSQL" + (at == null ? "" : " at " + at);
    }
    return "the database" + (at == null ? "" : " at " + at);
  }

  static String portInUse(Config config) {
    if (config == null) {
      return "the HTTP port is already in use (choose another with --port)";
    }
    return "port "
        + config.value(Options.PORT).value()
        + " on "
        + config.value(Options.HOST).value()
        + " is already in use (stop what listens there, or choose another port with "
        + config.describe(Options.PORT)
        + ")";
  }

  static String unexpected(Throwable thrown) {
    return "unexpected "
        + thrown.getClass().getSimpleName()
        + ": "
        + StartFailure.firstLine(thrown)
        + " (--log-level debug or RIGHTFUL_LOG_LEVEL=debug shows the stack trace)";
  }

  static String startRefusesDevDatabase(Config config) {
    return "refusing an embedded H2 database from "
        + config.describe(Options.DB_URL)
        + ": production needs PostgreSQL (use start-dev to try Rightful)";
  }

  static String dataMapInvalid(int errors) {
    return errors
        + (errors == 1 ? " error" : " errors")
        + " in the data map; fix them and start again";
  }

  static String valid(String dir, int warnings) {
    return dir
        + ": valid"
        + (warnings == 0 ? "" : " (" + warnings + (warnings == 1 ? " warning)" : " warnings)"));
  }

  /** Why a file could not be read, in words: "no such file /etc/rightful/key". */
  static String whyUnreadable(java.io.IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file " + e.getMessage();
    } else if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied on " + e.getMessage();
    }
    return e.getMessage();
  }
}
