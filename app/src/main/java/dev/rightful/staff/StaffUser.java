package dev.rightful.staff;

import java.time.Instant;

/** A console account as the application sees it; the password hash never leaves the store. */
public record StaffUser(
    long id, String username, Role role, boolean enabled, Instant createdAt, Instant lastLoginAt) {

  public Principal principal() {
    return new Principal(username, role);
  }
}
