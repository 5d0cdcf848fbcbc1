package dev.rightful.fulfil.connector.jdbc;

/**
 * A company system could not be reached or refused a statement. The job that met it is retried with
 * backoff; the message names the system and the driver's error, never a consumer's data.
 */
public final class SystemUnavailable extends RuntimeException {
  private final String system;

  public SystemUnavailable(String system, Exception cause) {
    super("system '" + system + "' failed: " + cause.getMessage(), cause);
    this.system = system;
  }

  public String system() {
    return system;
  }
}
