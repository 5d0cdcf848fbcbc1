package dev.rightful.staff;

import dev.rightful.staff.internal.Pages;
import dev.rightful.staff.internal.Secrets;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Set;

/**
 * The before-handler that refuses, with 403, every state-changing console request (POST, PUT,
 * PATCH, DELETE under {@code /admin}) that does not carry the session's CSRF token in the form
 * field {@value #FIELD} or the header {@value #HEADER}. Runs after {@link SessionGuard}.
 * Thread-safe.
 */
public final class CsrfGuard {
  /*
   * Synchronizer token pattern: the token is random per session, kept server-side with the
   * session, written into each form as a hidden input, and compared in constant time. Another
   * site can make a browser post a form, but cannot read our pages to learn the token.
   *
   * The sign-in form has no session yet. It uses a double-submit cookie instead: showing the form
   * sets a random SameSite=Strict cookie and puts the same value in the form; the post must carry
   * both. This stops another site from signing a victim in to an account the attacker controls.
   */
  /** The hidden form field every state-changing console form must include. */
  public static final String FIELD = "_csrf";

  /** The header a script may send instead of the field. */
  public static final String HEADER = "X-CSRF-Token";

  /** The sign-in form's double-submit cookie. */
  public static final String LOGIN_COOKIE = "rightful_login_csrf";

  private static final Set<HandlerType> STATE_CHANGING =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  public void handle(Context ctx) {
    if (!StaffRoutes.isConsole(ctx.path()) || !STATE_CHANGING.contains(ctx.method())) {
      return;
    }
    String expected =
        ctx.path().equals(StaffRoutes.LOGIN)
            ? ctx.cookie(LOGIN_COOKIE)
            : SessionGuard.findSession(ctx).map(StaffSession::csrfToken).orElse(null);
    String given = ctx.header(HEADER) != null ? ctx.header(HEADER) : ctx.formParam(FIELD);
    if (!Secrets.constantTimeEquals(expected, given)) {
      Pages.error(
          ctx,
          403,
          "This form has expired",
          "Go back, reload the page and send the form again. Cookies must be enabled.");
      ctx.skipRemainingHandlers();
    }
  }

  /** The token console templates put in their forms' {@value #FIELD} field. */
  public static String token(Context ctx) {
    return SessionGuard.session(ctx).csrfToken();
  }
}
