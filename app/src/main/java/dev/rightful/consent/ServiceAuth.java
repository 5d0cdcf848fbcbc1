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

  /** Refuses every request: the service API stays closed until staff tokens are wired in. */
  static ServiceAuth none() {
    return ctx -> Optional.empty();
  }
}
