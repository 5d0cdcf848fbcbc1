package dev.rightful.staff;

import java.time.Instant;

/**
 * A state change in staff access, reported to the {@link AuditSink}. Holds no password, token,
 * session id or client address.
 *
 * @param kind what happened
 * @param at when, from the injected clock
 * @param actor who did it: a username, {@code token:ID}, {@code cli}, {@code bootstrap}, or {@code
 *     anonymous} for a failed sign-in
 * @param subject what it was done to: a username or {@code token:ID}; null for a failed sign-in
 *     with an unknown username (the typed text may be a password)
 * @param detail a short reason or attribute, e.g. {@code role=agent} or {@code locked}; never
 *     personal information
 */
public record StaffEvent(Kind kind, Instant at, String actor, String subject, String detail) {

  /** The kinds of staff-access events. */
  public enum Kind {
    USER_CREATED,
    USER_DISABLED,
    USER_ENABLED,
    ROLE_CHANGED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    LOGGED_OUT,
    TOKEN_CREATED,
    TOKEN_REVOKED
  }
}
