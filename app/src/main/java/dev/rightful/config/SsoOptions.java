package dev.rightful.config;

/**
 * The options of staff single sign-on with OpenID Connect, listed in {@link Options#ALL}. Kept
 * apart so that Options stays readable; single sign-on is on only when the issuer and the client id
 * are both set.
 */
public final class SsoOptions {
  private SsoOptions() {}

  public static final Option OIDC_ISSUER =
      new Option(
          "oidc-issuer",
          OptionType.URL,
          null,
          "Issuer URL of the OpenID Connect provider staff sign in with, e.g."
              + " https://sso.example.com/realms/staff; its /.well-known/openid-configuration is"
              + " read on the first sign-in. With --oidc-client-id, turns single sign-on on.",
          Option.Category.SINGLE_SIGN_ON,
          false);
  public static final Option OIDC_CLIENT_ID =
      new Option(
          "oidc-client-id",
          OptionType.TEXT,
          null,
          "Client id Rightful is registered under at the provider; ID tokens must be issued to it"
              + " (audience). Register <public-url>/admin/oidc/callback as its redirect URI.",
          Option.Category.SINGLE_SIGN_ON,
          false);
  public static final Option OIDC_CLIENT_SECRET =
      new Option(
          "oidc-client-secret",
          OptionType.TEXT,
          null,
          "Client secret (client_secret_basic); unset for a public client, which PKCE protects.",
          Option.Category.SINGLE_SIGN_ON,
          true);
  public static final Option OIDC_ROLES_CLAIM =
      new Option(
          "oidc-roles-claim",
          OptionType.TEXT,
          "roles",
          "ID token claim holding the user's groups or roles (a string or a list); a dotted path"
              + " reaches into an object, e.g. realm_access.roles.",
          Option.Category.SINGLE_SIGN_ON,
          false);
  public static final Option OIDC_ROLE_MAP =
      new Option(
          "oidc-role-map",
          OptionType.TEXT,
          null,
          "Which claim values grant which Rightful role: comma-separated role=value entries, e.g."
              + " admin=privacy-admins,agent=privacy-agents,auditor=privacy-auditors (a role may"
              + " repeat). Several granted: the widest wins. None granted: sign-in refused."
              + " Required with single sign-on.",
          Option.Category.SINGLE_SIGN_ON,
          false);
  public static final Option OIDC_PROVIDER_NAME =
      new Option(
          "oidc-provider-name",
          OptionType.TEXT,
          null,
          "Name on the sign-in button (\"Sign in with NAME\"); defaults to the issuer's host.",
          Option.Category.SINGLE_SIGN_ON,
          false);
  public static final Option OIDC_ONLY =
      new Option(
          "oidc-only",
          OptionType.FLAG,
          "false",
          "'true' turns local passwords off for the console: staff sign in with single sign-on"
              + " only. API tokens keep working.",
          Option.Category.SINGLE_SIGN_ON,
          false);
}
