package dev.rightful.verify;

/**
 * Thrown when a company database the data map names cannot be searched right now (down, refusing
 * the connection, timing out). The message names the system and the SQL state, never a value.
 */
public final class CompanyDataUnavailable extends RuntimeException {
  private final String systemId;

  public CompanyDataUnavailable(String systemId, String sqlState) {
    super(
        "the company system '"
            + systemId
            + "' cannot be searched now (SQL state "
            + sqlState
            + ")");
    this.systemId = systemId;
  }

  public String systemId() {
    return systemId;
  }
}
