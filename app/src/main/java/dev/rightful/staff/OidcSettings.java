package dev.rightful.staff;

import java.net.URI;

/**
 * Staff single sign-on with an OpenID Connect provider (docs/staff-access.md). Immutable.
 *
 * @param issuer the provider's issuer URL, exactly as its ID tokens name it
 * @param clientId the client id Rightful is registered under; ID tokens must be issued to it
 * @param clientSecret the client secret, or null for a public client (PKCE alone)
 * @param rolesClaim the ID token claim with the user's groups or roles; dots reach into objects
 * @param roles which claim values grant which role
 * @param providerName what the sign-in button calls the provider
 * @param redirectUri {@code <public-url>/admin/oidc/callback}, registered at the provider
 * @param only whether local passwords are turned off for the console
 */
public record OidcSettings(
    URI issuer,
    String clientId,
    String clientSecret,
    String rolesClaim,
    RoleMap roles,
    String providerName,
    URI redirectUri,
    boolean only) {

  @Override
  public String toString() {
    return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + "]"; // no secret in logs
  }
}
