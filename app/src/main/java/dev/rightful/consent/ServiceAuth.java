package dev.rightful.consent;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * Finds the machine client of a request: a live staff token of role {@code service}, with its id
 * and scopes. The staff capability's bearer-token check implements it; the decision and ledger APIs
 * call nothing else. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ServiceAuth {
  /** The client whose live service token the request carries; empty for none or another. */
  Optional<ServiceClient> client(Context ctx);

  /**
   * Whether the request carries a live token that is not a service token (a staff token): such a
   * caller has valid credentials without the right, so it gets 403 rather than 401.
   */
  default boolean otherRole(Context ctx) {
    return false;
  }

  /** Refuses every request: the service API stays closed until staff tokens are wired in. */
  static ServiceAuth none() {
    return ctx -> Optional.empty();
  }
}
