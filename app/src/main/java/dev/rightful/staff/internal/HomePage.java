package dev.rightful.staff.internal;

import dev.rightful.staff.Role;

/**
 * What the console's landing page shows: who is signed in, links for their role (the dev outbox in
 * start-dev only), and the sign-out form's token.
 */
public record HomePage(String username, Role role, String csrfToken, boolean devMode) {
  /** Whether the role works requests (enters, verifies, extends, denies, completes). */
  public boolean canAct() {
    return role == Role.ADMIN || role == Role.AGENT;
  }

  /** Whether the role reads the §7102 metrics. */
  public boolean canReadReports() {
    return role == Role.ADMIN || role == Role.AUDITOR;
  }
}
