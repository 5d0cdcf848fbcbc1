package dev.rightful.fulfil;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.crypto.WebhookSignature;
import dev.rightful.fulfil.access.PackageLinks;
import dev.rightful.fulfil.access.PackageStore;
import dev.rightful.fulfil.notify.Notice;
import dev.rightful.fulfil.notify.RecipientNotifier;
import dev.rightful.fulfil.vendor.VendorDataInvalid;
import dev.rightful.requests.RequestRuleViolation;
import dev.rightful.requests.RightsRequest;
import dev.rightful.staff.Authenticator;
import dev.rightful.staff.Role;
import dev.rightful.web.ApiProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fulfilment over HTTP: staff see a request's plan ({@code GET /api/v1/requests/{id}/plan}), start
 * it ({@code POST …/fulfil}), follow it ({@code GET …/fulfilment}) and download its access package
 * ({@code GET …/package}); the consumer downloads the package through a signed, expiring link
 * ({@code GET /privacy/requests/package/{token}}). Handlers are thin; the rules live in {@link
 * FulfilmentService}.
 */
public final class FulfilmentRoutes {
  private static final Role[] READ = {Role.ADMIN, Role.AGENT, Role.AUDITOR};
  private static final Role[] ACT = {Role.ADMIN, Role.AGENT};
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private final Fulfilment fulfilment;
  private final Authenticator staff;
  private final AuditLog audit;
  private final Clock clock;

  public FulfilmentRoutes(Fulfilment fulfilment, Authenticator staff, AuditLog audit, Clock clock) {
    this.fulfilment = fulfilment;
    this.staff = staff;
    this.audit = audit;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/v1/requests/{id}/plan", this::plan);
    routes.post("/api/v1/requests/{id}/fulfil", this::fulfil);
    routes.get("/api/v1/requests/{id}/fulfilment", this::status);
    routes.get("/api/v1/requests/{id}/package", this::staffPackage);
    routes.post("/api/v1/requests/{id}/notifications/{notice}/confirm", this::confirm);
    routes.post("/api/v1/notifications/{notice}/ack", this::vendorAck);
    routes.post("/api/v1/requests/{id}/steps/{step}/confirm", this::confirmStep);
    routes.post("/api/v1/requests/{id}/systems/{system}/result", this::vendorResult);
    routes.get(PackageLinks.PATH + "{token}", this::consumerPackage);
  }

  private void plan(Context ctx) {
    staff.require(ctx, READ);
    RightsRequest request = fulfilment.service().requireFulfillable(ctx.pathParam("id"));
    Plan plan = fulfilment.service().plan();
    List<Map<String, Object>> systems = new ArrayList<>();
    for (SystemPlan system : plan.systems()) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("id", system.system().id());
      view.put("connector", system.system().connector());
      view.put("runs", system.isDatabase());
      view.put(
          "statements",
          system.steps().stream().map(step -> step.statementFor(request.type())).toList());
      systems.add(view);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", request.id());
    body.put("type", request.type().id());
    body.put("systems", systems);
    body.put("recipients", recipients(request));
    body.put("text", plan.describe(request.type()));
    ctx.json(body);
  }

  private List<String> recipients(RightsRequest request) {
    return switch (request.type()) {
      case DELETE -> ids(fulfilment.notifier(), StepKind.DELETE.id());
      case CORRECT -> ids(fulfilment.notifier(), StepKind.CORRECT.id());
      default -> List.of();
    };
  }

  private static List<String> ids(RecipientNotifier notifier, String kind) {
    return notifier.recipientsFor(kind).stream()
        .filter(r -> !r.vendors().isEmpty())
        .map(r -> r.id())
        .toList();
  }

  private void fulfil(Context ctx) {
    if ("true".equals(ctx.queryParam("restart")) && restarted(ctx)) {
      return;
    }
    String actor = "staff:" + staff.require(ctx, ACT).name();
    String id = ctx.pathParam("id");
    boolean scheduled = fulfilment.start(id, actor);
    ctx.status(202).json(Map.of("requestId", id, "scheduled", scheduled));
  }

  /**
   * An admin restarts a job whose node stopped sending heartbeats ({@code ?restart=true}); a job
   * whose node is alive is a 409, so a restart never runs one request twice at once. False when no
   * node holds the job: it is then started as without the parameter.
   */
  private boolean restarted(Context ctx) {
    String actor = "staff:" + staff.require(ctx, Role.ADMIN).name();
    String id = ctx.pathParam("id");
    StuckJobs.Restart result = fulfilment.restart(id, actor);
    if (result == StuckJobs.Restart.ALIVE) {
      throw new ApiProblem(
          409,
          "Conflict",
          "the job is running on a live node (heartbeat within "
              + StuckJobs.STALE.toSeconds()
              + " s); wait for it",
          null);
    }
    if (result == StuckJobs.Restart.NOT_RUNNING) {
      return false;
    }
    ctx.status(202).json(Map.of("requestId", id, "scheduled", true, "restarted", true));
    return true;
  }

