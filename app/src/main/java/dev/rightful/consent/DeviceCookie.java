package dev.rightful.consent;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The first-party {@code rightful_device} cookie that names a browser in the ledger: 128 random
 * bits, HttpOnly, SameSite=Lax (so the company's own subdomains send it and other sites do not),
 * Secure over HTTPS, kept 400 days (the most browsers allow). Thread-safe.
 */
final class DeviceCookie {
  static final String NAME = "rightful_device";
  private static final int MAX_AGE_SECONDS = 400 * 24 * 3600;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final boolean secure;

  DeviceCookie(boolean secure) {
    this.secure = secure;
  }

  /**
   * The browser's device id, or null when it has none (or a malformed one). An id issued earlier in
   * the same request counts, so a filter and a handler agree on one id.
   */
  String find(Context ctx) {
    String issued = ctx.attribute(NAME);
    if (issued != null) {
      return issued;
    }
    String id = ctx.cookie(NAME);
    return ConsentSubject.isDeviceId(id) ? id : null;
  }

  /** The browser's device id, issuing a new cookie when it has none. */
  String getOrIssue(Context ctx) {
    String id = find(ctx);
    if (id == null) {
      id = fresh();
      issue(ctx, id);
    }
    return id;
  }

  void issue(Context ctx, String id) {
    Cookie cookie = new Cookie(NAME, id, "/", MAX_AGE_SECONDS, secure, true, null, SameSite.LAX);
    ctx.cookie(cookie);
    ctx.attribute(NAME, id);
  }

  static String fresh() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
