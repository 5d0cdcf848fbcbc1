package dev.rightful.requests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.law.DenialBasis;
import dev.rightful.staff.Authenticator;
import dev.rightful.staff.Role;
import dev.rightful.web.ApiProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The requests JSON API: public intake ({@code POST /api/v1/requests}), and the staff queue and
 * actions behind bearer tokens. Handlers parse, call {@link RequestService}, and answer; the rules
 * live in the service and the law package.
 */
public final class RequestApiRoutes {
  private static final Role[] READ = {Role.ADMIN, Role.AGENT, Role.AUDITOR};
  private static final Role[] ACT = {Role.ADMIN, Role.AGENT};

  private final RequestService service;
  private SubmissionParser parser = new SubmissionParser();
  private final Authenticator staff;
  private final Clock clock;
  private final ZoneId zone;
  private final ObjectMapper json;
  // null: Idempotency-Key is ignored (tests that build the routes alone)
  private IntakeKeys keys;
  // null: intake is not rate limited (tests that build the routes alone)
  private IntakeLimiter limiter;

  public RequestApiRoutes(
      RequestService service, Authenticator staff, Clock clock, ZoneId zone, ObjectMapper json) {
    this.service = service;
    this.staff = staff;
    this.clock = clock;
    this.zone = zone;
    this.json = json;
  }

  /** These routes, honouring an intake POST's {@code Idempotency-Key} through {@code keys}. */
  public RequestApiRoutes idempotent(IntakeKeys keys) {
    this.keys = keys;
    return this;
  }

  /** These routes, refusing corrections that name none of {@code fields}, the map's field names. */
  public RequestApiRoutes correctable(Set<String> fields) {
    this.parser = new SubmissionParser(fields);
    return this;
  }

  /** These routes, refusing intake POSTs over the limits of {@code limiter} with 429. */
  public RequestApiRoutes limited(IntakeLimiter limiter) {
    this.limiter = limiter;
    return this;
  }

  public void register(RoutesConfig routes) {
    routes.post("/api/v1/requests", this::submit);
    routes.get("/api/v1/requests", this::list);
    routes.get("/api/v1/requests/{id}", this::show);
    routes.post("/api/v1/requests/{id}/verify", this::verify);
    routes.post("/api/v1/requests/{id}/extend", this::extend);
    routes.post("/api/v1/requests/{id}/deny", this::deny);
    routes.post("/api/v1/requests/{id}/complete", this::complete);
    routes.post("/api/v1/requests/{id}/notes", this::note);
    routes.get("/api/v1/requests.csv", this::csv);
  }

  private void submit(Context ctx) {
    if (limiter != null) {
      refuseOver(ctx, limiter.fromAddress(ctx.ip()));
    }
    Submission submission = parser.parse(body(ctx), Channel.API);
    if (limiter != null) {
      refuseOver(ctx, limiter.naming(submission));
    }
    String key = ctx.header("Idempotency-Key");
    if (key != null && keys != null) {
      String raw = ctx.body();
      IntakeKeys.Outcome outcome = keys.submit(submission, "consumer", key, raw);
      if (outcome.replayed()) {
        // The first attempt's request; its status link went to the consumer in the receipt mail.
        RightsRequest earlier = outcome.earlier();
        ctx.status(200)
            .header("Location", "/api/v1/requests/" + earlier.id())
            .json(RequestView.of(earlier, today(), false, null, null));
        return;
      }
      created(ctx, outcome.receipt());
      return;
    }
    created(ctx, service.submit(submission, "consumer"));
  }

  /** Answers 429 with {@code Retry-After} when {@code wait} says a limit is reached. */
  private static void refuseOver(Context ctx, Optional<Duration> wait) {
    if (wait.isPresent()) {
      ctx.header("Retry-After", Long.toString(IntakeLimiter.seconds(wait.get())));
      throw new ApiProblem(
          429,
          "Too many requests",
          "Too many requests came from this address or name this email address; nothing was"
              + " stored. Try again after the time in Retry-After.",
          null);
    }
  }

  private void created(Context ctx, RequestService.Receipt receipt) {
    RightsRequest request = receipt.request();
    // A request answered when received (Shine the Light) shows its answer, as the status page does.
    var answered = request.isOpen() ? null : service.timeline(request.id(), true);
    ctx.status(201)
        .header("Location", "/api/v1/requests/" + request.id())
        .json(RequestView.of(request, today(), false, receipt.statusPath(), answered));
  }

