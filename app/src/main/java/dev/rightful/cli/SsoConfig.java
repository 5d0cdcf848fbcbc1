package dev.rightful.cli;

import dev.rightful.config.Config;
import dev.rightful.config.ConfigException;
import dev.rightful.config.Option;
import dev.rightful.config.SsoOptions;
import dev.rightful.staff.OidcSettings;
import dev.rightful.staff.RoleMap;
import java.net.URI;
import java.util.Optional;

/** The single sign-on options as {@link OidcSettings}, each problem naming its option. */
final class SsoConfig {
  private SsoConfig() {}

  /**
   * Single sign-on, or null when neither issuer nor client id is set.
   *
   * @param publicUrl where Rightful is reached, for the redirect URI; null if unknown
   */
  static OidcSettings oidc(Config config, String publicUrl) {
    Optional<String> issuer = config.find(SsoOptions.OIDC_ISSUER);
    Optional<String> clientId = config.find(SsoOptions.OIDC_CLIENT_ID);
    boolean only = config.get(SsoOptions.OIDC_ONLY).equals("true");
    if (issuer.isEmpty() && clientId.isEmpty()) {
      if (only) {
        throw needs(config, SsoOptions.OIDC_ONLY, SsoOptions.OIDC_ISSUER);
      }
      return null;
    }
    if (issuer.isEmpty()) {
      throw needs(config, SsoOptions.OIDC_CLIENT_ID, SsoOptions.OIDC_ISSUER);
    }
    if (clientId.isEmpty()) {
      throw needs(config, SsoOptions.OIDC_ISSUER, SsoOptions.OIDC_CLIENT_ID);
    }
    Optional<String> map = config.find(SsoOptions.OIDC_ROLE_MAP);
    if (map.isEmpty()) {
      throw needs(config, SsoOptions.OIDC_ISSUER, SsoOptions.OIDC_ROLE_MAP);
    }
    RoleMap roles;
    try {
      roles = RoleMap.parse(map.get());
    } catch (IllegalArgumentException e) {
      throw new ConfigException(config.describe(SsoOptions.OIDC_ROLE_MAP) + ": " + e.getMessage());
    }
    if (publicUrl == null) {
      throw new ConfigException(
          config.describe(SsoOptions.OIDC_ISSUER)
              + " needs --public-url (or a fixed --port with start-dev): the provider sends"
              + " staff back to <public-url>/admin/oidc/callback");
    }
    URI issuerUri = URI.create(issuer.get());
    String claim = config.get(SsoOptions.OIDC_ROLES_CLAIM).strip();
    if (claim.isEmpty() || claim.startsWith(".") || claim.endsWith(".")) {
      throw new ConfigException(
          config.describe(SsoOptions.OIDC_ROLES_CLAIM)
              + " must be a claim name or a dotted path such as realm_access.roles");
    }
    return new OidcSettings(
        issuerUri,
        clientId.get().strip(),
        config.find(SsoOptions.OIDC_CLIENT_SECRET).orElse(null),
        claim,
        roles,
        config.find(SsoOptions.OIDC_PROVIDER_NAME).orElse(issuerUri.getHost()),
        URI.create(publicUrl.replaceAll("/+$", "") + "/admin/oidc/callback"),
        only);
  }

  private static ConfigException needs(Config config, Option set, Option missing) {
    return new ConfigException(
        config.describe(set) + " needs " + missing.flag() + " too (single sign-on)");
  }
}
