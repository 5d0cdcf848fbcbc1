package dev.rightful.console;

import dev.rightful.staff.CsrfGuard;
import dev.rightful.staff.Principal;
import dev.rightful.staff.Role;
import dev.rightful.staff.SessionGuard;
import dev.rightful.staff.StaffSession;
import io.javalin.http.Context;

/**
 * The signed-in member of staff as console pages see them: name, role and the CSRF token their
 * forms carry. Immutable.
 */
public record ConsoleUser(String username, Role role, String csrfToken) {
  /** The roles that work requests: everyone but the auditor, who only reads. */
  static final Role[] ACT = {Role.ADMIN, Role.AGENT};

  /** The roles that read the §7102 report, as on the API. */
  static final Role[] REPORTS = {Role.ADMIN, Role.AUDITOR};

  /** The signed-in member of staff of a console request, with this page's CSRF token. */
  static ConsoleUser of(Context ctx) {
    StaffSession session = SessionGuard.session(ctx);
    return new ConsoleUser(session.username(), session.role(), CsrfGuard.token(ctx));
  }

  /** Whether this user may act on requests: enter, verify, extend, deny, complete, note. */
  public boolean canAct() {
    return principal().hasAnyRole(ACT);
  }

  /** Whether this user may place and release legal holds: admins, as on the API. */
  public boolean canChangeHolds() {
    return role == Role.ADMIN;
  }

  /** Whether this user may read the §7102 metrics. */
  public boolean canReadReports() {
    return principal().hasAnyRole(REPORTS);
  }

  /** The audit log's name for this user, as the staff API names its callers. */
  public String actor() {
    return "staff:" + username;
  }

  private Principal principal() {
    return new Principal(username, role);
  }
}
