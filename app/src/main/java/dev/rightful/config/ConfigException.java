package dev.rightful.config;

/** A configuration problem, with a one-line message that says what to set. */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
