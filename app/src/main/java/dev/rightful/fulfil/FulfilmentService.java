package dev.rightful.fulfil;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Names;
import dev.rightful.datamap.Recipient;
import dev.rightful.fulfil.access.AccessPackage;
import dev.rightful.fulfil.access.AccessReport;
import dev.rightful.fulfil.access.PackageLinks;
import dev.rightful.fulfil.access.PackageStore;
import dev.rightful.fulfil.connector.Connector;
import dev.rightful.fulfil.notify.Notice;
import dev.rightful.fulfil.notify.RecipientNotifier;
import dev.rightful.fulfil.vendor.VendorSilent;
import dev.rightful.law.RequestType;
import dev.rightful.requests.Correction;
import dev.rightful.requests.FulfilGate;
import dev.rightful.requests.RequestRuleViolation;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RequestStatus;
import dev.rightful.requests.ResponseNature;
import dev.rightful.requests.RightsRequest;
import dev.rightful.retention.Hold;
import dev.rightful.retention.Holds;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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

  private final DataMap map;
  // The map does not change while the server runs, nor does the plan made from it.
  private final Plan plan;
  private final RequestService requests;
  private final JobSteps jobs;
  private final StepCodec codec;
  private final Function<String, Connector> connectors;
  private final FulfilKeys keys;
  private final PackageStore packages;
  private final PackageLinks links;
  private final RecipientNotifier notifier;
  private final SuppressionList suppression;
  private final Holds holds;
  private final AuditLog audit;
  private final Settings settings;
  private final Clock clock;
  private final VendorSteps vendors;

  /**
   * @param vendors makes the vendor systems' steps from this service's codec, so that rows a vendor
   *     or a person reports are sealed exactly as a database's are
   */
  FulfilmentService(
      DataMap map,
      RequestService requests,
      JobSteps jobs,
      dev.rightful.store.PiProtection pi,
      Function<String, Connector> connectors,
      FulfilKeys keys,
      PackageStore packages,
      RecipientNotifier notifier,
      SuppressionList suppression,
      Holds holds,
      AuditLog audit,
      Settings settings,
      Clock clock,
      Function<StepCodec, VendorSteps> vendors) {
    this.map = map;
    this.plan = new Planner().plan(map);
    this.requests = requests;
    this.jobs = jobs;
    this.codec = new StepCodec(pi);
    this.connectors = connectors;
    this.keys = keys;
    this.packages = packages;
    this.links = new PackageLinks(keys);
    this.notifier = notifier;
    this.suppression = suppression;
    this.holds = holds;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
    this.vendors = vendors.apply(codec);
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
    kind(request);
    return request;
  }

  /** Whether a request of {@code type} is carried out in the company's databases. */
  public static boolean carriesOut(RequestType type) {
    return stepKind(type).isPresent();
  }

  private static Optional<String> stepKind(RequestType type) {
    return switch (type) {
      case DELETE -> Optional.of("delete");
      case KNOW_SPECIFIC, KNOW_CATEGORIES -> Optional.of("access");
      case CORRECT -> Optional.of("correct");
      default -> Optional.empty();
    };
  }

  private static String kind(RightsRequest request) {
    return stepKind(request.type())
        .orElseThrow(
            () ->
                new RequestRuleViolation(
                    "type",
                    "a " + request.type().id() + " request is not fulfilled in the databases"));
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
    String kind = kind(request);
    Identity identity = Identity.of(request.subject());
    Plan plan = plan();
    List<Found> found = new ArrayList<>();
    List<Certificate> parts = new ArrayList<>();
    Map<String, Integer> corrected = new LinkedHashMap<>();
    boolean waiting = false;
    for (SystemPlan system : plan.systems()) {
      String step = system.system().id();
      JobSteps.Step done = jobs.find(requestId, step).orElse(null);
      if (byPerson(system)) {
        // A person does the work in that system (an email system's vendor is mailed first) and
        // confirms it in the console. The other systems go ahead; the request is answered once
        // every step is done.
        // Opened again when staff start a blocked request again (its vendor mail was refused).
        if (done == null || "failed".equals(done.status())) {
          openManualStep(request, kind, system);
          waiting = true;
          continue;
        }
        if (!done.isDone()) {
          waiting = true;
          continue;
        }
      } else {
        if (done != null && done.isBlocked()) {
          return Outcome.BLOCKED;
        }
        try {
          if (done == null || !done.isDone()) {
            if (isWebhook(system)) {
              if (!vendors.askWebhook(request, kind, system, done)) {
                waiting = true;
                continue;
              }
            } else {
              runStep(request, kind, plan, system, identity, done);
            }
            done = jobs.find(requestId, step).orElseThrow();
          }
        } catch (VendorSilent e) {
          // Reminded and still silent: a person has to follow the vendor up.
          block(requestId, step, done.attempts(), e.getClass().getSimpleName());
          return Outcome.BLOCKED;
        } catch (RuntimeException e) {
          String error = e.getClass().getSimpleName();
          int attempts = jobs.markFailed(requestId, step, kind, error);
          log.warn(
              "fulfilment of {} failed at {} (attempt {}): {}", requestId, step, attempts, error);
          if (attempts >= settings.maxAttempts()) {
            block(requestId, step, attempts, error);
            return Outcome.BLOCKED;
          }
          throw e;
        }
      }
      collect(requestId, kind, step, done, found, parts, corrected);
    }
    if (waiting) {
      return Outcome.WAITING;
    }
    respond(request, kind, plan, identity, found, parts, corrected);
    return Outcome.COMPLETED;
  }

  /**
   * Runs again every request whose webhook system has been silent since its 202 for {@link
   * VendorSteps#REMIND_AFTER}: the vendor is asked again, or, after {@link VendorSteps#REMINDERS}
   * reminders, the step is blocked. Returns how many requests were run.
   */
  public int remindSilentVendors() {
    List<String> webhookSteps =
        plan.systems().stream()
            .filter(FulfilmentService::isWebhook)
            .map(s -> s.system().id())
            .toList();
    List<String> silent =
        jobs.waitingSince(clock.instant().minus(VendorSteps.REMIND_AFTER), webhookSteps);
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
    List<JobSteps.RefusedMail> refused = jobs.refusedMail();
    for (JobSteps.RefusedMail mail : refused) {
      block(
          mail.requestId(),
          mail.step(),
          1,
          "VendorMailRefused" + (mail.error() == null ? "" : ": " + mail.error()));
    }
    return refused.size();
  }

  /** A system whose step a person confirms: {@code manual}, and {@code email} (after its mail). */
  private static boolean byPerson(SystemPlan system) {
    return !system.isDatabase() && !isWebhook(system);
  }

  private static boolean isWebhook(SystemPlan system) {
    return "webhook".equals(system.system().connector());
  }

  /**
   * What a done step adds to the answer: a deletion's certificate part, the rows found for a
   * request to know (a database's, a vendor's or those a person attached), the rows corrected. A
   * manual step confirmed without data adds nothing.
   */
  private void collect(
      String requestId,
      String kind,
      String step,
      JobSteps.Step done,
      List<Found> found,
      List<Certificate> parts,
      Map<String, Integer> corrected) {
    switch (kind) {
      case "delete" -> {
        if (!StepCodec.readMap(done.result()).isEmpty()) {
          parts.add(StepCodec.read(done.result(), Certificate.class));
        }
      }
      case "access" -> {
        if (done.foundSealed() != null) {
          found.add(codec.openFound(requestId, step, done.foundSealed()));
        }
      }
      default ->
          StepCodec.readMap(done.result())
              .forEach((k, v) -> corrected.merge(k, ((Number) v).intValue(), Integer::sum));
    }
  }

  /** Opens a manual or email system's step (audited); an email system's vendor is mailed. */
  private void openManualStep(RightsRequest request, String kind, SystemPlan system) {
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
            Map.of("system", step, "kind", kind)));
  }

  /**
   * A person confirms the work in a manual system: the step is done, who and when audited, the note
   * (if any) kept on the request's staff timeline. False when the step was not waiting.
   */
  public boolean confirmManualStep(String requestId, String step, String actor, String note) {
    return confirmManualStep(requestId, step, actor, note, null);
  }

  /**
   * The same, with the data the person gathered for a request to know, {@code {"table": [{field:
   * value}, …]}}: checked against the map's tables and fields for that system ({@link
   * dev.rightful.fulfil.vendor.VendorDataInvalid} naming the field otherwise, nothing changed),
   * kept sealed, and included in the access package like a database's rows. A waiting webhook step
   * (a vendor that never called back, followed up by staff) is confirmed the same way.
   */
  public boolean confirmManualStep(
      String requestId, String step, String actor, String note, JsonNode data) {
    RightsRequest request = requireFulfillable(requestId);
    SystemPlan system =
        plan()
            .findSystem(step)
            .filter(s -> !s.isDatabase())
            .orElseThrow(
                () ->
                    new RequestRuleViolation(
                        "step", "'" + step + "' is not a manual system of the map"));
    boolean attached = data != null && !data.isNull() && !data.isMissingNode();
    if (attached && !"access".equals(kind(request))) {
      throw new RequestRuleViolation(
          "data", "data is attached only to a request to know; this one is " + request.type().id());
    }
    VendorSteps.Accepted gathered =
        attached ? vendors.gathered(requestId, system.system(), data) : null;
    boolean confirmed =
        gathered == null
            ? jobs.confirm(requestId, step, actor)
            : jobs.confirm(requestId, step, actor, gathered.result(), gathered.foundSealed());
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

  /**
   * A webhook system's signed callback with its result ({@link VendorSteps#callback}): false when
   * refused (unknown request or system, bad signature, a body for another step), all alike. Whether
   * the job should run again is {@link VendorSteps.Callback#ACCEPTED}.
   */
  VendorSteps.Callback vendorCallback(
      String requestId, String system, byte[] body, String signature) {
    RightsRequest request = requests.find(requestId).orElse(null);
    SystemPlan plan = plan().findSystem(system).filter(FulfilmentService::isWebhook).orElse(null);
    if (request == null || plan == null) {
      return VendorSteps.Callback.REFUSED;
    }
    return vendors.callback(
        request, plan, body, signature, request.status() == RequestStatus.VERIFIED);
  }

  private void runStep(
      RightsRequest request,
      String kind,
      Plan plan,
      SystemPlan system,
      Identity identity,
      JobSteps.Step previous) {
    String requestId = request.id();
    String step = system.system().id();
    Connector connector = connectors.apply(step);
    Found found =
        previous != null && previous.foundSealed() != null
            ? codec.openFound(requestId, step, previous.foundSealed())
            : kind.equals("delete")
                ? connector.findForErasure(system, identity)
                : connector.find(system, identity);
    jobs.saveFound(requestId, step, kind, codec.sealFound(requestId, found));
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("system", step);
    facts.put("rowsFound", found.rowCount());
    facts.put("statements", found.statements());
    String result;
    switch (kind) {
      case "delete" -> {
        // Holds are read as the rows are erased: one placed after the rows were found still keeps
        // them.
        List<Hold> held =
            holds.activeFor(HeldTables.identifiers(system, found, identity), clock.instant());
        Certificate part =
            new Deletion(map, id -> connector)
                .run(requestId, plan, List.of(found), identity, anonymizer(request), held);
        facts.put("remaining", part.remaining().values().stream().mapToLong(n -> n).sum());
        if (!held.isEmpty()) {
          facts.put("legalHolds", held.stream().map(Hold::id).toList());
        }
        result = StepCodec.write(part);
      }
      case "access" -> result = StepCodec.write(Map.of("rows", found.rowCount()));
      default -> {
        List<Correction> corrections = request.payload().corrections();
        corrections = corrections == null ? List.of() : corrections;
        // The replaced values are kept sealed, as the record of the change, before any is changed.
        jobs.savePrior(
            requestId, step, codec.sealPrior(requestId, step, prior(system, found, corrections)));
        Map<String, Integer> changed = connector.correct(system, found, corrections);
        facts.put("corrected", changed.values().stream().mapToInt(n -> n).sum());
        result = StepCodec.write(changed);
      }
    }
    jobs.markDone(
        requestId,
        step,
        kind,
        result,
        handle ->
            audit.append(
                handle, new AuditEntry("system", "fulfil.step-done", "request", requestId, facts)));
  }

  private void respond(
      RightsRequest request,
      String kind,
      Plan plan,
      Identity identity,
      List<Found> found,
      List<Certificate> parts,
      Map<String, Integer> corrected) {
    String requestId = request.id();
    switch (kind) {
      case "delete" -> {
        Certificate certificate = merge(requestId, parts);
        if (!certificate.verified()) {
          jobs.markFailed(requestId, JobSteps.RESPOND, kind, "DeletionNotVerified");
          block(requestId, JobSteps.RESPOND, settings.maxAttempts(), "DeletionNotVerified");
          return;
        }
        int recipients = notifier.perRequest("delete");
        int[] told = {0};
        // The answer and everything that goes with it in one transaction: the suppression entry,
        // the recipient notices, the certificate and the job's end are kept exactly when the
        // request is completed, and a deletion pays one commit for them, not six.
        requests.complete(
            requestId,
            certificate.retained().isEmpty()
                ? ResponseNature.COMPLIED
                : ResponseNature.COMPLIED_IN_PART,
            // The notices are queued with the answer, in its transaction: none is delivered yet.
            Answers.deletion(map, certificate, new RecipientsTold(0, recipients, who("delete"))),
            null,
            "system",
            handle -> {
              suppression.add(handle, identity, requestId);
              told[0] = notifier.enqueue(handle, request, "delete");
              audit.append(
                  handle,
                  new AuditEntry(
                      "system",
                      "fulfil.deletion-certified",
                      "request",
                      requestId,
                      Map.of(
                          "deleted", sum(certificate.deleted()),
                          "anonymized", sum(certificate.anonymized()),
                          "retained",
                              certificate.retained().stream()
                                  .mapToInt(Certificate.Retained::rows)
                                  .sum(),
                          "recipientNotices", recipients)));
              jobs.markDone(
                  handle, requestId, JobSteps.RESPOND, kind, StepCodec.write(certificate));
              jobs.forgetFound(handle, requestId);
            });
        log.info("request {} deleted; {} recipient notices queued", requestId, told[0]);
      }
      case "access" -> {
        boolean specific = request.type() == RequestType.KNOW_SPECIFIC;
        AccessReport report =
            AccessReport.of(map, plan, found, request.reference(), request.lookback(), specific);
        byte[] zip = AccessPackage.zip(report);
        Instant expires = clock.instant().plus(settings.linkValidity());
        packages.save(requestId, zip, expires);
        String link =
            (settings.publicUrl() == null ? "" : settings.publicUrl())
                + PackageLinks.PATH
                + links.token(requestId, expires);
        audit.append(
            new AuditEntry(
                "system",
                "fulfil.package-ready",
                "request",
                requestId,
                Map.of(
                    "tables", report.tables().size(),
                    "bytes", zip.length,
                    "expiresAt", expires.toString())));
        jobs.markDone(
            requestId, JobSteps.RESPOND, kind, StepCodec.write(Map.of("bytes", zip.length)));
        jobs.forgetFound(requestId);
        requests.complete(
            requestId,
            ResponseNature.COMPLIED,
            Answers.access(
                specific,
                expires.atZone(settings.businessZone()).toLocalDate().toString(),
                request.lookback()),
            link,
            "system");
      }
      default -> {
        List<String> notFound = new ArrayList<>();
        List<Correction> corrections = request.payload().corrections();
        for (Correction correction : corrections == null ? List.<Correction>of() : corrections) {
          boolean anywhere =
              corrected.entrySet().stream()
                  .anyMatch(e -> e.getKey().endsWith("." + correction.field()) && e.getValue() > 0);
          if (!anywhere) {
            notFound.add(Names.words(correction.field()));
          }
        }
        notifier.enqueue(request, "correct");
        RecipientsTold told = told(requestId, "correct");
        audit.append(
            new AuditEntry(
                "system",
                "fulfil.corrected",
                "request",
                requestId,
                Map.of("rows", sum(corrected), "fieldsNotFound", notFound.size())));
        jobs.markDone(requestId, JobSteps.RESPOND, kind, StepCodec.write(corrected));
        jobs.forgetFound(requestId);
        requests.complete(
            requestId,
            notFound.isEmpty() ? ResponseNature.COMPLIED : ResponseNature.COMPLIED_IN_PART,
            Answers.correction(map, corrected, notFound, told),
            "system");
      }
    }
  }

  /** The recipients told of a request of {@code kind}, in the map's descriptions. */
  private List<String> who(String kind) {
    return notifier.recipientsFor(kind).stream().map(Recipient::description).toList();
  }

  /** Where the request's notices of {@code kind} stand now: delivered or acknowledged, or not. */
  private RecipientsTold told(String requestId, String kind) {
    List<Notice> notices =
        notifier.list(requestId).stream().filter(n -> n.kind().equals(kind)).toList();
    int told = (int) notices.stream().filter(Notice::isTold).count();
    return new RecipientsTold(told, notices.size() - told, who(kind));
  }

  /** The values each corrected field held in the found rows, {@code table.field -> values}. */
  private static Map<String, List<Object>> prior(
      SystemPlan system, Found found, List<Correction> corrections) {
    Map<String, List<Object>> prior = new LinkedHashMap<>();
    for (TableStep step : system.steps()) {
      for (Correction correction : corrections) {
        if (step.table().findField(correction.field()).isEmpty()) {
          continue;
        }
        for (Map<String, Object> row : found.rows(step.table().name())) {
          prior
              .computeIfAbsent(
                  step.table().name() + "." + correction.field(), k -> new ArrayList<>())
              .add(row.get(correction.field()));
        }
      }
    }
    return prior;
  }

  /** The values a correction replaced in {@code system}, opened for staff; empty when none. */
  public Map<String, Object> correctedFrom(String requestId, String system) {
    return jobs.findPrior(requestId, system)
        .map(text -> codec.openPrior(requestId, system, text))
        .orElse(Map.of());
  }

  private void block(String requestId, String step, int attempts, String error) {
    jobs.markBlocked(requestId, step);
    audit.append(
        new AuditEntry(
            "system",
            "fulfil.blocked",
            "request",
            requestId,
            Map.of("step", step, "attempts", attempts, "error", error)));
    requests.note(
        requestId,
        "Fulfilment is blocked at '"
            + step
            + "' after "
            + attempts
            + " attempts ("
            + error
            + "). Fix the system, then start fulfilment again.",
        "system");
  }

  private static Certificate merge(String requestId, List<Certificate> parts) {
    Map<String, Integer> deleted = new LinkedHashMap<>();
    Map<String, Integer> anonymized = new LinkedHashMap<>();
    List<Certificate.Retained> retained = new ArrayList<>();
    Map<String, Long> remaining = new LinkedHashMap<>();
    for (Certificate part : parts) {
      deleted.putAll(part.deleted());
      anonymized.putAll(part.anonymized());
      retained.addAll(part.retained());
      remaining.putAll(part.remaining());
    }
    return new Certificate(requestId, deleted, anonymized, retained, remaining);
  }

  private static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(n -> n).sum();
  }

  /** Hashes keyed per installation (HMAC), and the pseudonym {@code deleted-<reference>}. */
  private Connector.Anonymizer anonymizer(RightsRequest request) {
    return new Connector.Anonymizer() {
      @Override
      public String hash(Object value) {
        return keys.mac("anonymize", String.valueOf(value));
      }

      @Override
      public String pseudonym() {
        return "deleted-" + request.reference();
      }
    };
  }
}