  private void list(Context ctx) {
    staff.require(ctx, READ);
    String statusText = ctx.queryParam("status");
    RequestStatus status = null;
    if (statusText != null) {
      status =
          RequestStatus.fromId(statusText)
              .orElseThrow(
                  () ->
                      ApiProblem.badRequest(
                          "status", "must be received, verified, completed or denied"));
    }
    LocalDate today = today();
    ctx.json(
        service.queue(status, 500).stream()
            .map(r -> RequestView.of(r, today, false, null, null))
            .toList());
  }

  private void show(Context ctx) {
    staff.require(ctx, READ);
    RightsRequest request = service.get(ctx.pathParam("id"));
    ctx.json(RequestView.of(request, today(), true, null, service.timeline(request.id(), false)));
  }

  private void verify(Context ctx) {
    String actor = actor(ctx);
    JsonNode body = body(ctx);
    int points = integer(body, "dataPointsMatched", 0, 20);
    boolean declaration = body.path("declarationSigned").asBoolean(false);
    String method = text(body, "method", "staff-check");
    ctx.json(
        view(
            service.recordVerification(
                ctx.pathParam("id"),
                new RequestService.Verification(points, declaration, method),
                actor)));
  }

  private void extend(Context ctx) {
    String actor = actor(ctx);
    JsonNode body = body(ctx);
    ctx.json(
        view(
            service.extend(
                ctx.pathParam("id"),
                integer(body, "days", 1, 45),
                text(body, "reason", null),
                actor)));
  }

  private void deny(Context ctx) {
    String actor = actor(ctx);
    JsonNode body = body(ctx);
    String basisText = text(body, "basis", null);
    DenialBasis basis =
        basisText == null
            ? null
            : DenialBasis.fromId(basisText)
                .orElseThrow(
                    () ->
                        ApiProblem.badRequest("basis", "unknown denial basis '" + basisText + "'"));
    ctx.json(view(service.deny(ctx.pathParam("id"), basis, text(body, "text", null), actor)));
  }

  private void complete(Context ctx) {
    String actor = actor(ctx);
    JsonNode body = body(ctx);
    String natureText = text(body, "nature", "complied");
    ResponseNature nature =
        ResponseNature.fromId(natureText)
            .orElseThrow(
                () -> ApiProblem.badRequest("nature", "must be complied or complied-in-part"));
    ctx.json(view(service.complete(ctx.pathParam("id"), nature, text(body, "text", null), actor)));
  }

  private void note(Context ctx) {
    String actor = actor(ctx);
    service.note(ctx.pathParam("id"), text(body(ctx), "text", null), actor);
    ctx.status(201).json(Map.of("status", "noted"));
  }

  /** The queue as CSV, without personal information: the §7101 record fields. */
  private void csv(Context ctx) {
    staff.require(ctx, READ);
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"requests.csv\"")
        .result(RequestCsv.write(service.queue(null, 100_000)));
  }

  /** The audit-log name of the staff member or machine client acting. */
  private String actor(Context ctx) {
    return "staff:" + staff.require(ctx, ACT).name();
  }

  private RequestView view(RightsRequest request) {
    return RequestView.of(request, today(), true, null, null);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(zone));
  }

  private JsonNode body(Context ctx) {
    String text = ctx.body();
    if (text.isBlank()) {
      throw ApiProblem.badRequest("", "the body must be a JSON object");
    }
    try {
      JsonNode node = json.readTree(text);
      if (node == null || !node.isObject()) {
        throw ApiProblem.badRequest("", "the body must be a JSON object");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ApiProblem.badRequest("", "the body is not valid JSON: " + e.getOriginalMessage());
    }
  }

  private static String text(JsonNode body, String field, String fallback) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isTextual() || value.asText().length() > 4000) {
      throw ApiProblem.badRequest(field, "must be a string of at most 4000 characters");
    }
    return value.asText();
  }

  private static int integer(JsonNode body, String field, int min, int max) {
    JsonNode value = body.get(field);
    if (value == null
        || !value.canConvertToInt()
        || !value.isIntegralNumber()
        || value.asInt() < min
        || value.asInt() > max) {
      throw ApiProblem.badRequest(field, "must be a whole number from " + min + " to " + max);
    }
    return value.asInt();
  }
}
