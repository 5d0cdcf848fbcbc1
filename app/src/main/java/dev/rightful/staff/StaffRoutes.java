package dev.rightful.staff;

import dev.rightful.staff.internal.Cookies;
import dev.rightful.staff.internal.HomePage;
import dev.rightful.staff.internal.LoginPage;
import dev.rightful.staff.internal.Pages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The console's sign-in, sign-out and landing page, and the two guards every {@code /admin} route
 * passes: {@link SessionGuard} (signed in?) and {@link CsrfGuard} (form from our page?). Register
 * before any other {@code /admin} route. Works without JavaScript.
 */
public final class StaffRoutes {
  public static final String HOME = "/admin";
  public static final String LOGIN = "/admin/login";
  public static final String LOGOUT = "/admin/logout";

  private final Staff staff;
  private final Clock clock;
  private final Cookies cookies;
  private final SessionGuard sessionGuard;
  private final CsrfGuard csrfGuard;
  private final boolean devMode;
  private final OidcLogin oidc;
  private final boolean secureCookies;

  /**
   * @param formSecrets the secrets that sign the console's CSRF tokens, the current one first
   * @param secureCookies whether Rightful is served over HTTPS (its public URL starts with https:),
   *     so that cookies get the Secure attribute
   * @param devMode whether this is start-dev, whose landing page links the dev outbox
   * @param oidc single sign-on, or null when it is off
   */
  public StaffRoutes(
      Staff staff,
      List<byte[]> formSecrets,
      Clock clock,
      boolean secureCookies,
      boolean devMode,
      OidcLogin oidc) {
    this.staff = staff;
    this.oidc = oidc;
    this.clock = clock;
    this.devMode = devMode;
    this.secureCookies = secureCookies;
    this.cookies = new Cookies(secureCookies);
    this.sessionGuard = new SessionGuard(staff.sessions(), cookies);
    this.csrfGuard = new CsrfGuard(formSecrets, clock, secureCookies);
  }

  public void register(RoutesConfig routes) {
    if (oidc != null && oidc.settings().only()) {
      routes.before(this::refusePasswords);
    }
    routes.before(sessionGuard::handle);
    routes.before(csrfGuard::handle);
    routes.get(LOGIN, this::showLogin);
    routes.post(LOGIN, this::login);
    routes.post(LOGOUT, this::logout);
    routes.get(HOME, this::home);
    if (oidc != null) {
      new OidcRoutes(oidc, cookies, secureCookies).register(routes);
    }
  }

  /** Whether {@code path} is one of the sign-in routes, which need no session. */
  static boolean isSignIn(String path) {
    return path.equals(LOGIN) || path.startsWith(OidcRoutes.PREFIX);
  }

  /** Whether {@code path} is part of the console. */
  static boolean isConsole(String path) {
    return path.equals(HOME) || path.startsWith(HOME + "/");
  }

  private void showLogin(Context ctx) {
    if (staff.sessions().find(ctx.cookie(SessionGuard.COOKIE)).isPresent()) {
      ctx.redirect(HOME, HttpStatus.SEE_OTHER);
      return;
    }
    String notice = ctx.queryParam("signed-out") != null ? "You have signed out." : null;
    Pages.render(ctx, 200, "login", page(ctx, "", null, notice));
  }

  /**
   * With --oidc-only, a password sign-in is refused before the CSRF check, so the answer says why
   * rather than "form expired" (the page has no password form to take a token from).
   */
  private void refusePasswords(Context ctx) {
    if (ctx.method() == HandlerType.POST && ctx.path().equals(LOGIN)) {
      Pages.render(
          ctx,
          403,
          "login",
          page(ctx, "", "Passwords are turned off: sign in with " + providerName() + ".", null));
      ctx.skipRemainingHandlers();
    }
  }

  private void login(Context ctx) {
    String username = ctx.formParam("username");
    StaffLogin.Result result =
        staff
            .login()
            .login(username, ctx.formParam("password"), ctx.ip(), ctx.cookie(SessionGuard.COOKIE));
    if (result instanceof StaffLogin.LoggedIn loggedIn) {
      cookies.set(ctx, SessionGuard.COOKIE, loggedIn.session().id(), SessionGuard.COOKIE_PATH);
      csrfGuard.clearLogin(ctx);
      ctx.redirect(HOME, HttpStatus.SEE_OTHER);
      return;
    }
    StaffLogin.Refused refused = (StaffLogin.Refused) result;
    String error;
    int status;
    if (refused.reason() == StaffLogin.Reason.LOCKED) {
      long seconds =
          Math.max(1, Duration.between(clock.instant(), refused.retryAfter()).toSeconds());
      long minutes = (seconds + 59) / 60;
      ctx.header("Retry-After", Long.toString(seconds));
      error =
          "Too many failed sign-ins. Try again in "
              + minutes
              + (minutes == 1 ? " minute." : " minutes.");
      status = 429;
    } else {
      error = "Wrong username or password.";
      status = 422;
    }
    String typed = username == null ? "" : username.strip();
    Pages.render(ctx, status, "login", page(ctx, typed.length() > 64 ? "" : typed, error, null));
  }

  private LoginPage page(Context ctx, String username, String error, String notice) {
    return new LoginPage(
        csrfGuard.loginToken(ctx),
        username,
        error,
        notice,
        oidc == null ? null : providerName(),
        oidc == null || !oidc.settings().only());
  }

  private String providerName() {
    return oidc.settings().providerName();
  }

  private void logout(Context ctx) {
    staff.login().logout(ctx.cookie(SessionGuard.COOKIE));
    cookies.clear(ctx, SessionGuard.COOKIE, SessionGuard.COOKIE_PATH);
    ctx.redirect(LOGIN + "?signed-out", HttpStatus.SEE_OTHER);
  }

  private void home(Context ctx) {
    StaffSession session = SessionGuard.session(ctx);
    Pages.render(
        ctx,
        200,
        "home",
        new HomePage(session.username(), session.role(), CsrfGuard.token(ctx), devMode));
  }
}
