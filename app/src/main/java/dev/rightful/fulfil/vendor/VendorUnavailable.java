package dev.rightful.fulfil.vendor;

/**
 * A vendor system could not be reached or did not accept the request (connection refused, a
 * timeout, an HTTP status other than 2xx, its endpoint or secret unset): the step is retried with
 * backoff and blocked after the last attempt, like a company database that stays down. The message
 * names the system and the status or exception class, never a value.
 */
public final class VendorUnavailable extends RuntimeException {
  public VendorUnavailable(String system, String reason) {
    super("vendor system '" + system + "' unavailable: " + reason);
  }
}
