package dev.rightful.staff;

import dev.rightful.staff.internal.Cookies;
import dev.rightful.staff.internal.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URI;

/**
 * The console's single sign-on routes: {@value #START} sends the browser to the provider with a new
 * pre-session, {@value #CALLBACK} is where the provider sends it back. Neither needs a session.
 */
final class OidcRoutes {
  static final String PREFIX = "/admin/oidc/";
  static final String START = PREFIX + "start";
  static final String CALLBACK = PREFIX + "callback";

  /** The pre-session's cookie. */
  static final String COOKIE = "rightful_oidc";

  /*
   * The pre-session cookie is SameSite=Lax, not Strict like the console's: the provider's redirect
   * back is a navigation from another site, which a browser sends Lax cookies with but not Strict
   * ones. For the same reason the callback does not redirect to the console: a redirect would
   * still count as coming from the provider's site, and the new Strict session cookie would not be
   * sent with it. It answers with a page that moves on to the console from our own origin.
   */
  private static final int PRE_SESSION_SECONDS = 600;

  private final OidcLogin oidc;
  private final Cookies cookies;
  private final boolean secure;

  OidcRoutes(OidcLogin oidc, Cookies cookies, boolean secure) {
    this.oidc = oidc;
    this.cookies = cookies;
    this.secure = secure;
  }

  void register(RoutesConfig routes) {
    routes.get(START, this::start);
    routes.get(CALLBACK, this::callback);
  }

  private void start(Context ctx) {
    OidcPreSession pre = OidcPreSession.start();
    URI target;
    try {
      target = oidc.begin(pre);
    } catch (OidcRefusal refusal) {
      Pages.error(ctx, refusal.status(), refusal.title(), refusal.getMessage());
      return;
    }
    ctx.cookie(
        new Cookie(
            COOKIE, pre.secret(), PREFIX, PRE_SESSION_SECONDS, secure, true, null, SameSite.LAX));
    ctx.redirect(target.toString(), HttpStatus.SEE_OTHER);
  }

  private void callback(Context ctx) {
    OidcPreSession pre = OidcPreSession.of(ctx.cookie(COOKIE));
    // One use only: a replayed callback finds no pre-session.
    ctx.cookie(new Cookie(COOKIE, "", PREFIX, 0, secure, true, null, SameSite.LAX));
    // The registered redirect URI, not the URL as this node saw it behind a proxy: only the
    // query (code, state or error) comes from the request.
    String query = ctx.queryString();
    URI callback = URI.create(oidc.settings().redirectUri() + (query == null ? "" : "?" + query));
    try {
      SessionStore.Opened opened = oidc.finish(callback, pre, ctx.cookie(SessionGuard.COOKIE));
      cookies.set(ctx, SessionGuard.COOKIE, opened.id(), SessionGuard.COOKIE_PATH);
      ctx.header("Cache-Control", "no-store");
      Pages.render(ctx, 200, "continue", StaffRoutes.HOME);
    } catch (OidcRefusal refusal) {
      Pages.error(ctx, refusal.status(), refusal.title(), refusal.getMessage());
    }
  }
}
