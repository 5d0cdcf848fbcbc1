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
    return "rightful start: " + reason;
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
}