  private void status(Context ctx) {
    staff.require(ctx, READ);
    String id = ctx.pathParam("id");
    RightsRequest request = fulfilment.service().requests().get(id);
    List<Map<String, Object>> steps = new ArrayList<>();
    for (JobSteps.Step step : fulfilment.jobs().list(id)) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("step", step.step());
      view.put("kind", step.kind().id());
      view.put("status", step.status().id());
      view.put("attempts", step.attempts());
      view.put("errorClass", step.errorClass());
      view.put("updatedAt", step.updatedAt().toString());
      steps.add(view);
    }
    List<Map<String, Object>> notices = new ArrayList<>();
    for (Notice n : fulfilment.notifier().list(id)) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("id", n.id());
      view.put("kind", n.kind());
      view.put("recipient", n.recipientId());
      view.put("vendor", n.vendor());
      view.put("channel", n.channel());
      view.put("status", n.status());
      view.put("attempts", n.attempts());
      view.put("dueOn", n.dueOn() == null ? null : n.dueOn().toString());
      view.put("confirmedBy", n.confirmedBy());
      view.put("lastError", n.lastError());
      notices.add(view);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("requestId", id);
    body.put("requestStatus", request.status().id());
    body.put("steps", steps);
    body.put("notifications", notices);
    ctx.json(body);
  }

  /** Staff confirm a manual or email notice: the vendor acted (JSON body {@code {"note": …}}). */
  private void confirm(Context ctx) {
    String actor = "staff:" + staff.require(ctx, ACT).name();
    String note = null;
    if (!ctx.body().isBlank()) {
      try {
        note = JSON.readTree(ctx.body()).path("note").asText(null);
      } catch (java.io.IOException e) {
        throw ApiProblem.badRequest("note", "the body must be JSON: {\"note\": \"…\"}");
      }
    }
    Notice notice = fulfilment.notifier().confirm(ctx.pathParam("id"), noticeId(ctx), actor, note);
    ctx.json(Map.of("id", notice.id(), "status", notice.status()));
  }

  /**
   * A vendor's callback, signed with its secret like the webhook it answers; no staff token. Any
   * refusal is the same 401, so the endpoint does not tell which notice ids exist.
   */
  private void vendorAck(Context ctx) {
    RecipientNotifier.Callback result =
        fulfilment
            .notifier()
            .acknowledge(
                noticeId(ctx), ctx.bodyAsBytes(), WebhookSignature.Signed.read(ctx::header));
    if (result == RecipientNotifier.Callback.REFUSED) {
      throw new ApiProblem(
          401, "Unauthorized", "the signature does not match this notification", null);
    }
    ctx.json(Map.of("status", "acknowledged"));
  }

  /**
   * Staff confirm the work in a manual, email or waiting webhook system ({@code {"note": …, "data":
   * {"table": [{field: value}, …]}}}, both optional; data only for a request to know).
   */
  private void confirmStep(Context ctx) {
    String actor = "staff:" + staff.require(ctx, ACT).name();
    String id = ctx.pathParam("id");
    String step = ctx.pathParam("step");
    JsonNode body = JSON.nullNode();
    if (!ctx.body().isBlank()) {
      try {
        body = JSON.readTree(ctx.body());
      } catch (java.io.IOException e) {
        throw ApiProblem.badRequest("body", "the body must be JSON: {\"note\": …, \"data\": …}");
      }
    }
    String note = body.path("note").asText(null);
    JsonNode data = body.get("data");
    if (!unprocessable(() -> fulfilment.confirmStep(id, step, actor, note, data))) {
      throw new RequestRuleViolation("step", "that step is not waiting for a confirmation");
    }
    ctx.json(Map.of("step", step, "status", "done"));
  }

  /**
   * A webhook system's result, called back after it answered 202; signed like the request it
   * answers, no staff token. Every refusal is the same 401; a signed result that does not fit the
   * map is a 422 naming the field.
   */
  private void vendorResult(Context ctx) {
    Fulfilment.VendorCallback result =
        unprocessable(
            () ->
                fulfilment.vendorResult(
                    ctx.pathParam("id"),
                    ctx.pathParam("system"),
                    ctx.bodyAsBytes(),
                    WebhookSignature.Signed.read(ctx::header)));
    if (result == Fulfilment.VendorCallback.REFUSED) {
      throw new ApiProblem(401, "Unauthorized", "the signature does not match this request", null);
    }
    ctx.json(
        Map.of(
            "status", result == Fulfilment.VendorCallback.ACCEPTED ? "accepted" : "already-done"));
  }

  /** Data that does not fit the map: 422, naming the table or field at fault. */
  private static <T> T unprocessable(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (VendorDataInvalid e) {
      throw new ApiProblem(422, "Data does not fit the map", e.getMessage(), e.field());
    }
  }

  private static long noticeId(Context ctx) {
    try {
      return Long.parseLong(ctx.pathParam("notice"));
    } catch (NumberFormatException e) {
      throw ApiProblem.notFound("no such notification");
    }
  }

  private void staffPackage(Context ctx) {
    String actor = "staff:" + staff.require(ctx, ACT).name();
    String id = ctx.pathParam("id");
    PackageStore.Stored stored =
        fulfilment
            .packages()
            .find(id)
            .orElseThrow(() -> ApiProblem.notFound("request " + id + " has no access package"));
    audit.append(AuditEntry.of(actor, "fulfil.package-downloaded", "request", id));
    send(ctx, id, stored.zip());
  }

  private void consumerPackage(Context ctx) {
    var checked = fulfilment.service().links().check(ctx.pathParam("token"));
    if (checked.isEmpty()) {
      throw ApiProblem.notFound("no such package");
    }
    if (!clock.instant().isBefore(checked.get().expiresAt())) {
      throw new ApiProblem(410, "Gone", "this link has expired; ask us for a new one", null);
    }
    String id = checked.get().requestId();
    PackageStore.Stored stored =
        fulfilment.packages().find(id).orElseThrow(() -> ApiProblem.notFound("no such package"));
    audit.append(AuditEntry.of("consumer", "fulfil.package-downloaded", "request", id));
    send(ctx, id, stored.zip());
  }

  private static void send(Context ctx, String id, byte[] zip) {
    ctx.header("Cache-Control", "no-store")
        .header("Content-Disposition", "attachment; filename=\"privacy-" + id + ".zip\"")
        .contentType("application/zip")
        .result(zip);
  }
}
