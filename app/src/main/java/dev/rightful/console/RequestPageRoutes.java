package dev.rightful.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.audit.AuditLog;
import dev.rightful.fulfil.Fulfilment;
import dev.rightful.fulfil.FulfilmentService;
import dev.rightful.fulfil.SystemPlan;
import dev.rightful.fulfil.TableStep;
import dev.rightful.fulfil.notify.Notice;
import dev.rightful.fulfil.vendor.VendorDataInvalid;
import dev.rightful.input.TextRule;
import dev.rightful.law.Deadline;
import dev.rightful.law.Deadlines;
import dev.rightful.law.DenialBasis;
import dev.rightful.requests.FulfilGate;
import dev.rightful.requests.RequestNotFound;
import dev.rightful.requests.RequestRepository;
import dev.rightful.requests.RequestRuleViolation;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.ResponseNature;
import dev.rightful.requests.RightsRequest;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request's page ({@code GET /admin/requests/{id}}) and its actions, each a form post that calls
 * one {@link RequestService} method and redirects back (303) with a confirmation, or shows the page
 * again with the refusal next to the field at fault. Auditors read; only agents and admins act.
 * Thread-safe.
 */
final class RequestPageRoutes {
  static final String PATH = "/admin/requests/{id}";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_TEXT = 4000;
  private static final List<String> FIELDS =
      List.of(
          "points", "declaration", "days", "reason", "basis", "text", "nature", "note", "assignee");

  private final RequestService requests;
  private final Fulfilment fulfilment;
  private final AuditLog audit;
  private final Deadlines deadlines;
  private final Clock clock;
  private final ZoneId zone;
  private final AssignAction assignment;

  RequestPageRoutes(
      RequestService requests,
      Fulfilment fulfilment,
      AuditLog audit,
      Deadlines deadlines,
      Clock clock,
      ZoneId zone,
      AssignAction assignment) {
    this.requests = requests;
    this.assignment = assignment;
    this.fulfilment = fulfilment;
    this.audit = audit;
    this.deadlines = deadlines;
    this.clock = clock;
    this.zone = zone;
  }

  void register(RoutesConfig routes) {
    routes.get(PATH, this::show);
    routes.post(PATH + "/verify", ctx -> act(ctx, "verify", this::verify));
    routes.post(PATH + "/confirm-agent", ctx -> act(ctx, "confirm-agent", this::confirmAgent));
    routes.post(PATH + "/extend", ctx -> act(ctx, "extend", this::extend));
    routes.post(PATH + "/deny", ctx -> act(ctx, "deny", this::deny));
    routes.post(PATH + "/complete", ctx -> act(ctx, "complete", this::complete));
    routes.post(PATH + "/note", ctx -> act(ctx, "note", this::note));
    routes.post(PATH + "/assign", ctx -> act(ctx, "assign", assignment::assign));
    // Fulfilment: the same service calls as the staff API, so the same rules.
    routes.post(PATH + "/fulfil", ctx -> act(ctx, "fulfil", this::fulfil));
    routes.post(
        PATH + "/notices/{notice}/confirm",
        ctx ->
            act(
                ctx,
                "notice",
                (id, form, actor) -> confirmNotice(id, ctx.pathParam("notice"), form, actor)));
    routes.post(
        PATH + "/steps/{step}/confirm",
        ctx ->
            act(
                ctx,
                "step",
                (id, form, actor) -> confirmStep(id, ctx.pathParam("step"), form, actor)));
  }

  static String path(String id) {
    return "/admin/requests/" + id;
  }

  private void show(Context ctx) {
    ConsoleUser user = user(ctx);
    Optional<RightsRequest> request = requests.find(ctx.pathParam("id"));
    if (request.isEmpty()) {
      notFound(ctx, user);
      return;
    }
    Flash flash = Flash.parse(ctx.queryParam("done")).orElse(null);
    Templates.render(ctx, 200, "request", page(user, request.get(), flash, null));
  }

  /** One action: takes the form, returns the confirmation to redirect with. */
  private interface Action {
    Flash apply(String id, Map<String, String> form, String actor);
  }

