package dev.rightful.center;

import dev.rightful.crypto.DerivedSecrets;
import dev.rightful.web.Csrf;
import dev.rightful.web.CsrfCookie;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.util.List;

/**
 * The privacy center's use of {@link Csrf}: its public forms have no session, so each token is
 * bound to a nonce cookie (SameSite=Lax, path {@value #PATH}), and {@link #handle} refuses every
 * POST under {@value #PATH} without a valid token with the "form has expired" page. Thread-safe.
 */
public final class CenterCsrf {
  /** The hidden form field every privacy center form carries. */
  public static final String FIELD = Csrf.FIELD;

  /** The cookie holding the browser's nonce. */
  public static final String COOKIE = "rightful_center_csrf";

  /** The paths whose POSTs the guard checks. */
  public static final String PATH = "/privacy/requests";

  // The purpose is part of every signature: changing it would void the forms open in browsers.
  private static final String PURPOSE = "center-form";

  private final Csrf csrf;
  private final CsrfCookie cookie;

  /** The guard of this install, signing with its derived secret for this purpose. */
  public static CenterCsrf from(DerivedSecrets secrets, Clock clock, boolean secureCookie) {
    return new CenterCsrf(secrets.all(PURPOSE), clock, secureCookie);
  }

  /**
   * @param secrets the secrets to check with, the one to sign with first
   * @param secureCookie whether the cookie is marked Secure (Rightful served over HTTPS)
   */
  public CenterCsrf(List<byte[]> secrets, Clock clock, boolean secureCookie) {
    this.csrf = new Csrf(PURPOSE, secrets, clock);
    this.cookie = new CsrfCookie(COOKIE, PATH, SameSite.LAX, secureCookie);
  }

  /** The token for the form on the page being rendered; sets the nonce cookie if needed. */
  public String token(Context ctx) {
    return csrf.token(cookie.getOrIssue(ctx));
  }

  /** The before-handler: refuses a state-changing center request without a valid token. */
  public void handle(Context ctx) {
    if (ctx.method() == HandlerType.POST
        && ctx.path().startsWith(PATH)
        && !csrf.passes(ctx, cookie.find(ctx))) {
      throw new PageProblem(
          403,
          "This form has expired",
          "Nothing was sent. Go back, reload the page and send the form again. Your browser must"
              + " accept cookies from this site for the form to work.");
    }
  }
}
