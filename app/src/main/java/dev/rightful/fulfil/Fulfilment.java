package dev.rightful.fulfil;

import com.fasterxml.jackson.databind.JsonNode;
import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.crypto.VendorSecrets;
import dev.rightful.crypto.WebhookSignature;
import dev.rightful.datamap.DataMap;
import dev.rightful.fulfil.access.PackageStore;
import dev.rightful.fulfil.connector.Connector;
import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import dev.rightful.fulfil.connector.jdbc.SystemUnavailable;
import dev.rightful.fulfil.notify.Notices;
import dev.rightful.fulfil.notify.RecipientNotifier;
import dev.rightful.fulfil.vendor.SystemWebhook;
import dev.rightful.mail.Messages;
import dev.rightful.mail.Outbox;
import dev.rightful.requests.RequestService;
import dev.rightful.retention.Holds;
import dev.rightful.store.PiProtection;
import dev.rightful.systems.CompanyDatabases;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * Fulfilment as a running server holds it: the service, its persistent jobs, the package store and
 * the recipient notifier, wired from plain objects. {@link #close()} stops the jobs. Thread-safe.
 */
public final class Fulfilment implements AutoCloseable {
  /** Attempts per step before a request is flagged as blocked. */
  public static final int MAX_ATTEMPTS = 6;

  private final FulfilmentService service;
  private final FulfilmentScheduler scheduler;
  private final RecipientNotifier notifier;
  private final PackageStore packages;
  private final JobSteps jobs;
  private final StuckJobs stuck;
  private final AuditLog audit;

  /**
   * Everything fulfilment is built from. {@code notices} is made first, for the request service's
   * events; {@code env} reads environment variables (webhook secrets, never stored); {@code meters}
   * receives the steps' timings (docs/metrics.md).
   */
  public record Parts(
      DataMap map,
      Jdbi jdbi,
      PiProtection pi,
      RequestService requests,
      AuditLog audit,
      Function<String, Connector> connectors,
      Notices notices,
      Holds holds,
      Function<String, String> env,
      Messages messages,
      Outbox outbox,
      FulfilmentService.Settings settings,
      Duration backoff,
      Clock clock,
      MeterRegistry meters) {}

  public Fulfilment(Parts parts) {
    this.jobs = new JobSteps(parts.jdbi(), parts.clock());
    WaitingSteps waiting = new WaitingSteps(parts.jdbi(), parts.clock());
    this.packages = new PackageStore(parts.jdbi(), parts.pi(), parts.clock());
    this.audit = parts.audit();
    this.stuck = new StuckJobs(parts.jdbi());
    VendorSecrets env = new VendorSecrets(parts.env());
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    this.notifier =
        new RecipientNotifier(
            parts.jdbi(),
            parts.notices(),
            env,
            parts.requests(),
            parts.messages(),
            parts.outbox(),
            http,
            parts.settings().publicUrl(),
            parts.clock());
    this.service =
        new FulfilmentService(
            parts.jdbi(),
            parts.map(),
            parts.requests(),
            jobs,
            waiting,
            parts.pi(),
            parts.connectors(),
            new FulfilKeys(parts.jdbi(), parts.pi(), parts.clock()),
            packages,
            notifier,
            new SuppressionList(parts.jdbi(), parts.pi(), parts.clock()),
            parts.holds(),
            parts.audit(),
            parts.settings(),
            parts.clock(),
            codec ->
                new VendorSteps(
                    parts.map(),
                    jobs,
                    waiting,
                    codec,
                    new SystemWebhook(http, env, parts.clock()),
                    parts.messages(),
                    parts.outbox(),
                    parts.jdbi(),
                    parts.audit(),
                    parts.settings().publicUrl(),
                    parts.clock()),
            new StepTimings(parts.meters()));
    this.scheduler =
        new FulfilmentScheduler(
            service,
            notifier,
            new PackagePurge(parts.jdbi(), parts.audit(), parts.clock()),
            parts.backoff());
  }

  /** JDBC connectors on the company databases, one per system, made on first use. */
  public static Function<String, Connector> jdbcConnectors(CompanyDatabases databases) {
    Map<String, Connector> made = new ConcurrentHashMap<>();
    return system ->
        made.computeIfAbsent(
            system,
            id ->
                new JdbcConnector(
                    databases
                        .find(id)
                        .orElseThrow(
                            () ->
                                new SystemUnavailable(
                                    id,
                                    new IllegalStateException(
                                        "no connection settings (its urlEnv is unset)")))));
  }

  /**
   * Schedules a verified request's fulfilment; a blocked one starts again from its blocked step.
   * Returns false when it was already scheduled.
   */
  public boolean start(String requestId, String actor) {
    service.requireFulfillable(requestId);
    int unblocked = jobs.unblock(requestId);
    boolean scheduled = scheduler.schedule(requestId);
    audit.append(
        new AuditEntry(
            actor,
            "fulfil.started",
            "request",
            requestId,
            Map.of("scheduled", scheduled, "unblockedSteps", unblocked)));
    return scheduled;
  }

  /**
   * Staff restart a job whose node died, without waiting for db-scheduler to notice (issue 13, item
   * 4): {@link StuckJobs.Restart#RESTARTED} is audited as {@code fulfil.restarted}; a job no node
   * holds, or whose node is alive, is left alone (the caller starts the first with {@link #start}).
   */
  public StuckJobs.Restart restart(String requestId, String actor) {
    service.requireFulfillable(requestId);
    StuckJobs.Restart result = stuck.restart(requestId);
    switch (result) {
      case RESTARTED ->
          audit.append(
              new AuditEntry(
                  actor,
                  "fulfil.restarted",
                  "request",
                  requestId,
                  Map.of("staleAfterSeconds", StuckJobs.STALE.toSeconds())));
      case NOT_RUNNING, ALIVE -> {}
    }
    return result;
  }

  /**
   * A person confirms the work in a manual system of the map; the job runs again and answers the
   * request once every step is done. False when the step was not waiting.
   */
  public boolean confirmStep(String requestId, String step, String actor, String note) {
    return confirmStep(requestId, step, actor, note, null);
  }

  /**
   * The same with the data a person gathered for a request to know ({@code {"table": [{field:
   * value}, …]}}, checked against the map), which goes into the access package.
   */
  public boolean confirmStep(
      String requestId, String step, String actor, String note, JsonNode data) {
    boolean confirmed = service.confirmManualStep(requestId, step, actor, note, data);
    if (confirmed) {
      scheduler.schedule(requestId);
    }
    return confirmed;
  }

  /** What a vendor system's callback came to. */
  public enum VendorCallback {
    /** The result is kept and the job runs again. */
    ACCEPTED,
    /** The step was done already (or the request is closed); nothing changed. */
    ALREADY_DONE,
    /** Unknown request or system, a bad signature, or a body for another step. */
    REFUSED
  }

  /**
   * A webhook system's signed callback with its result for {@code requestId}; the job runs again
   * when it was accepted. A result that does not fit the map throws {@link
   * dev.rightful.fulfil.vendor.VendorDataInvalid}.
   */
  public VendorCallback vendorResult(
      String requestId, String system, byte[] body, WebhookSignature.Signed signature) {
    VendorSteps.Callback result = service.vendorCallback(requestId, system, body, signature);
    if (result == VendorSteps.Callback.ACCEPTED) {
      scheduler.schedule(requestId);
    }
    return VendorCallback.valueOf(result.name());
  }

  public FulfilmentService service() {
    return service;
  }

  public FulfilmentScheduler scheduler() {
    return scheduler;
  }

  public RecipientNotifier notifier() {
    return notifier;
  }

  public PackageStore packages() {
    return packages;
  }

  public JobSteps jobs() {
    return jobs;
  }

  @Override
  public void close() {
    scheduler.close();
  }
}
