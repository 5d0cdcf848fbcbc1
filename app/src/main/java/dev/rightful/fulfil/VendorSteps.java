package dev.rightful.fulfil;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.crypto.WebhookSignature;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Table;
import dev.rightful.fulfil.notify.NoticeBody;
import dev.rightful.fulfil.vendor.SystemRequest;
import dev.rightful.fulfil.vendor.SystemWebhook;
import dev.rightful.fulfil.vendor.VendorData;
import dev.rightful.fulfil.vendor.VendorDataInvalid;
import dev.rightful.fulfil.vendor.VendorSilent;
import dev.rightful.fulfil.vendor.VendorUnavailable;
import dev.rightful.mail.MailMessage;
import dev.rightful.mail.Messages;
import dev.rightful.mail.Outbox;
import dev.rightful.requests.RightsRequest;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The steps of systems a vendor holds: a {@code webhook} system is asked over its signed webhook
 * and answers at once or calls back; an {@code email} system is mailed through the outbox and its
 * step waits for staff. What a vendor reports is checked against the map and kept as a JDBC step's
 * is: rows sealed, counts in the result. Audit events carry ids and counts only. Thread-safe.
 */
final class VendorSteps {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How long a vendor that answered 202 may stay silent before it is asked again. */
  static final Duration REMIND_AFTER = Duration.ofDays(3);

  /** Reminders before a silent vendor's step is blocked for staff to follow up. */
  static final int REMINDERS = 3;

  /** What a vendor's callback came to. */
  enum Callback {
    ACCEPTED,
    /** The step was done already; nothing changed. */
    ALREADY_DONE,
    /** No such step, a signature that does not verify, or a body for another request or system. */
    REFUSED
  }

  /** A system a vendor holds behind a signed webhook. */
  static boolean isWebhook(SystemPlan system) {
    return "webhook".equals(system.system().connector());
  }

  private final DataMap map;
  private final Clock clock;
  private final JobSteps jobs;
  private final WaitingSteps waiting;
  private final StepCodec codec;
  private final SystemWebhook webhook;
  private final Messages messages;
  private final Outbox outbox;
  private final Jdbi jdbi;
  private final AuditLog audit;
  private final String publicUrl;

  VendorSteps(
      DataMap map,
      JobSteps jobs,
      WaitingSteps waiting,
      StepCodec codec,
      SystemWebhook webhook,
      Messages messages,
      Outbox outbox,
      Jdbi jdbi,
      AuditLog audit,
      String publicUrl,
      Clock clock) {
    this.clock = clock;
    this.map = map;
    this.jobs = jobs;
    this.waiting = waiting;
    this.codec = codec;
    this.webhook = webhook;
    this.messages = messages;
    this.outbox = outbox;
    this.jdbi = jdbi;
    this.audit = audit;
    this.publicUrl = publicUrl;
  }

  /**
   * Asks a webhook system, unless its step waits for a callback already: then it is asked again
   * (the same request; a vendor treats a repeated request id and system as one) once it has been
   * silent for {@link #REMIND_AFTER}, up to {@link #REMINDERS} times, after which {@link
   * VendorSilent} is thrown for the step to be blocked. True when the step is done (the vendor
   * answered at once); false when it waits. A vendor that cannot be reached throws {@link
   * VendorUnavailable}, an answer that does not fit the map {@link VendorDataInvalid}: the caller
   * counts the attempt, as for a database that is down.
   */
  boolean askWebhook(
      RightsRequest request, StepKind kind, SystemPlan system, JobSteps.Step current) {
    String step = system.system().id();
    int reminders = 0;
    if (current != null && current.isWaiting()) {
      // A waiting step's attempts count the reminders sent since the vendor's 202.
      if (current.updatedAt().plus(REMIND_AFTER).isAfter(clock.instant())) {
        return false;
      }
      if (current.attempts() >= REMINDERS) {
        throw new VendorSilent(step, current.attempts());
      }
      reminders = current.attempts() + 1;
      audit.append(
          new AuditEntry(
              "system",
              "fulfil.vendor-reminded",
              "request",
              request.id(),
              Map.of("system", step, "reminder", reminders)));
    }
    // Recorded before the POST, so that a vendor calling back before its 202 is read is accepted.
    jobs.saveFound(request.id(), step, kind, null);
    SystemWebhook.Answer answer;
    try {
      answer =
          webhook.send(
              system.system(),
              SystemRequest.messageId(request, kind, system),
              SystemRequest.json(request, kind, system, publicUrl));
    } catch (VendorUnavailable | VendorDataInvalid e) {
      audit.append(
          new AuditEntry(
              "system",
              "fulfil.vendor-request-failed",
              "request",
              request.id(),
              Map.of("system", step, "error", e.getClass().getSimpleName())));
      throw e;
    }
    boolean now = answer instanceof SystemWebhook.Answer.Result;
    audit.append(
        new AuditEntry(
            "system",
            "fulfil.vendor-request-sent",
            "request",
            request.id(),
            Map.of("system", step, "answer", now ? "result" : "later")));
    if (answer instanceof SystemWebhook.Answer.Result result) {
      Accepted accepted = accept(request.id(), kind, system.system(), result.body());
      jobs.markDone(request.id(), step, kind, accepted.result(), accepted.foundSealed());
      audit.append(stepDone("system", request.id(), step, accepted));
      return true;
    }
    waiting.markWaitingUnlessDone(request.id(), step, reminders);
    return jobs.find(request.id(), step).map(JobSteps.Step::isDone).orElse(false);
  }

