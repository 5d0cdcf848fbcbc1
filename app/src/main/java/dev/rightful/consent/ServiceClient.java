package dev.rightful.consent;

import java.util.Set;

/**
 * A machine client of the consent API, as its bearer token names it. Immutable.
 *
 * @param name how the audit log names the token, {@code token:ID}: its id, never its secret
 * @param scopes what it may do
 */
public record ServiceClient(String name, Set<ServiceScope> scopes) {
  public ServiceClient {
    scopes = Set.copyOf(scopes);
  }

  public boolean may(ServiceScope scope) {
    return scopes.contains(scope);
  }
}
