package dev.rightful.demo;

/**
 * Thrown when the demo database cannot be loaded; the message names the file and line of the
 * failing statement when there is one.
 */
public final class DemoDatabaseException extends RuntimeException {
  public DemoDatabaseException(String message) {
    super(message);
  }

  public DemoDatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
