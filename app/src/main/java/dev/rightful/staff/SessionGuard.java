package dev.rightful.staff;

import dev.rightful.staff.internal.Cookies;
import dev.rightful.staff.internal.Pages;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * The before-handler that makes every console page under {@code /admin} (except sign-in) need a
 * live session: a page view without one is redirected to sign-in, a form post without one gets 403.
 * Console handlers read the session with {@link #session(Context)}. Thread-safe.
 */
public final class SessionGuard {
  /** The session cookie's name. */
  public static final String COOKIE = "rightful_session";

  /** The session cookie's path: the console only, never the consumer pages or the API. */
  public static final String COOKIE_PATH = "/admin";

  private static final String ATTRIBUTE = "rightful.staff.session";

  private final SessionStore sessions;
  private final Cookies cookies;

  public SessionGuard(SessionStore sessions, Cookies cookies) {
    this.sessions = sessions;
    this.cookies = cookies;
  }

  public void handle(Context ctx) {
    if (!StaffRoutes.isConsole(ctx.path()) || StaffRoutes.isSignIn(ctx.path())) {
      return;
    }
    String cookie = ctx.cookie(COOKIE);
    Optional<StaffSession> session = sessions.find(cookie);
    if (session.isPresent()) {
      ctx.attribute(ATTRIBUTE, session.get());
      return;
    }
    if (cookie != null) {
      cookies.clear(ctx, COOKIE, COOKIE_PATH);
    }
    if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD) {
      ctx.redirect(StaffRoutes.LOGIN, HttpStatus.SEE_OTHER);
    } else {
      Pages.error(
          ctx, 403, "Your session has ended", "Sign in again, then repeat what you were doing.");
    }
    ctx.skipRemainingHandlers();
  }

  /** The request's session; present on every console route this guard let through. */
  public static Optional<StaffSession> findSession(Context ctx) {
    return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
  }

  /** The request's session, or an {@link IllegalStateException} outside the console. */
  public static StaffSession session(Context ctx) {
    return findSession(ctx)
        .orElseThrow(() -> new IllegalStateException(ctx.path() + " is not behind the guard"));
  }

  /** The signed-in principal, after checking it has one of {@code allowed} (403 otherwise). */
  public static Principal requireRole(Context ctx, Role... allowed) {
    Principal principal = session(ctx).principal();
    if (!principal.hasAnyRole(allowed)) {
      throw new ForbiddenResponse("Your role may not do this.");
    }
    return principal;
  }
}
