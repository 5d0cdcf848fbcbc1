package dev.rightful.consent;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The origins whose pages may call the browser endpoints for {@code /consent.js} on the company's
 * site (the data map's website, Rightful's public URL and any configured): Javalin's CORS plugin
 * answers them, with credentials so the device cookie travels, and the same list guards writes
 * against cross-site requests. Immutable and thread-safe.
 */
final class ConsentCors {
  /*
   * The CORS headers only let an allowed page read our answers. Refusing a write from another
   * origin is a separate, security check (allowed): a plain form post or a fetch without reading
   * the answer needs no CORS permission, so without it any site could record choices for a
   * visitor. Same-origin requests (Rightful's own pages use the cookie tool too) are always
   * allowed; the plugin cannot know Rightful's own origin when no public URL is set, so it answers
   * them as it answers an origin it does not list (400), and the handlers set their status.
   */
  private final List<String> origins;

  ConsentCors(Set<String> origins) {
    Set<String> normalized = new LinkedHashSet<>();
    for (String origin : origins) {
      String o = origin(origin);
      if (o != null) {
        normalized.add(o);
      }
    }
    this.origins = List.copyOf(normalized);
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

  /** Registers Javalin's CORS plugin for {@code paths}, when any origin is allowed. */
  void register(JavalinConfig config, String... paths) {
    if (origins.isEmpty()) {
      return;
    }
    config.bundledPlugins.enableCors(
        cors -> {
          for (String path : paths) {
            cors.addRule(
                rule -> {
                  rule.path = path;
                  rule.allowCredentials = true;
                  rule.maxAge = 600;
                  origins.forEach(rule::allowHost);
                });
          }
        });
  }

  /** Whether the request comes from Rightful itself or an allowed origin (or sends no Origin). */
  boolean allowed(Context ctx) {
    String origin = ctx.header("Origin");
    return origin == null || sameOrigin(ctx, origin) || origins.contains(origin);
  }

  /**
   * Marks the answer as depending on the Origin header and gives it status 200, whatever the plugin
   * set: only allowed pages can read it (the plugin adds the CORS headers for them alone), and
   * Rightful's own pages must get theirs.
   */
  void answer(Context ctx) {
    ctx.header("Vary", "Origin");
    ctx.status(200);
  }

  /** Answers a preflight request; the plugin has set its headers. */
  void preflight(Context ctx) {
    ctx.status(allowed(ctx) ? 204 : 403);
  }

  private static boolean sameOrigin(Context ctx, String origin) {
    return origin.equals(ctx.scheme() + "://" + ctx.host());
  }
}
