package dev.rightful.retention;

/**
 * A retention sweep or hold that cannot go ahead: a rule the engine cannot apply to its table, a
 * company database that cannot be reached, or a hold that names nothing. Unchecked.
 */
public class RetentionException extends RuntimeException {
  public RetentionException(String message) {
    super(message);
  }

  public RetentionException(String message, Throwable cause) {
    super(message, cause);
  }
}
