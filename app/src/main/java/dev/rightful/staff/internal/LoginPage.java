package dev.rightful.staff.internal;

/**
 * What the sign-in page shows.
 *
 * @param username what was typed, to keep it after a refusal; empty on first view
 * @param error why the last attempt was refused, or null
 * @param notice a status such as "You have signed out.", or null
 * @param ssoProvider the single sign-on provider's name for its button, or null when it is off
 * @param passwords whether the username and password form is shown (not with --oidc-only)
 */
public record LoginPage(
    String csrfToken,
    String username,
    String error,
    String notice,
    String ssoProvider,
    boolean passwords) {}