  private void act(Context ctx, String name, Action action) {
    ConsoleUser user = user(ctx);
    if (!user.canAct()) {
      Templates.error(
          ctx, 403, "Not allowed", "Your role (" + user.role().key() + ") may only read.", user);
      return;
    }
    String id = ctx.pathParam("id");
    Map<String, String> form = form(ctx);
    try {
      notText(form)
          .ifPresent(
              field -> {
                throw new RequestRuleViolation(
                    field.getKey(), "This field " + field.getValue() + ".");
              });
      Flash flash = action.apply(id, form, user.actor());
      ctx.redirect(path(id) + "?done=" + flash.id(), HttpStatus.SEE_OTHER);
    } catch (RequestRuleViolation e) {
      refuse(ctx, user, id, new ActionError(name, e.field(), e.getMessage(), form), 422);
    } catch (VendorDataInvalid e) {
      refuse(ctx, user, id, new ActionError(name, e.field(), e.getMessage(), form), 422);
    } catch (RequestRepository.ConcurrentChange e) {
      refuse(ctx, user, id, new ActionError(name, "status", e.getMessage(), form), 409);
    } catch (RequestNotFound e) {
      notFound(ctx, user);
    }
  }

  private Flash verify(String id, Map<String, String> form, String actor) {
    int points = number(form, "points", 0, 20);
    boolean declaration = "on".equals(form.get("declaration"));
    RightsRequest saved =
        requests.recordVerification(
            id, new RequestService.Verification(points, declaration, "staff-check"), actor);
    if (saved.verifiedAt() == null) {
      return Flash.NOT_VERIFIED;
    }
    return saved.wasDowngraded() ? Flash.DOWNGRADED : Flash.VERIFIED;
  }

  private Flash confirmAgent(String id, Map<String, String> form, String actor) {
    requests.confirmAgent(id, actor);
    return Flash.AGENT_CONFIRMED;
  }

  private Flash extend(String id, Map<String, String> form, String actor) {
    requests.extend(id, number(form, "days", 1, 45), text(form, "reason"), actor);
    return Flash.EXTENDED;
  }

  private Flash deny(String id, Map<String, String> form, String actor) {
    String basisText = form.get("basis");
    DenialBasis basis =
        basisText == null || basisText.isBlank()
            ? null
            : DenialBasis.fromId(basisText)
                .orElseThrow(
                    () -> new RequestRuleViolation("basis", "choose a basis from the list"));
    requests.deny(id, basis, text(form, "text"), actor);
    return Flash.DENIED;
  }

  private Flash complete(String id, Map<String, String> form, String actor) {
    ResponseNature nature =
        ResponseNature.fromId(form.getOrDefault("nature", ""))
            .filter(n -> n != ResponseNature.DENIED)
            .orElseThrow(
                () -> new RequestRuleViolation("nature", "choose complied or complied in part"));
    requests.complete(id, nature, text(form, "text"), actor);
    return Flash.COMPLETED;
  }

  private Flash note(String id, Map<String, String> form, String actor) {
    requests.note(id, text(form, "text"), actor);
    return Flash.NOTED;
  }

  private Flash fulfil(String id, Map<String, String> form, String actor) {
    fulfilment.start(id, actor);
    return Flash.FULFIL_STARTED;
  }

  private Flash confirmNotice(String id, String notice, Map<String, String> form, String actor) {
    long noticeId;
    try {
      noticeId = Long.parseLong(notice);
    } catch (NumberFormatException e) {
      throw new RequestRuleViolation("notice", "no such notice on this request");
    }
    fulfilment.notifier().confirm(id, noticeId, actor, text(form, "note"));
    return Flash.NOTICE_CONFIRMED;
  }

  private Flash confirmStep(String id, String step, Map<String, String> form, String actor) {
    if (!fulfilment.confirmStep(id, step, actor, text(form, "note"), data(form))) {
      throw new RequestRuleViolation("step", "that step is not waiting for a confirmation");
    }
    return Flash.STEP_CONFIRMED;
  }

  /** What a vendor or a person does in one table of a system without a database connector. */
  private static String byVendor(SystemPlan system, TableStep step) {
    String fields =
        step.table().fields().stream()
            .map(f -> f.name())
            .collect(java.util.stream.Collectors.joining(", "));
    return switch (system.system().connector()) {
      case "webhook" ->
          "Asked over the vendor's webhook: " + step.table().name() + " (" + fields + ")";
      case "email" -> "Asked by email to the vendor: " + step.table().name() + " (" + fields + ")";
      default -> "By hand: find the consumer in " + step.table().name() + " (" + fields + ")";
    };
  }

