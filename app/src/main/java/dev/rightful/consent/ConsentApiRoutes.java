package dev.rightful.consent;

import dev.rightful.web.ApiProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The consent API for the company's systems, behind a token of role {@code service}: with the scope
 * {@code consent:decisions}, decisions (one, or a batch of up to 1,000) and GPP strings; with
 * {@code consent:write}, a subject's history, the writes other systems make (choices taken by staff
 * or a rights request, links between subjects, ages, parental consents) and the propagation tasks.
 * Every write is audited with the token's id, and no write opts a consumer back in over their
 * opt-out. Thread-safe.
 */
final class ConsentApiRoutes {
  static final String BASE = "/api/v1/consent";
  static final int MAX_BATCH = 1000;

  private final ConsentService service;
  private final GppStrings gpp;
  private final Propagation propagation;
  private final ClientAudit audit;
  private final ServiceAuth auth;
  private final DecisionMeters meters;
  private final byte[][] decisionBodies = new byte[Reason.values().length][];

  ConsentApiRoutes(
      ConsentService service,
      GppStrings gpp,
      Propagation propagation,
      ClientAudit audit,
      ServiceAuth auth,
      DecisionMeters meters) {
    this.service = service;
    this.meters = meters;
    this.gpp = gpp;
    this.propagation = propagation;
    this.audit = audit;
    this.auth = auth;
    for (Reason reason : Reason.values()) {
      // the hot path writes one of these fixed bodies: no serialization per request
      decisionBodies[reason.ordinal()] =
          ("{\"allowed\":" + reason.allows() + ",\"reason\":\"" + reason.id() + "\"}")
              .getBytes(StandardCharsets.UTF_8);
    }
  }

  record DecisionRequest(String subject, String purpose) {}

  record DecisionsBody(List<DecisionRequest> requests) {}

  record ChoiceBody(
      String subject,
      List<String> purposes,
      String choice,
      String source,
      Boolean confirmed,
      String page,
      String detail) {}

  record LinkBody(List<String> subjects) {}

  record AgeBody(String subject, LocalDate birthDate, Integer age) {}

  record ParentalBody(String subject, List<String> purposes, String method, String verifiedBy) {}

  void register(RoutesConfig routes) {
    routes.get(BASE + "/decision", this::decision);
    routes.post(BASE + "/decisions", this::decisions);
    routes.get(BASE + "/gpp", this::gppString);
    routes.get(BASE + "/history", this::history);
    routes.post(BASE + "/choices", this::choice);
    routes.post(BASE + "/links", this::link);
    routes.post(BASE + "/ages", this::age);
    routes.post(BASE + "/parental-consents", this::parental);
    routes.get(BASE + "/propagation", this::tasks);
    routes.post(BASE + "/propagation/{id}/done", this::done);
  }

  private void decision(Context ctx) {
    var sample = meters.start();
    require(ctx, ServiceScope.DECISIONS);
    String key = key(ctx.queryParam("subject"), "subject");
    ConsentPurpose purpose = purpose(ctx.queryParam("purpose"), "purpose");
    Decision decision = service.decide(key, purpose);
    meters.one(sample, decision);
    ctx.contentType("application/json").result(decisionBodies[decision.reason().ordinal()]);
  }

