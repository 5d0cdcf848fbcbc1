package dev.rightful.fulfil;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.requests.FulfilGate;
import dev.rightful.requests.RequestRuleViolation;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RightsRequest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The steps a person does: the work in a {@code manual} system, or in an {@code email} system once
 * its vendor has been mailed, confirmed by staff in the console, with the data gathered for a
 * request to know. Opening and confirming are audited (ids and counts only); a staff note goes on
 * the request's timeline. Thread-safe.
 */
final class ManualSteps {
  private final Plan plan;
  private final RequestService requests;
  private final JobSteps jobs;
  private final WaitingSteps waiting;
  private final VendorSteps vendors;
  private final AuditLog audit;

  ManualSteps(
      Plan plan,
      RequestService requests,
      JobSteps jobs,
      WaitingSteps waiting,
      VendorSteps vendors,
      AuditLog audit) {
    this.plan = plan;
    this.requests = requests;
    this.jobs = jobs;
    this.waiting = waiting;
    this.vendors = vendors;
    this.audit = audit;
  }

  /** A system whose step a person confirms: {@code manual}, and {@code email} (after its mail). */
  static boolean byPerson(SystemPlan system) {
    return !system.isDatabase() && !VendorSteps.isWebhook(system);
  }

  /** Opens a manual or email system's step (audited); an email system's vendor is mailed. */
  void open(RightsRequest request, StepKind kind, SystemPlan system) {
    String step = system.system().id();
    if ("email".equals(system.system().connector())) {
      vendors.openEmail(request, kind, system);
    } else {
      jobs.markWaiting(request.id(), step, kind);
    }
    audit.append(
        new AuditEntry(
            "system",
            "fulfil.manual-step-opened",
            "request",
            request.id(),
            Map.of("system", step, "kind", kind.id())));
  }

  /**
   * A person confirms the work, with the data gathered for a request to know, {@code {"table":
   * [{field: value}, …]}} or null: checked against the map's tables and fields for that system
   * ({@link dev.rightful.fulfil.vendor.VendorDataInvalid} naming the field otherwise, nothing
   * changed), kept sealed, and included in the access package like a database's rows. A waiting
   * webhook step (a vendor that never called back, followed up by staff) is confirmed the same way.
   * False when the step was not waiting.
   */
  boolean confirm(String requestId, String step, String actor, String note, JsonNode data) {
    RightsRequest request = requests.get(requestId);
    FulfilGate.require(request);
    StepKind kind = StepKind.of(request);
    SystemPlan system =
        plan.findSystem(step)
            .filter(s -> !s.isDatabase())
            .orElseThrow(
                () ->
                    new RequestRuleViolation(
                        "step", "'" + step + "' is not a manual system of the map"));
    boolean attached = data != null && !data.isNull() && !data.isMissingNode();
    if (attached && kind != StepKind.ACCESS) {
      throw new RequestRuleViolation(
          "data", "data is attached only to a request to know; this one is " + request.type().id());
    }
    VendorSteps.Accepted gathered =
        attached ? vendors.gathered(requestId, system.system(), data) : null;
    boolean confirmed =
        gathered == null
            ? waiting.confirm(requestId, step, actor)
            : waiting.confirm(requestId, step, actor, gathered.result(), gathered.foundSealed());
    if (!confirmed) {
      return false;
    }
    boolean noted = note != null && !note.isBlank();
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("system", step);
    facts.put("noted", noted);
    if (gathered != null) {
      facts.putAll(gathered.counts());
    }
    audit.append(
        new AuditEntry(actor, "fulfil.manual-step-confirmed", "request", requestId, facts));
    if (noted) {
      requests.note(requestId, "Work in '" + step + "' confirmed: " + note, actor);
    }
    return true;
  }
}
