package dev.rightful.web;

import io.javalin.http.Context;

/**
 * Sets the security headers every response carries: a strict Content-Security-Policy (no inline
 * script anywhere; Swagger UI's page alone may use inline styles), no sniffing, no framing, no
 * referrer, and HSTS when served over HTTPS.
 */
public final class SecurityHeaders {
  static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none';"
          + " base-uri 'none'; object-src 'none'";
  static final String SWAGGER_CSP =
      CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

  private final boolean https;

  public SecurityHeaders(boolean https) {
    this.https = https;
  }

  public void apply(Context ctx) {
    ctx.header("Content-Security-Policy", ctx.path().startsWith("/swagger") ? SWAGGER_CSP : CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    if (https) {
      ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }
    if (ctx.path().startsWith("/api/") || ctx.path().startsWith("/admin")) {
      ctx.header("Cache-Control", "no-store");
    }
  }
}