  private void decisions(Context ctx) {
    var sample = meters.start();
    require(ctx, ServiceScope.DECISIONS);
    DecisionsBody body = body(ctx, DecisionsBody.class);
    if (body.requests() == null || body.requests().size() > MAX_BATCH) {
      throw ApiProblem.badRequest("requests", "send 'requests', at most " + MAX_BATCH);
    }
    List<String> keys = new ArrayList<>();
    List<ConsentPurpose> purposes = new ArrayList<>();
    for (int i = 0; i < body.requests().size(); i++) {
      DecisionRequest request = body.requests().get(i);
      String at = "requests[" + i + "]";
      keys.add(key(request == null ? null : request.subject(), at + ".subject"));
      purposes.add(purpose(request == null ? null : request.purpose(), at + ".purpose"));
    }
    List<Decision> decisions = service.decideAll(keys, purposes);
    meters.batch(sample, decisions);
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < decisions.size(); i++) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("subject", body.requests().get(i).subject());
      row.put("purpose", purposes.get(i).id());
      row.put("allowed", decisions.get(i).allowed());
      row.put("reason", decisions.get(i).reason().id());
      out.add(row);
    }
    ctx.json(Map.of("decisions", out));
  }

  private void gppString(Context ctx) {
    require(ctx, ServiceScope.DECISIONS);
    String key = key(ctx.queryParam("subject"), "subject");
    GppStrings.Encoded encoded = gpp.encode(service.currentState(key), service.clock());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("gpp", encoded.gpp());
    out.put("gppSectionIds", encoded.sectionIds());
    out.put("usPrivacy", encoded.usPrivacy());
    out.put("sections", encoded.sections());
    // the section of the state the subject's visitor was last seen in, as the browser's ping says
    out.put("applicableSections", encoded.applicableSections());
    ctx.json(out);
  }

  private void history(Context ctx) {
    require(ctx, ServiceScope.WRITE);
    String key = key(ctx.queryParam("subject"), "subject");
    SubjectState state = service.currentState(key);
    Map<String, Object> purposes = new LinkedHashMap<>();
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      Decision decision = service.rules().decide(state, purpose, service.clock());
      PurposeState current = state.of(purpose);
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("allowed", decision.allowed());
      row.put("reason", decision.reason().id());
      row.put("choice", current == null ? null : current.choice().id());
      row.put("source", current == null ? null : current.source().id());
      row.put("since", current == null ? null : current.since());
      purposes.put(purpose.id(), row);
    }
    List<Map<String, Object>> events = new ArrayList<>();
    for (LedgerEvent event : service.history(key)) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", event.id());
      row.put("purpose", event.purpose().id());
      row.put("choice", event.choice().id());
      row.put("source", event.source().id());
      row.put("at", event.at());
      row.put("page", event.page());
      row.put("userAgent", event.userAgent());
      row.put("detail", event.detail());
      row.put("via", event.viaSubject());
      events.add(row);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("subject", key);
    out.put("bornOn", state.bornOn());
    out.put("lastOptOutAt", state.lastOptOutAt());
    out.put("purposes", purposes);
    out.put("events", events);
    ctx.json(out);
  }

  private void choice(Context ctx) {
    // A client with the write scope is a system the company set up, not the public: no address
    // limit
    // (a CRM behind one NAT address may sync thousands of choices); revoking its token stops it.
    ServiceClient client = require(ctx, ServiceScope.WRITE);
    ChoiceBody body = body(ctx, ChoiceBody.class);
    String key = key(body.subject(), "subject");
    Set<ConsentPurpose> purposes = purposes(body.purposes());
    Choice choice =
        Choice.fromId(body.choice())
            .orElseThrow(() -> ApiProblem.badRequest("choice", "'opt-out' or 'opt-in'"));
    ChoiceSource source =
        ChoiceSource.fromId(body.source())
            .filter(s -> s == ChoiceSource.STAFF || s == ChoiceSource.RIGHTS_REQUEST)
            .orElseThrow(() -> ApiProblem.badRequest("source", "'staff' or 'rights-request'"));
    Recorded recorded =
        service.record(
            key,
            purposes,
            choice,
            new ChoiceContext(source, body.page(), null, body.detail()),
            Boolean.TRUE.equals(body.confirmed()),
            false,
            client);
    if (recorded.refused()) {
      throw refused(recorded.refusal().get(), "choice");
    }
    ctx.status(201).json(Map.of("subject", key, "changed", recorded.changed()));
  }

  private void link(Context ctx) {
    ServiceClient client = require(ctx, ServiceScope.WRITE);
    LinkBody body = body(ctx, LinkBody.class);
    if (body.subjects() == null || body.subjects().size() != 2) {
      throw ApiProblem.badRequest("subjects", "send exactly two subjects to link");
    }
    String first = key(body.subjects().get(0), "subjects[0]");
    String second = key(body.subjects().get(1), "subjects[1]");
    service.link(first, second, ChoiceContext.of(ChoiceSource.STAFF), client);
    ctx.status(204);
  }

  private void age(Context ctx) {
    ServiceClient client = require(ctx, ServiceScope.WRITE);
    AgeBody body = body(ctx, AgeBody.class);
    String key = key(body.subject(), "subject");
    LocalDate bornOn = body.birthDate();
    if (bornOn == null && body.age() != null) {
      if (body.age() < 0 || body.age() > 130) {
        throw ApiProblem.badRequest("age", "an age in years, 0 to 130");
      }
      bornOn = ConsentRules.youngestBirthDate(body.age(), LocalDate.now(service.clock()));
    }
    if (bornOn == null) {
      throw ApiProblem.badRequest("birthDate", "send 'birthDate' (YYYY-MM-DD) or 'age'");
    }
    service.recordBirthDate(key, bornOn, client);
    ctx.status(204);
  }

  private void parental(Context ctx) {
    ServiceClient client = require(ctx, ServiceScope.WRITE);
    ParentalBody body = body(ctx, ParentalBody.class);
    String key = key(body.subject(), "subject");
    ParentalConsentMethod method =
        ParentalConsentMethod.fromId(body.method())
            .orElseThrow(
                () ->
                    ApiProblem.badRequest(
                        "method", "a 7070(a)(2) method such as 'signed-consent-form'"));
    if (body.verifiedBy() == null || body.verifiedBy().isBlank()) {
      throw ApiProblem.badRequest("verifiedBy", "who verified the parent");
    }
    Recorded recorded =
        service.recordParentalConsent(
            client, key, purposes(body.purposes()), method, body.verifiedBy());
    if (recorded.refused()) {
      throw refused(recorded.refusal().get(), "purposes");
    }
    ctx.status(201).json(Map.of("subject", key, "changed", recorded.changed()));
  }

  private void tasks(Context ctx) {
    require(ctx, ServiceScope.WRITE);
    if ("true".equals(ctx.queryParam("overdue"))) {
      ctx.json(Map.of("tasks", propagation.overdue()));
      return;
    }
    String status = ctx.queryParam("status");
    PropagationTask.Status filter = null;
    if (status != null) {
      try {
        filter = PropagationTask.Status.valueOf(status.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw ApiProblem.badRequest("status", "'pending', 'sent' or 'done'");
      }
    }
    ctx.json(Map.of("tasks", propagation.list(filter, 500)));
  }

  private void done(Context ctx) {
    ServiceClient client = require(ctx, ServiceScope.WRITE);
    long id;
    try {
      id = Long.parseLong(ctx.pathParam("id"));
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest("id", "a task id");
    }
    if (!propagation.markDone(id, handle -> audit.propagationDone(handle, client, id))) {
      throw ApiProblem.notFound("no propagation task " + id);
    }
    ctx.status(204);
  }

  /**
   * The request's machine client: 401 without a live token, 403 for a live token of another role or
   * without {@code scope} (valid credentials without the right, as the staff API answers).
   */
  private ServiceClient require(Context ctx, ServiceScope scope) {
    ServiceClient client = auth.client(ctx).orElse(null);
    if (client == null && auth.otherRole(ctx)) {
      throw new ApiProblem(
          403, "Forbidden", "This needs a token of role 'service'.", "Authorization");
    }
    if (client == null) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiProblem(
          401, "Unauthorized", "Send a bearer token of role 'service'.", "Authorization");
    }
    if (!client.may(scope)) {
      ctx.header(
          "WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"" + scope.id() + "\"");
      throw new ApiProblem(
          403,
          "Forbidden",
          "This needs a token with the scope '"
              + scope.id()
              + "'; this token has "
              + client.scopes().stream().map(ServiceScope::id).sorted().toList()
              + ".",
          "Authorization");
    }
    return client;
  }

  /**
   * The problem for a refused opt-in: 409 when the consumer's opt-out stands (only the consumer can
   * undo it), 422 for the other rules.
   */
  private static ApiProblem refused(OptInRefusal refusal, String field) {
    return refusal == OptInRefusal.OPT_OUT_STANDS
        ? new ApiProblem(409, "Opt-out stands", refusal.message(), field)
        : new ApiProblem(422, "Opt-in refused", refusal.message(), field);
  }

  private String key(String subject, String field) {
    return service
        .key(subject)
        .orElseThrow(
            () ->
                ApiProblem.badRequest(
                    field, "write a subject as device:ID, account:ID or email:ADDRESS"));
  }

  private static ConsentPurpose purpose(String id, String field) {
    return ConsentPurpose.fromId(id)
        .orElseThrow(() -> ApiProblem.badRequest(field, "'sale', 'share' or 'sensitive'"));
  }

  private static Set<ConsentPurpose> purposes(List<String> ids) {
    if (ids == null || ids.isEmpty()) {
      throw ApiProblem.badRequest("purposes", "list one or more of 'sale', 'share', 'sensitive'");
    }
    Set<ConsentPurpose> out = EnumSet.noneOf(ConsentPurpose.class);
    for (String id : ids) {
      out.add(purpose(id, "purposes"));
    }
    return out;
  }

  private static <T> T body(Context ctx, Class<T> type) {
    try {
      T body = ctx.bodyAsClass(type);
      if (body == null) {
        throw ApiProblem.badRequest("body", "send a JSON object");
      }
      return body;
    } catch (ApiProblem e) {
      throw e;
    } catch (RuntimeException e) {
      throw ApiProblem.badRequest("body", "the body is not valid JSON for this endpoint");
    }
  }
}