  /** The plan, the steps and the notices; null for a type nothing is passed on or carried out. */
  private FulfilmentPanel panel(ConsoleUser user, RightsRequest request) {
    boolean runs = FulfilmentService.carriesOut(request.type());
    List<Notice> notices = fulfilment.notifier().list(request.id());
    if (!runs && notices.isEmpty()) {
      return null;
    }
    List<FulfilmentPanel.SystemView> systems = new ArrayList<>();
    if (runs) {
      for (SystemPlan system : fulfilment.service().plan().systems()) {
        String id = system.system().id();
        List<String> statements =
            system.isDatabase()
                ? system.steps().stream().map(step -> step.statementFor(request.type())).toList()
                : system.steps().stream().map(step -> byVendor(system, step)).toList();
        systems.add(
            new FulfilmentPanel.SystemView(
                id,
                system.system().name(),
                system.system().connector(),
                statements,
                fulfilment.jobs().find(request.id(), id).orElse(null)));
      }
    }
    return new FulfilmentPanel(
        runs,
        runs && user.canAct() && FulfilGate.allows(request),
        runs && request.isOpen()
            ? FulfilGate.refusal(request).map(RuntimeException::getMessage).orElse(null)
            : null,
        systems,
        notices,
        LocalDate.now(clock.withZone(zone)),
        user.canAct(),
        request.type() == dev.rightful.law.RequestType.KNOW_SPECIFIC
            || request.type() == dev.rightful.law.RequestType.KNOW_CATEGORIES);
  }

  private void refuse(Context ctx, ConsoleUser user, String id, ActionError error, int status) {
    Optional<RightsRequest> request = requests.find(id);
    if (request.isEmpty()) {
      notFound(ctx, user);
      return;
    }
    Templates.render(ctx, status, "request", page(user, request.get(), null, error));
  }

  private RequestPage page(
      ConsoleUser user, RightsRequest request, Flash flash, ActionError error) {
    LocalDate latest =
        deadlines
            .latestExtendedDueBy(request.type(), request.receivedDate())
            .map(Deadline::date)
            .orElse(null);
    return new RequestPage(
        user,
        request,
        requests.timeline(request.id(), false),
        audit.list("request", request.id()),
        LocalDate.now(clock.withZone(zone)),
        zone,
        latest,
        panel(user, request),
        assignment.panel(request.id()),
        flash,
        error);
  }

  private static void notFound(Context ctx, ConsoleUser user) {
    Templates.error(ctx, 404, "No such request", "There is no request at this address.", user);
  }

  private static ConsoleUser user(Context ctx) {
    return ConsoleUser.of(ctx);
  }

  /**
   * The first field that is not text ({@link TextRule}: bytes that were not UTF-8, control
   * characters), and why; every field here is free text or a choice, so line breaks may stay.
   */
  private static Optional<Map.Entry<String, String>> notText(Map<String, String> form) {
    for (Map.Entry<String, String> field : form.entrySet()) {
      Optional<String> problem = TextRule.problem(field.getValue(), TextRule.Lines.MANY);
      if (problem.isPresent()) {
        return Optional.of(Map.entry(field.getKey(), problem.get()));
      }
    }
    return Optional.empty();
  }

  /** The posted fields this page's forms use, trimmed; the CSRF token is not kept. */
  private static Map<String, String> form(Context ctx) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String name : FIELDS) {
      String value = ctx.formParam(name);
      if (value != null) {
        form.put(name, value.length() > MAX_TEXT + 1 ? value.substring(0, MAX_TEXT + 1) : value);
      }
    }
    return form;
  }

  private static int number(Map<String, String> form, String field, int min, int max) {
    String text = form.getOrDefault(field, "").strip();
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // falls through to the same message as a number out of range
    }
    throw new RequestRuleViolation(field, "enter a whole number from " + min + " to " + max);
  }

  /**
   * The data a person gathered, pasted as JSON; null when the field is empty. Refusals name the
   * table or field at fault next to the step's form.
   */
  private static JsonNode data(Map<String, String> form) {
    String value = form.get("data");
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return JSON.readTree(value);
    } catch (java.io.IOException e) {
      throw new RequestRuleViolation(
          "step", "the data must be JSON: {\"table\": [{\"field\": value, …}, …]}");
    }
  }

  private static String text(Map<String, String> form, String field) {
    String value = form.get(field);
    if (value != null && value.length() > MAX_TEXT) {
      throw new RequestRuleViolation(field, "at most " + MAX_TEXT + " characters");
    }
    return value;
  }
}
