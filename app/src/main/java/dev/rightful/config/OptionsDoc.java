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
      md.append("| Flag | Environment variable | File key | Default | Meaning |\n");
      md.append("|---|---|---|---|---|\n");
      for (Option option : options) {
        md.append("| `")
            .append(option.flag())
            .append("` | `")
            .append(option.envVar())
            .append("` | `")
            .append(option.key())
            .append("` | ")
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
        .append("  URL, and logs one JSON object per line.\n");
    return md.toString();
  }

  private static String title(Option.Category category) {
    return switch (category) {
      case HTTP -> "HTTP";
      case DATABASE -> "Database";
      case DATA_MAP -> "Data map";
      case LEGAL -> "Legal clocks";
      case SECURITY -> "Security";
      case MAIL -> "Mail";
      case LOGGING -> "Logging";
    };
  }
}
