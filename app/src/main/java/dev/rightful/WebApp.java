package dev.rightful;

import dev.rightful.audit.HoldAuditRecorder;
import dev.rightful.audit.MetricsApiRoutes;
import dev.rightful.audit.RequestMetrics;
import dev.rightful.center.CenterCsrf;
import dev.rightful.center.CenterRoutes;
import dev.rightful.consent.KnownConsumerSignals;
import dev.rightful.console.ConsoleRoutes;
import dev.rightful.datamap.CorrectableInformation;
import dev.rightful.fulfil.FulfilmentRoutes;
import dev.rightful.fulfil.SuppressionList;
import dev.rightful.fulfil.SuppressionRoutes;
import dev.rightful.mail.OutboxRoutes;
import dev.rightful.notice.NoticePublisher;
import dev.rightful.notice.NoticeRoutes;
import dev.rightful.requests.InvalidSubmission;
import dev.rightful.requests.RequestApiRoutes;
import dev.rightful.requests.RequestNotFound;
import dev.rightful.requests.RequestRuleViolation;
import dev.rightful.requests.agent.AgentConfirmationLinks;
import dev.rightful.requests.agent.AgentPermissions;
import dev.rightful.retention.HoldRoutes;
import dev.rightful.retention.HoldTargets;
import dev.rightful.retention.Holds;
import dev.rightful.staff.StaffRoutes;
import dev.rightful.verify.VerificationRoutes;
import dev.rightful.web.ApiProblem;
import dev.rightful.web.BodyRules;
import dev.rightful.web.ClientAddresses;
import dev.rightful.web.HealthRoutes;
import dev.rightful.web.Json;
import dev.rightful.web.OpenApiRoutes;
import dev.rightful.web.ProblemJson;
import dev.rightful.web.SecurityHeaders;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the HTTP application: every feature's routes, security headers, problem-details errors and
 * request logging. The web layer holds no business rules; handlers call feature services.
 */
public final class WebApp {
  private static final Logger log = LoggerFactory.getLogger("http");

  private WebApp() {}

  /**
   * @param clients how a request's client address is told, for rate limits ({@code ctx.ip()})
   */
  public static Javalin create(Services services, ClientAddresses clients) {
    boolean https = services.publicUrl() != null && services.publicUrl().startsWith("https:");
    SecurityHeaders headers = new SecurityHeaders(https);
    // Legal holds, placed and released from the console and the API alike, audited.
    Holds holds =
        new Holds(
            services.database().jdbi(),
            services.pi(),
            services.clock(),
            new HoldAuditRecorder(services.audit()));
    HoldTargets holdTargets = new HoldTargets(services.dataMap());
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
          // First after the headers: its guards protect every /admin route registered later.
          new StaffRoutes(
                  services.staff(),
                  services.secrets().all("staff-form"),
                  services.clock(),
                  https,
                  services.devMode())
              .register(routes);
          new HealthRoutes(services.database()).register(routes);
          new OpenApiRoutes().register(routes);
          new RequestApiRoutes(
                  services.requests(),
                  services.staff().authenticator(),
                  services.clock(),
                  services.legalClock().zone(),
                  Json.mapper())
              .register(routes);
          RequestMetrics metrics =
              new RequestMetrics(services.database().jdbi(), services.legalClock().zone());
          new ConsoleRoutes(
                  services.requests(),
                  services.fulfilment(),
                  metrics,
                  services.audit(),
                  services.legalClock().deadlines(),
                  services.clock(),
                  services.legalClock().zone(),
                  holds,
                  holdTargets,
                  CorrectableInformation.of(services.dataMap()))
              .register(routes);
          new MetricsApiRoutes(
                  metrics,
                  services.staff().authenticator(),
                  services.clock(),
                  services.legalClock().zone())
              .register(routes);
          new SuppressionRoutes(
                  new SuppressionList(services.database().jdbi(), services.pi(), services.clock()),
                  services.staff().authenticator())
              .register(routes);
          new HoldRoutes(
                  holds,
                  holdTargets,
                  services.staff().authenticator(),
                  Json.mapper(),
                  services.clock())
              .register(routes);
          new CenterRoutes(
                  services.requests(),
                  new AgentPermissions(services.pi(), services.clock()),
                  AgentConfirmationLinks.from(services.secrets()),
                  CenterCsrf.from(services.secrets(), services.clock(), https),
                  services.legalClock().zone(),
                  services.publicUrl(),
                  services.verification(),
                  services.recordKeeping())
              .privacyChoices(
                  services.dataMap().offersLimitLink(),
                  new KnownConsumerSignals(services.consent().service(), services.audit())::honour)
              .correctable(CorrectableInformation.of(services.dataMap()))
              .register(routes);
          new VerificationRoutes(services.verification(), Json.mapper()).register(routes);
          new FulfilmentRoutes(
                  services.fulfilment(),
                  services.staff().authenticator(),
                  services.audit(),
                  services.clock())
              .register(routes);
          if (services.devMode()) {
            // Shows consumer mail, one-time codes included: start-dev only, behind the admin login.
            new OutboxRoutes(
                    services.outbox(),
                    TemplateEngine.createPrecompiled(ContentType.Html),
                    services.clock().getZone())
                .register(routes);
          }
          new NoticeRoutes(
                  services.notice(),
                  Json.mapper(),
                  new NoticePublisher(services.database().jdbi(), services.clock()))
              .register(routes);
          services.consent().register(config);
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
