package dev.rightful.staff.internal;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;

/**
 * Sets and clears the console's cookies: HttpOnly (scripts cannot read them), SameSite=Strict (no
 * other site's page can make the browser send them) and Secure when Rightful is served over HTTPS.
 */
public final class Cookies {
  private final boolean secure;

  public Cookies(boolean secure) {
    this.secure = secure;
  }

  /** A browser-session cookie: the server decides when the session ends. */
  public void set(Context ctx, String name, String value, String path) {
    ctx.cookie(new Cookie(name, value, path, -1, secure, true, null, SameSite.STRICT));
  }

  public void clear(Context ctx, String name, String path) {
    ctx.cookie(new Cookie(name, "", path, 0, secure, true, null, SameSite.STRICT));
  }
}
