package dev.rightful.consent;

import io.javalin.http.Context;

/**
 * Tells whether a request comes from a machine client holding a staff token of role {@code
 * service}. The staff capability's bearer-token authenticator implements it; the decision and
 * ledger APIs call nothing else. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ServiceAuth {
  boolean isService(Context ctx);

  /** Refuses every request: the service API stays closed until staff tokens are wired in. */
  static ServiceAuth none() {
    return ctx -> false;
  }
}
