package dev.rightful.staff;

import dev.rightful.staff.internal.Pages;
import dev.rightful.web.Csrf;
import dev.rightful.web.CsrfCookie;
import io.javalin.http.Context;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.util.List;

/**
 * The console's use of {@link Csrf}: the before-handler that refuses, with 403, every
 * state-changing console request (POST, PUT, PATCH, DELETE under {@code /admin}) that does not
 * carry a valid token in the form field {@value #FIELD} or the header {@value #HEADER}. Runs after
 * {@link SessionGuard}. Thread-safe.
 */
public final class CsrfGuard {
  /*
   * A signed-in page's token is bound to the random value kept with the session on the server
   * (StaffSession.csrfSecret), so a token from another session fails, and signing in again (a new
   * session) means new tokens. The sign-in form has no session yet: its token is bound to a nonce
   * in a SameSite=Strict cookie of its own, set when the form is shown. This stops another site
   * from signing a victim in to an account the attacker controls.
   */
  /** The hidden form field every state-changing console form must include. */
  public static final String FIELD = Csrf.FIELD;

  /** The header a script may send instead of the field. */
  public static final String HEADER = Csrf.HEADER;

  /** The sign-in form's nonce cookie. */
  public static final String LOGIN_COOKIE = "rightful_login_csrf";

  // The purpose is part of every signature: changing it would void the forms open in browsers.
  private static final String PURPOSE = "staff-form";
  private static final String TOKEN = "rightful.staff.csrf";

  private final Csrf csrf;
  private final CsrfCookie loginCookie;

  /**
   * @param secrets the secrets to sign tokens with, the current one first
   * @param secureCookies whether the sign-in cookie is marked Secure (Rightful served over HTTPS)
   */
  public CsrfGuard(List<byte[]> secrets, Clock clock, boolean secureCookies) {
    this.csrf = new Csrf(PURPOSE, secrets, clock);
    this.loginCookie =
        new CsrfCookie(LOGIN_COOKIE, StaffRoutes.LOGIN, SameSite.STRICT, secureCookies);
  }

  public void handle(Context ctx) {
    if (!StaffRoutes.isConsole(ctx.path())) {
      return;
    }
    boolean login = ctx.path().equals(StaffRoutes.LOGIN);
    String boundTo =
        login
            ? loginCookie.find(ctx)
            : SessionGuard.findSession(ctx).map(StaffSession::csrfSecret).orElse(null);
    if (!csrf.passes(ctx, boundTo)) {
      Pages.error(
          ctx,
          403,
          "This form has expired",
          "Go back, reload the page and send the form again. Cookies must be enabled.");
      ctx.skipRemainingHandlers();
      return;
    }
    if (!login && boundTo != null) {
      ctx.attribute(TOKEN, csrf.token(boundTo));
    }
  }

  /** The token console templates put in their forms' {@value #FIELD} field. */
  public static String token(Context ctx) {
    String token = ctx.attribute(TOKEN);
    if (token == null) {
      throw new IllegalStateException(ctx.path() + " is not behind the guard");
    }
    return token;
  }

  /** The sign-in form's token; sets the nonce cookie if the browser has none. */
  String loginToken(Context ctx) {
    return csrf.token(loginCookie.getOrIssue(ctx));
  }

  /** Removes the sign-in form's cookie once signed in. */
  void clearLogin(Context ctx) {
    loginCookie.clear(ctx);
  }
}
