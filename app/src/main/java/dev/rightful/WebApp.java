package dev.rightful;

import dev.rightful.center.CenterRoutes;
import dev.rightful.requests.InvalidSubmission;
import dev.rightful.requests.RequestNotFound;
import dev.rightful.requests.RequestRuleViolation;
import dev.rightful.store.Database;
import dev.rightful.web.ApiProblem;
import dev.rightful.web.BodyRules;
import dev.rightful.web.ClientAddresses;
import dev.rightful.web.Json;
import dev.rightful.web.ProblemJson;
import dev.rightful.web.SecurityHeaders;
import dev.rightful.web.ServerModule;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the HTTP application: security headers, body rules, the modules' routes, problem-details
 * errors and request logging. The web layer holds no business rules; handlers call feature
 * services.
 */
public final class WebApp {
  private static final Logger log = LoggerFactory.getLogger("http");

  /** What a 503 tells a client to wait before retrying while the database is unavailable. */
  private static final Duration RETRY_AFTER = Duration.ofSeconds(5);

  private WebApp() {}

  /**
   * @param https whether consumers reach the server over HTTPS (the HSTS header)
   * @param clients how a request's client address is told, for rate limits ({@code ctx.ip()})
   * @param modules whose routes are registered, in this order, after the security headers and body
   *     rules
   */
  public static Javalin create(boolean https, ClientAddresses clients, List<ServerModule> modules) {
    SecurityHeaders headers = new SecurityHeaders(https);
    return Javalin.create(
        config -> {
          config.startup.showJavalinBanner = false;
          config.contextResolver.ip =
              ctx ->
                  clients.resolve(
                      ctx.req().getRemoteAddr(),
                      java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For")));
          config.startup.showOldJavalinVersionWarning = false;
          config.http.maxRequestSize = 1_000_000;
          config.jsonMapper(new JavalinJackson(Json.mapper(), false));
          config.staticFiles.add(
              files -> {
                files.hostedPath = "/assets";
                files.directory = "/web/assets";
                files.location = Location.CLASSPATH;
              });
          config.staticFiles.enableWebjars();
          config.jetty.modifyServer(server -> server.setStopTimeout(10_000));
          config.requestLogger.http(
              // Path only: query strings may carry personal information; status links are secrets.
              (ctx, ms) ->
                  log.info(
                      "{} {} {} {}ms",
                      ctx.method(),
                      CenterRoutes.loggable(ctx.path()),
                      ctx.statusCode(),
                      Math.round(ms)));
          var routes = config.routes;
          routes.before(headers::apply);
          // Before any API handler reads a body: UTF-8 only, and no string that is not text.
          routes.before("/api/*", BodyRules::check);
          modules.forEach(module -> module.register(config));
          routes.get("/", ctx -> ctx.redirect("/privacy/notice"));
          routes.exception(
              ApiProblem.class,
              (e, ctx) -> ProblemJson.send(ctx, e.status(), e.title(), e.getMessage(), e.field()));
          routes.exception(
              InvalidSubmission.class,
              (e, ctx) ->
                  ProblemJson.send(
                      ctx,
                      400,
                      "Invalid request",
                      e.getMessage(),
                      e.errors().get(0).field(),
                      e.errors().stream()
                          .map(err -> new ProblemJson.FieldProblem(err.field(), err.message()))
                          .toList()));
          routes.exception(
              RequestRuleViolation.class,
              (e, ctx) -> ProblemJson.send(ctx, 409, "Not allowed", e.getMessage(), e.field()));
          routes.exception(
              RequestNotFound.class,
              (e, ctx) -> ProblemJson.send(ctx, 404, "Not found", e.getMessage(), null));
          routes.exception(
              HttpResponseException.class,
              // Javalin's own 401/403/404 responses keep their status, never become a 500.
              (e, ctx) ->
                  ProblemJson.send(ctx, e.getStatus(), e.getMessage(), e.getMessage(), null));
          routes.exception(
              Exception.class,
              (e, ctx) -> {
                if (Database.isUnavailable(e)) {
                  // The client may retry once the database is back (Idempotency-Key: issue 13).
                  log.warn(
                      "database unavailable on {} {}: {}",
                      ctx.method(),
                      CenterRoutes.loggable(ctx.path()),
                      e.toString());
                  ctx.header("Retry-After", String.valueOf(RETRY_AFTER.toSeconds()));
                  ProblemJson.send(
                      ctx,
                      503,
                      "Service unavailable",
                      "The service cannot reach its database right now. Try again shortly.",
                      null);
                  return;
                }
                log.error(
                    "unhandled error on {} {}", ctx.method(), CenterRoutes.loggable(ctx.path()), e);
                ProblemJson.send(
                    ctx, 500, "Internal error", "The server could not complete the request.", null);
              });
          routes.error(
              404,
              ctx -> {
                String type = ctx.res().getContentType();
                boolean alreadyProblem =
                    type != null && type.startsWith("application/problem+json");
                if (ctx.path().startsWith("/api/") && !alreadyProblem) {
                  ProblemJson.send(ctx, 404, "Not found", "No resource at " + ctx.path(), null);
                }
              });
        });
  }
}
