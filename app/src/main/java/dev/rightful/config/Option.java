package dev.rightful.config;

/**
 * One configuration option, declared once. The CLI flag ({@code --db-url}), the environment
 * variable ({@code RIGHTFUL_DB_URL}), the config-file key ({@code db-url}), the help text and
 * {@code docs/configuration.md} are all derived from it; its type is checked before anything
 * starts.
 */
public record Option(
    String key,
    OptionType type,
    String defaultValue,
    String description,
    Category category,
    boolean secret) {

  /** Groups options in help output and docs. */
  public enum Category {
    HTTP,
    DATABASE,
    DATA_MAP,
    LEGAL,
    SECURITY,
    MAIL,
    SINGLE_SIGN_ON,
    LOGGING,
    BENCHMARK
  }

  public String flag() {
    return "--" + key;
  }

  public String envVar() {
    return "RIGHTFUL_" + key.toUpperCase().replace('-', '_');
  }
}