  /**
   * A vendor system's callback with its result: the body signed with the system's secret, naming
   * the request and the system of the path, so a signature for one step completes no other.
   * Accepted for a step that was asked and is not done (a blocked one too: the vendor answered in
   * the end). A result that does not fit the map throws {@link VendorDataInvalid}, nothing stored.
   */
  Callback callback(
      RightsRequest request,
      SystemPlan system,
      byte[] body,
      WebhookSignature.Signed signature,
      boolean open) {
    String step = system.system().id();
    JobSteps.Step current = jobs.find(request.id(), step).orElse(null);
    var key = webhook.secret(system.system()).flatMap(WebhookSignature::key);
    if (current == null
        || key.isEmpty()
        || !WebhookSignature.verify(key.get(), body, signature, clock.instant())) {
      return Callback.REFUSED;
    }
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (IOException e) {
      return Callback.REFUSED;
    }
    if (json == null
        || !request.id().equals(json.path("requestId").asText(null))
        || !step.equals(json.path("system").asText(null))) {
      return Callback.REFUSED;
    }
    if (current.isDone() || !open) {
      return Callback.ALREADY_DONE;
    }
    Accepted accepted = accept(request.id(), current.kind(), system.system(), json);
    String actor = "vendor:system/" + step;
    if (!waiting.finishUnlessDone(
        request.id(), step, actor, accepted.result(), accepted.foundSealed())) {
      return Callback.ALREADY_DONE;
    }
    audit.append(stepDone(actor, request.id(), step, accepted));
    return Callback.ACCEPTED;
  }

  /**
   * Opens an email system's step: the vendor's mail and the waiting step commit together, so the
   * vendor is mailed once; staff confirm the step when the vendor replied.
   */
  void openEmail(RightsRequest request, StepKind kind, SystemPlan system) {
    DataSystem vendor = system.system();
    MailMessage message =
        messages.vendorRequest(
            request.reference(),
            vendor.email(),
            request.type(),
            request.receivedDate(),
            request.effectiveDueBy(),
            NoticeBody.identifierLines(request),
            NoticeBody.correctionLines(request),
            SystemRequest.tableLines(system));
    jdbi.useTransaction(
        handle -> {
          long mail = outbox.enqueue(handle, message);
          jobs.markWaiting(handle, request.id(), vendor.id(), kind);
          waiting.linkMail(handle, request.id(), vendor.id(), mail);
          audit.append(
              handle,
              new AuditEntry(
                  "system",
                  "fulfil.vendor-mail-queued",
                  "request",
                  request.id(),
                  Map.of("system", vendor.id(), "kind", kind.id(), "outboxId", mail)));
        });
  }

  /**
   * Rows a person gathered from a manual or email system for a request to know, checked against the
   * map, sealed for the step: {@code {"table": [{field: value}, …]}}.
   */
  Accepted gathered(String requestId, DataSystem system, JsonNode data) {
    Found found = new Found(system.id(), VendorData.rows(system, data), 0);
    return new Accepted(
        StepCodec.write(Map.of("rows", found.rowCount())),
        codec.sealFound(requestId, found),
        Map.of("rows", found.rowCount()));
  }

  /** A result as stored: plain counts, the sealed rows (or null), and the audit's counts. */
  record Accepted(String result, String foundSealed, Map<String, Object> counts) {}

  private Accepted accept(String requestId, StepKind kind, DataSystem system, JsonNode body) {
    return switch (kind) {
      case ACCESS -> gathered(requestId, system, body.get("tables"));
      case DELETE -> {
        Certificate part = certificate(requestId, system, body);
        yield new Accepted(
            StepCodec.write(part),
            null,
            Map.of(
                "deleted", sum(part.deleted()),
                "anonymized", sum(part.anonymized()),
                "retained", part.retained().stream().mapToInt(Certificate.Retained::rows).sum()));
      }
      case CORRECT -> {
        Map<String, Integer> corrected = VendorData.corrected(system, body.get("corrected"));
        yield new Accepted(StepCodec.write(corrected), null, Map.of("corrected", sum(corrected)));
      }
    };
  }

  /**
   * The vendor's part of the deletion certificate. Retained rows are accepted only in a table the
   * map retains, and carry the basis of its retention rule: the vendor cannot give the consumer a
   * basis the company has not recorded. Rightful cannot count what remains in a vendor's system
   * itself; the part says what the vendor reported, and verifies on that report.
   */
  private Certificate certificate(String requestId, DataSystem system, JsonNode body) {
    Map<String, Integer> deleted =
        prefixed(system, VendorData.counts(system, body.get("deleted"), "deleted"));
    Map<String, Integer> anonymized =
        prefixed(system, VendorData.counts(system, body.get("anonymized"), "anonymized"));
    List<Certificate.Retained> retained = new ArrayList<>();
    VendorData.counts(system, body.get("retained"), "retained")
        .forEach(
            (name, rows) -> {
              Table table = system.findTable(name).orElseThrow();
              if (table.onDelete() != Table.OnDelete.RETAIN) {
                throw new VendorDataInvalid(
                    "retained." + name,
                    "the map does not retain table '"
                        + name
                        + "' (onDelete: "
                        + table.onDelete().id()
                        + "): its rows are to be deleted");
              }
              if (rows > 0) {
                retained.add(Certificate.Retained.of(map, system.id(), table, rows));
              }
            });
    return new Certificate(requestId, deleted, anonymized, retained, Map.of());
  }

  private static Map<String, Integer> prefixed(DataSystem system, Map<String, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.forEach((table, n) -> out.put(system.id() + "." + table, n));
    return out;
  }

  private static AuditEntry stepDone(String actor, String requestId, String step, Accepted a) {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("system", step);
    facts.put("via", "webhook");
    facts.putAll(a.counts());
    return new AuditEntry(actor, "fulfil.step-done", "request", requestId, facts);
  }

  private static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(n -> n).sum();
  }
}
