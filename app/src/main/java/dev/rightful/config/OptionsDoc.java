package dev.rightful.config;

/** Renders {@code docs/configuration.md} from the option declarations, so docs cannot drift. */
public final class OptionsDoc {
  private OptionsDoc() {}

  public static String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Configuration reference\n\n")
        .append(
            "Generated from `Options.java` (a test fails when this file drifts; regenerate with\n")
        .append("`./mvnw -pl app test -Dtest=ConfigurationDocTest -DupdateSnapshots=true`).\n\n")
        .append(
            "Every setting can be given four ways. Precedence: command-line flag > environment\n")
        .append(
            "variable > config file > default. The config file is `conf/rightful.conf` when it\n")
        .append(
            "exists, or the file named by `--config` or `RIGHTFUL_CONFIG`; it holds `key=value` lines\n")
        .append(
            "(Java properties syntax, `#` comments). `./rightful show-config` prints each value and its\n")
        .append("source, with secrets masked.\n\n");
    for (Option.Category category : Option.Category.values()) {
      var options = Options.ALL.stream().filter(o -> o.category() == category).toList();
      if (options.isEmpty()) {
        continue;
      }
      md.append("## ").append(title(category)).append("\n\n");
      md.append("| Flag | Environment variable | File key | Type | Default | Meaning |\n");
      md.append("|---|---|---|---|---|---|\n");
      for (Option option : options) {
        md.append("| `")
            .append(option.flag())
            .append("` | `")
            .append(option.envVar())
            .append("` | `")
            .append(option.key())
            .append("` | ")
            .append(option.type().describe())
            .append(" | ")
            .append(option.defaultValue() == null ? "—" : "`" + option.defaultValue() + "`")
            .append(" | ")
            .append(option.description())
            .append(option.secret() ? " Secret: masked in output." : "")
            .append(" |\n");
      }
      md.append('\n');
    }
    md.append("## Modes\n\n")
        .append(
            "- `start-dev` binds 127.0.0.1, uses an embedded H2 database under `--data-dir`, the example\n")
        .append("  data map `examples/net2phone` and text logs.\n")
        .append(
            "- `start` requires `--db-url` (PostgreSQL), `--datamap` and `--public-url`, refuses an H2\n")
        .append("  URL, and logs one JSON object per line.\n\n");
    md.append(ERRORS);
    return md.toString();
  }

  /* The exit codes are cli.ExitCode's; a test there checks that each is listed here. */
  private static final String ERRORS =
      """
      ## Errors and exit codes

      Every value is checked against its type before anything starts, and `start`, `start-dev` and
      `show-config` report every missing or invalid setting at once, one line each, naming the
      option the way it was set (`option --port`, `environment variable RIGHTFUL_PORT`, `'port' in
      conf/rightful.conf`). A failure to start is one line that says what failed and what to do,
      for example:

      ```
      rightful start: cannot start: PostgreSQL at 127.0.0.1:5433 refused the connection (check option --db-url and that the database runs there)
      ```

      No stack trace is printed; `--log-level debug` (or `RIGHTFUL_LOG_LEVEL=debug`) writes it to
      the log. The exit code tells the kind of failure:

      | Code | Meaning |
      |---|---|
      | `0` | Stopped normally (or the command succeeded). |
      | `1` | The data map has errors (`start`, `start-dev`, `validate`); each is printed as file:line:column. |
      | `2` | Settings are missing or invalid, or a file a setting names (key file, holiday table, config file) cannot be read; also a command-line usage error. |
      | `3` | Rightful's database cannot be used: the connection is refused, the host is unknown, it does not answer, the login or the database name is wrong, or a migration fails. |
      | `4` | The HTTP port is already in use, or the address cannot be bound. |
      | `70` | Anything else: a fault in Rightful. Run again with `--log-level debug` and report the stack trace. |
      """;

  private static String title(Option.Category category) {
    return switch (category) {
      case HTTP -> "HTTP";
      case DATABASE -> "Database";
      case DATA_MAP -> "Data map";
      case LEGAL -> "Legal clocks";
      case SECURITY -> "Security";
      case MAIL -> "Mail";
      case SINGLE_SIGN_ON -> "Single sign-on (OpenID Connect)";
      case LOGGING -> "Logging";
      case BENCHMARK -> "Benchmarks only";
    };
  }
}
