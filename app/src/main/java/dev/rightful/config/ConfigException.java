package dev.rightful.config;

import java.util.List;

/**
 * One or more configuration problems, each a one-line message that names the option as the user set
 * it and says what to set.
 */
public final class ConfigException extends RuntimeException {
  private final List<String> problems;

  public ConfigException(String message) {
    this(List.of(message));
  }

  /** Every problem found, in the order found; the message joins them with "; ". */
  public ConfigException(List<String> problems) {
    super(String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem on its own, for output that gives one line per problem. */
  public List<String> problems() {
    return problems;
  }
}
