package dev.rightful.retention;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.staff.Authenticator;
import dev.rightful.staff.Role;
import dev.rightful.web.ApiProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Legal holds over the staff API, so that counsel need no shell on the server: {@code GET
 * /api/v1/holds} lists them (admins and auditors), {@code POST /api/v1/holds} places one and {@code
 * POST /api/v1/holds/{id}/release} ends one (admins). Each change is audited by {@link Holds}' own
 * recorder, as the staff member who made it.
 */
public final class HoldRoutes {
  private final Holds holds;
  private final HoldTargets targets;
  private final Authenticator staff;
  private final ObjectMapper json;
  private final Clock clock;

  public HoldRoutes(
      Holds holds, HoldTargets targets, Authenticator staff, ObjectMapper json, Clock clock) {
    this.holds = holds;
    this.targets = targets;
    this.staff = staff;
    this.json = json;
    this.clock = clock;
  }

  public void register(RoutesConfig routes) {
    routes.get("/api/v1/holds", this::list);
    routes.post("/api/v1/holds", this::place);
    routes.post("/api/v1/holds/{id}/release", this::release);
  }

  private void list(Context ctx) {
    staff.require(ctx, Role.ADMIN, Role.AUDITOR);
    Instant now = clock.instant();
    ctx.json(Map.of("holds", holds.list().stream().map(hold -> view(hold, now)).toList()));
  }

  /**
   * Body: {@code {"consumer": {"kind": "email", "value": "…"}} or {"table": "system.table"}}, with
   * {@code "reason"} and, optionally, {@code "expiresAt"} (an instant).
   */
  private void place(Context ctx) {
    String by = "staff:" + staff.require(ctx, Role.ADMIN).name();
    JsonNode body = body(ctx);
    String reason = text(body, "reason");
    if (reason == null || reason.isBlank()) {
      throw ApiProblem.badRequest("reason", "say why the data is kept");
    }
    Instant expiresAt = expiresAt(body);
    JsonNode consumer = body.get("consumer");
    String table = text(body, "table");
    if ((consumer == null) == (table == null)) {
      throw ApiProblem.badRequest("consumer", "name either a consumer or a table, not both");
    }
    Hold hold;
    if (consumer != null) {
      String kind = text(consumer, "kind");
      targets
          .identityKindProblem(kind)
          .ifPresent(
              problem -> {
                throw ApiProblem.badRequest("consumer.kind", problem);
              });
      String value = text(consumer, "value");
      if (value == null || value.isBlank()) {
        throw ApiProblem.badRequest("consumer.value", "give the consumer's " + kind);
      }
      try {
        hold = holds.placeOnConsumer(kind, value, reason, expiresAt, by);
      } catch (RetentionException e) {
        throw ApiProblem.badRequest("consumer.value", e.getMessage());
      }
    } else {
      targets
          .tableProblem(table)
          .ifPresent(
              problem -> {
                throw ApiProblem.badRequest("table", problem);
              });
      String[] parts = table.split("\\.", 2);
      hold = holds.placeOnTable(parts[0], parts[1], reason, expiresAt, by);
    }
    ctx.status(201).json(view(hold, clock.instant()));
  }

  private void release(Context ctx) {
    String by = "staff:" + staff.require(ctx, Role.ADMIN).name();
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiProblem.notFound("no legal hold " + ctx.pathParam("id"));
    }
    Hold hold = holds.find(id).orElseThrow(() -> ApiProblem.notFound("no legal hold " + id));
    if (!holds.release(id, by)) {
      throw new ApiProblem(409, "Conflict", "legal hold " + id + " was released already", "id");
    }
    ctx.json(view(holds.find(hold.id()).orElseThrow(), clock.instant()));
  }

  private JsonNode body(Context ctx) {
    try {
      JsonNode body = json.readTree(ctx.body());
      if (body == null || !body.isObject()) {
        throw ApiProblem.badRequest("body", "the body must be a JSON object");
      }
      return body;
    } catch (IOException e) {
      throw ApiProblem.badRequest("body", "the body must be JSON");
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private Instant expiresAt(JsonNode body) {
    String text = text(body, "expiresAt");
    if (text == null) {
      return null;
    }
    Instant at;
    try {
      at = Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest("expiresAt", "give an instant, such as 2027-01-01T08:00:00Z");
    }
    if (!at.isAfter(clock.instant())) {
      throw ApiProblem.badRequest("expiresAt", "a hold must expire in the future");
    }
    return at;
  }

  private static Map<String, Object> view(Hold hold, Instant now) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", hold.id());
    view.put("scope", hold.scope().name().toLowerCase(java.util.Locale.ROOT));
    if (hold.scope() == Hold.Scope.CONSUMER) {
      view.put("identityKind", hold.identityKind());
      view.put("identifier", hold.identityValue());
    } else {
      view.put("table", hold.systemId() + "." + hold.tableName());
    }
    view.put("reason", hold.reason());
    view.put("placedBy", hold.placedBy());
    view.put("placedAt", hold.placedAt().toString());
    view.put("expiresAt", hold.expiresAt() == null ? null : hold.expiresAt().toString());
    view.put("releasedAt", hold.releasedAt() == null ? null : hold.releasedAt().toString());
    view.put("active", hold.activeAt(now));
    return view;
  }
}
