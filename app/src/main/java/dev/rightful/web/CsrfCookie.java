package dev.rightful.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A random nonce in a cookie of its own: what a {@link Csrf} token is bound to on forms shown
 * before any session exists (sign-in, privacy center). HttpOnly, a browser-session cookie (closing
 * the browser ends it, and forms then need a reload). Immutable and thread-safe.
 *
 * @param name the cookie's name
 * @param path the cookie's path: the form's pages only
 * @param sameSite Strict where no link from another site needs it, Lax otherwise
 * @param secure whether the cookie is marked Secure (Rightful served over HTTPS)
 */
public record CsrfCookie(String name, String path, SameSite sameSite, boolean secure) {
  private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The browser's nonce, or null when it sent none or one this install would not make. */
  public String find(Context ctx) {
    String nonce = ctx.cookie(name);
    return nonce != null && NONCE.matcher(nonce).matches() ? nonce : null;
  }

  /** The browser's nonce, or a new one set as its cookie: for the page that shows a form. */
  public String getOrIssue(Context ctx) {
    String nonce = find(ctx);
    if (nonce == null) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      ctx.cookie(new Cookie(name, nonce, path, -1, secure, true, null, sameSite));
    }
    return nonce;
  }

  /** Removes the cookie, once its form has done its job. */
  public void clear(Context ctx) {
    ctx.cookie(new Cookie(name, "", path, 0, secure, true, null, sameSite));
  }
}
