package dev.rightful.fulfil;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rightful.audit.AuditLog;
import dev.rightful.crypto.WebhookSignature;
import dev.rightful.datamap.DataMap;
import dev.rightful.fulfil.access.PackageLinks;
import dev.rightful.fulfil.access.PackageStore;
import dev.rightful.fulfil.connector.Connector;
import dev.rightful.fulfil.notify.RecipientNotifier;
import dev.rightful.fulfil.vendor.VendorSilent;
import dev.rightful.law.RequestType;
import dev.rightful.requests.FulfilGate;
import dev.rightful.requests.RequestRuleViolation;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RequestStatus;
import dev.rightful.requests.RightsRequest;
import dev.rightful.retention.Holds;
import dev.rightful.store.PiProtection;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carries out a verified delete, know or correct request in the company's databases: plans it from
 * the data map, runs one step per system through the connectors, records each step in {@code
 * fulfil_job} and the audit log (ids and counts only), and completes the request with the deletion
 * summary, the package link or the corrections made. {@link #run} is idempotent and is what the
 * persistent job executes. Thread-safe.
 */
public final class FulfilmentService {
  /*
   * Exactly once: run() does nothing for a request that is no longer verified, and completion is
   * one transaction in RequestService, so a retry after completion stops at the first line. Steps:
   * a system whose step is done is skipped; for a deletion the found rows are stored (sealed)
   * before anything is erased, so a retry erases the same rows again, which the connector's
   * idempotent statements turn into no change. A step that fails is counted; below maxAttempts the
   * exception propagates and the scheduler retries with backoff, at maxAttempts the step is
   * blocked, the request gets a staff note, and run() returns normally (no further retries) until
   * staff start it again.
   *
   * This class coordinates; the work is done by kind of system and kind of request. A step is run
   * by DatabaseSteps (a company database), VendorSteps (a vendor's webhook or mail) or ManualSteps
   * (a person confirms it); StepResults gathers what the done steps found or did; the consumer is
   * answered by DeletionAnswer, AccessAnswer or CorrectionAnswer, by the request's StepKind.
   */
  private static final Logger log = LoggerFactory.getLogger(FulfilmentService.class);

  /** What a run ended with. */
  public enum Outcome {
    COMPLETED,
    ALREADY_CLOSED,
    BLOCKED,
    /** A manual system's work waits for a person's confirmation; confirming runs the job again. */
    WAITING,
    /** The request may not be fulfilled yet ({@link FulfilGate}): nothing was done. */
    REFUSED
  }

  /** The settings of fulfilment. */
  public record Settings(
      int maxAttempts, Duration linkValidity, String publicUrl, ZoneId businessZone) {}

  // The map does not change while the server runs, nor does the plan made from it.
  private final Plan plan;
  private final RequestService requests;
  private final JobSteps jobs;
  private final WaitingSteps waiting;
  private final StepCodec codec;
  private final PackageLinks links;
  private final Settings settings;
  private final Clock clock;
  private final VendorSteps vendors;
  private final DatabaseSteps databases;
  private final ManualSteps manual;
  private final BlockedSteps blocked;
  private final DeletionAnswer deletion;
  private final AccessAnswer access;
  private final CorrectionAnswer correction;
  private final StepTimings timings;

  /**
   * @param vendors makes the vendor systems' steps from this service's codec, so that rows a vendor
   *     or a person reports are sealed exactly as a database's are
   */
  FulfilmentService(
      Jdbi jdbi,
      DataMap map,
      RequestService requests,
      JobSteps jobs,
      WaitingSteps waiting,
      PiProtection pi,
      Function<String, Connector> connectors,
      FulfilKeys keys,
      PackageStore packages,
      RecipientNotifier notifier,
      SuppressionList suppression,
      Holds holds,
      AuditLog audit,
      Settings settings,
      Clock clock,
      Function<StepCodec, VendorSteps> vendors,
      StepTimings timings) {
    this.plan = new Planner().plan(map);
    this.timings = timings;
    this.requests = requests;
    this.jobs = jobs;
    this.waiting = waiting;
    this.codec = new StepCodec(pi);
    this.links = new PackageLinks(keys);
    this.settings = settings;
    this.clock = clock;
    this.vendors = vendors.apply(codec);
    this.databases =
        new DatabaseSteps(map, jobs, codec, connectors, keys, holds, audit, clock, jdbi);
    this.manual = new ManualSteps(plan, requests, jobs, waiting, this.vendors, audit);
    this.blocked = new BlockedSteps(jobs, requests, audit);
    this.deletion =
        new DeletionAnswer(
            map,
            requests,
            jobs,
            notifier,
            suppression,
            audit,
            blocked,
            settings.maxAttempts(),
            jdbi);
    this.access = new AccessAnswer(map, requests, jobs, packages, links, audit, settings, clock);
    this.correction = new CorrectionAnswer(map, requests, jobs, notifier, audit);
  }

  /** The plan fulfilment follows (the same for every request: the map's systems and tables). */
  public Plan plan() {
    return plan;
  }

  public RequestService requests() {
    return requests;
  }

  public PackageLinks links() {
    return links;
  }

  /** The request, when fulfilment can act on it; a rule violation (409) otherwise. */
  public RightsRequest requireFulfillable(String requestId) {
    RightsRequest request = requests.get(requestId);
    FulfilGate.require(request);
    StepKind.of(request);
    return request;
  }

  /** Whether a request of {@code type} is carried out in the company's databases. */
  public static boolean carriesOut(RequestType type) {
    return StepKind.of(type).isPresent();
  }

  /** Runs or resumes the request's fulfilment. */
  public Outcome run(String requestId) {
    RightsRequest request = requests.get(requestId);
    if (!request.isOpen()) {
      return Outcome.ALREADY_CLOSED;
    }
    Optional<RequestRuleViolation> refusal = FulfilGate.refusal(request);
    if (refusal.isPresent()) {
      // A job scheduled before the gate closed (or by another node) ends here, touching nothing;
      // starting it again once the gate opens runs it.
      log.info("fulfilment of {} refused: {}", requestId, refusal.get().field());
      return Outcome.REFUSED;
    }
    StepKind kind = StepKind.of(request);
    Identity identity = Identity.of(request.subject());
    StepResults results = new StepResults();
    boolean waits = false;
    for (SystemPlan system : plan.systems()) {
      String step = system.system().id();
      JobSteps.Step done = jobs.find(requestId, step).orElse(null);
      if (ManualSteps.byPerson(system)) {
        // A person does the work in that system (an email system's vendor is mailed first) and
        // confirms it in the console. The other systems go ahead; the request is answered once
        // every step is done.
        // Opened again when staff start a blocked request again (its vendor mail was refused).
        if (done == null || done.isFailed()) {
          manual.open(request, kind, system);
          waits = true;
          continue;
        }
        if (!done.isDone()) {
          waits = true;
          continue;
        }
      } else {
        if (done != null && done.isBlocked()) {
          return Outcome.BLOCKED;
        }
        boolean webhook = VendorSteps.isWebhook(system);
        var sample = timings.start();
        try {
          if (done == null || !done.isDone()) {
            if (webhook) {
              if (!vendors.askWebhook(request, kind, system, done)) {
                timings.stop(sample, kind, true, StepTimings.Result.WAITING);
                waits = true;
                continue;
              }
            } else {
              databases.run(request, kind, plan, system, identity, done);
            }
            done = jobs.find(requestId, step).orElseThrow();
            timings.stop(sample, kind, webhook, StepTimings.Result.DONE);
          }
        } catch (VendorSilent e) {
          timings.stop(sample, kind, true, StepTimings.Result.FAILED);
          // Reminded and still silent: a person has to follow the vendor up.
          blocked.block(requestId, step, done.attempts(), e.getClass().getSimpleName());
          return Outcome.BLOCKED;
        } catch (RuntimeException e) {
          timings.stop(sample, kind, webhook, StepTimings.Result.FAILED);
          String error = e.getClass().getSimpleName();
          int attempts = jobs.markFailed(requestId, step, kind, error);
          log.warn(
              "fulfilment of {} failed at {} (attempt {}): {}", requestId, step, attempts, error);
          if (attempts >= settings.maxAttempts()) {
            blocked.block(requestId, step, attempts, error);
            return Outcome.BLOCKED;
          }
          throw e;
        }
      }
      results.add(kind, codec, requestId, done);
    }
    if (waits) {
      return Outcome.WAITING;
    }
    switch (kind) {
      case DELETE -> deletion.answer(request, identity, results.parts());
      case ACCESS -> access.answer(request, plan, results.found());
      case CORRECT -> correction.answer(request, results.corrected());
    }
    return Outcome.COMPLETED;
  }

  /**
   * Runs again every request whose webhook system has been silent since its 202 for {@link
   * VendorSteps#REMIND_AFTER}: the vendor is asked again, or, after {@link VendorSteps#REMINDERS}
   * reminders, the step is blocked. Returns how many requests were run.
   */
  public int remindSilentVendors() {
    List<String> webhookSteps =
        plan.systems().stream().filter(VendorSteps::isWebhook).map(s -> s.system().id()).toList();
    List<String> silent =
        waiting.waitingSince(clock.instant().minus(VendorSteps.REMIND_AFTER), webhookSteps);
    for (String requestId : silent) {
      try {
        run(requestId);
      } catch (RuntimeException e) {
        // Counted on the step (a vendor down when reminded); the next run tries again.
        log.warn("reminding the vendor of {} failed: {}", requestId, e.getClass().getSimpleName());
      }
    }
    return silent.size();
  }

  /**
   * Blocks every waiting email-system step whose vendor mail the mail server refused for good, with
   * a note for staff: nobody will reply to it. Starting the request again, once the address in the
   * map is fixed, mails the vendor anew. Returns how many were blocked.
   */
  public int blockRefusedVendorMail() {
    List<WaitingSteps.RefusedMail> refused = waiting.refusedMail();
    for (WaitingSteps.RefusedMail mail : refused) {
      blocked.block(
          mail.requestId(),
          mail.step(),
          1,
          "VendorMailRefused" + (mail.error() == null ? "" : ": " + mail.error()));
    }
    return refused.size();
  }

  /**
   * A person confirms the work in a manual system: the step is done, who and when audited, the note
   * (if any) kept on the request's staff timeline. False when the step was not waiting.
   */
  public boolean confirmManualStep(String requestId, String step, String actor, String note) {
    return confirmManualStep(requestId, step, actor, note, null);
  }

  /** The same, with the data the person gathered for a request to know ({@link ManualSteps}). */
  public boolean confirmManualStep(
      String requestId, String step, String actor, String note, JsonNode data) {
    return manual.confirm(requestId, step, actor, note, data);
  }

  /**
   * A webhook system's signed callback with its result ({@link VendorSteps#callback}): false when
   * refused (unknown request or system, bad signature, a body for another step), all alike. Whether
   * the job should run again is {@link VendorSteps.Callback#ACCEPTED}.
   */
  VendorSteps.Callback vendorCallback(
      String requestId, String system, byte[] body, WebhookSignature.Signed signature) {
    RightsRequest request = requests.find(requestId).orElse(null);
    SystemPlan webhook = plan.findSystem(system).filter(VendorSteps::isWebhook).orElse(null);
    if (request == null || webhook == null) {
      return VendorSteps.Callback.REFUSED;
    }
    return vendors.callback(
        request, webhook, body, signature, request.status() == RequestStatus.VERIFIED);
  }

  /** The values a correction replaced in {@code system}, opened for staff; empty when none. */
  public Map<String, Object> correctedFrom(String requestId, String system) {
    return jobs.findPrior(requestId, system)
        .map(text -> codec.openPrior(requestId, system, text))
        .orElse(Map.of());
  }
}
