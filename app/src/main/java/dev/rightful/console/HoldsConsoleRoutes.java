package dev.rightful.console;

import dev.rightful.input.TextRule;
import dev.rightful.retention.Hold;
import dev.rightful.retention.HoldTargets;
import dev.rightful.retention.Holds;
import dev.rightful.retention.RetentionException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The legal holds page of the console ({@code /admin/holds}): admins and auditors see every hold;
 * admins place one with a form and release one with a button, as the staff API allows. The map
 * decides what a hold may name ({@link HoldTargets}); placing and releasing are audited by {@link
 * Holds}' recorder. Works without JavaScript. Thread-safe.
 */
final class HoldsConsoleRoutes {
  static final String PATH = "/admin/holds";
  private static final List<String> FIELDS =
      List.of("scope", "kind", "value", "table", "reason", "expires");

  private final Holds holds;
  private final HoldTargets targets;
  private final Clock clock;
  private final ZoneId zone;

  HoldsConsoleRoutes(Holds holds, HoldTargets targets, Clock clock, ZoneId zone) {
    this.holds = holds;
    this.targets = targets;
    this.clock = clock;
    this.zone = zone;
  }

  void register(RoutesConfig routes) {
    routes.get(PATH, this::show);
    routes.post(PATH, this::place);
    routes.post(PATH + "/{id}/release", this::release);
  }

  private void show(Context ctx) {
    ConsoleUser user = ConsoleUser.of(ctx);
    if (!user.canReadReports()) {
      Templates.error(ctx, 403, "Not allowed", "Legal holds are for admins and auditors.", user);
      return;
    }
    String done = ctx.queryParam("done");
    String notice =
        "placed".equals(done) ? "Hold placed." : "released".equals(done) ? "Hold released." : null;
    render(ctx, 200, user, Map.of("scope", "consumer"), null, null, notice);
  }

  private void place(Context ctx) {
    ConsoleUser user = ConsoleUser.of(ctx);
    if (!mayChange(ctx, user)) {
      return;
    }
    Map<String, String> form = new LinkedHashMap<>();
    FIELDS.forEach(field -> form.put(field, strip(ctx.formParam(field))));
    Optional<String[]> refused = placeFrom(form, user);
    if (refused.isPresent()) {
      render(ctx, 422, user, form, refused.get()[0], refused.get()[1], null);
      return;
    }
    ctx.redirect(PATH + "?done=placed", HttpStatus.SEE_OTHER);
  }

  /** Places the hold the form describes; or the field at fault and what to fix. */
  private Optional<String[]> placeFrom(Map<String, String> form, ConsoleUser user) {
    for (Map.Entry<String, String> field : form.entrySet()) {
      TextRule.Lines lines =
          "reason".equals(field.getKey()) ? TextRule.Lines.MANY : TextRule.Lines.ONE;
      Optional<String> problem = TextRule.problem(field.getValue(), lines);
      if (problem.isPresent()) {
        return refusal(field.getKey(), "This field " + problem.get() + ".");
      }
    }
    if (form.get("reason").isEmpty()) {
      return refusal("reason", "Say why the data is kept.");
    }
    Instant expires = null;
    if (!form.get("expires").isEmpty()) {
      try {
        expires = LocalDate.parse(form.get("expires")).atStartOfDay(zone).toInstant();
      } catch (DateTimeParseException e) {
        return refusal("expires", "Give the date as YYYY-MM-DD.");
      }
      if (!expires.isAfter(clock.instant())) {
        return refusal("expires", "A hold must end after today.");
      }
    }
    try {
      if ("table".equals(form.get("scope"))) {
        Optional<String> problem = targets.tableProblem(form.get("table"));
        if (problem.isPresent()) {
          return refusal("table", "Choose a table of the data map.");
        }
        String[] parts = form.get("table").split("\\.", 2);
        holds.placeOnTable(parts[0], parts[1], form.get("reason"), expires, user.actor());
      } else {
        if (targets.identityKindProblem(form.get("kind")).isPresent()) {
          return refusal("kind", "Choose a kind of identifier the data map knows.");
        }
        if (form.get("value").isEmpty()) {
          return refusal("value", "Give the consumer's identifier.");
        }
        holds.placeOnConsumer(
            form.get("kind"), form.get("value"), form.get("reason"), expires, user.actor());
      }
    } catch (RetentionException e) {
      return refusal("value", e.getMessage());
    }
    return Optional.empty();
  }

  private static Optional<String[]> refusal(String field, String message) {
    return Optional.of(new String[] {field, message});
  }

  private void release(Context ctx) {
    ConsoleUser user = ConsoleUser.of(ctx);
    if (!mayChange(ctx, user)) {
      return;
    }
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      Templates.error(ctx, 404, "No such hold", "There is no legal hold with that number.", user);
      return;
    }
    if (!holds.release(id, user.actor())) {
      Templates.error(
          ctx, 409, "Not released", "Legal hold " + id + " is not active any more.", user);
      return;
    }
    ctx.redirect(PATH + "?done=released", HttpStatus.SEE_OTHER);
  }

  private static boolean mayChange(Context ctx, ConsoleUser user) {
    if (user.canChangeHolds()) {
      return true;
    }
    Templates.error(
        ctx,
        403,
        "Not allowed",
        "Your role (" + user.role().key() + ") may read legal holds but not change them.",
        user);
    return false;
  }

  private void render(
      Context ctx,
      int status,
      ConsoleUser user,
      Map<String, String> values,
      String errorField,
      String error,
      String notice) {
    List<Hold> all = holds.list();
    Templates.render(
        ctx,
        status,
        "holds",
        new HoldsPage(
            user,
            all,
            clock.instant(),
            zone,
            targets.identityKinds(),
            targets.tables(),
            values,
            errorField,
            error,
            notice));
  }

  private static String strip(String value) {
    return value == null ? "" : value.strip();
  }
}
