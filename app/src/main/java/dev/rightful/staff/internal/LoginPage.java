package dev.rightful.staff.internal;

/**
 * What the sign-in page shows.
 *
 * @param username what was typed, to keep it after a refusal; empty on first view
 * @param error why the last attempt was refused, or null
 * @param notice a status such as "You have signed out.", or null
 */
public record LoginPage(String csrfToken, String username, String error, String notice) {}
