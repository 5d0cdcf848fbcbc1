package dev.rightful.metrics;

import dev.rightful.staff.Authenticator;
import dev.rightful.staff.Scope;
import dev.rightful.staff.ServiceTokens;
import dev.rightful.web.ApiProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * {@code GET /metrics}: the Prometheus text format, for a service token with the scope {@code
 * metrics:read} (docs/metrics.md). No credentials, or a token that is unknown, expired or revoked,
 * is a 401; a valid token without the scope (a staff role's, a consent client's) a 403. The service
 * token is checked through {@link ServiceTokens}, so a scrape costs no token look-up in the
 * database. Thread-safe.
 */
public final class MetricsRoutes {
  public static final String PATH = "/metrics";

  private final PrometheusMeterRegistry registry;
  private final ServiceTokens services;
  private final Authenticator authenticator;

  public MetricsRoutes(
      PrometheusMeterRegistry registry, ServiceTokens services, Authenticator authenticator) {
    this.registry = registry;
    this.services = services;
    this.authenticator = authenticator;
  }

  public void register(RoutesConfig routes) {
    routes.get(PATH, this::scrape);
  }

  private void scrape(Context ctx) {
    boolean allowed =
        services
            .findService(ctx.header("Authorization"))
            .filter(token -> token.has(Scope.METRICS_READ))
            .isPresent();
    if (!allowed) {
      // 401 when no valid token at all; past this line the token is valid and lacks the scope.
      authenticator.authenticate(ctx);
      ctx.header(
          "WWW-Authenticate",
          "Bearer error=\"insufficient_scope\", scope=\"" + Scope.METRICS_READ.key() + "\"");
      throw new ApiProblem(
          403,
          "Forbidden",
          "Metrics need a service token with the scope " + Scope.METRICS_READ.key() + ".",
          "Authorization");
    }
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }
}
