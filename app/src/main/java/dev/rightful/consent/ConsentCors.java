package dev.rightful.consent;

import io.javalin.http.Context;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Cross-origin access to the browser endpoints for {@code /consent.js} on the company's site: only
 * the listed origins (the data map's website, Rightful's public URL and any configured), with
 * credentials so the device cookie travels. The same list guards writes against cross-site
 * requests. Immutable and thread-safe.
 */
final class ConsentCors {
  private final Set<String> origins;

  ConsentCors(Set<String> origins) {
    Set<String> normalized = new LinkedHashSet<>();
    for (String origin : origins) {
      String o = origin(origin);
      if (o != null) {
        normalized.add(o);
      }
    }
    this.origins = Set.copyOf(normalized);
  }

  /** {@code scheme://host[:port]} of a URL, or null when it is not one. */
  static String origin(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = URI.create(url.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      return uri.getScheme()
          + "://"
          + uri.getHost()
          + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Whether the request comes from Rightful itself or an allowed origin (or sends no Origin). */
  boolean allowed(Context ctx) {
    String origin = ctx.header("Origin");
    return origin == null || sameOrigin(ctx, origin) || origins.contains(origin);
  }

  /** Adds the CORS response headers when the request's origin is allowed and foreign. */
  void apply(Context ctx) {
    String origin = ctx.header("Origin");
    ctx.header("Vary", "Origin");
    if (origin != null && !sameOrigin(ctx, origin) && origins.contains(origin)) {
      ctx.header("Access-Control-Allow-Origin", origin);
      ctx.header("Access-Control-Allow-Credentials", "true");
    }
  }

  /** Answers a preflight request. */
  void preflight(Context ctx) {
    if (!allowed(ctx)) {
      ctx.status(403);
      return;
    }
    apply(ctx);
    ctx.header("Access-Control-Allow-Methods", "GET, POST");
    ctx.header("Access-Control-Allow-Headers", "Content-Type");
    ctx.header("Access-Control-Max-Age", "600");
    ctx.status(204);
  }

  private static boolean sameOrigin(Context ctx, String origin) {
    return origin.equals(ctx.scheme() + "://" + ctx.host());
  }
}
