package dev.rightful.fulfil;

import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.datamap.DataMap;
import dev.rightful.fulfil.access.AccessPackage;
import dev.rightful.fulfil.access.AccessReport;
import dev.rightful.fulfil.access.PackageLinks;
import dev.rightful.fulfil.access.PackageStore;
import dev.rightful.law.RequestType;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.ResponseNature;
import dev.rightful.requests.RightsRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Answers a request to know once every system's step is done: the rows found become the access
 * package (a zip, stored sealed until its link expires), and the consumer is sent a signed link to
 * it with the answer, which names the link's last day in words. Thread-safe.
 */
final class AccessAnswer {
  private final DataMap map;
  private final RequestService requests;
  private final JobSteps jobs;
  private final PackageStore packages;
  private final PackageLinks links;
  private final AuditLog audit;
  private final FulfilmentService.Settings settings;
  private final Clock clock;

  AccessAnswer(
      DataMap map,
      RequestService requests,
      JobSteps jobs,
      PackageStore packages,
      PackageLinks links,
      AuditLog audit,
      FulfilmentService.Settings settings,
      Clock clock) {
    this.map = map;
    this.requests = requests;
    this.jobs = jobs;
    this.packages = packages;
    this.links = links;
    this.audit = audit;
    this.settings = settings;
    this.clock = clock;
  }

  /** Stores the package and completes the request with its link. */
  void answer(RightsRequest request, Plan plan, List<Found> found) {
    String requestId = request.id();
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
        requestId, JobSteps.RESPOND, StepKind.ACCESS, StepCodec.write(Map.of("bytes", zip.length)));
    jobs.forgetFound(requestId);
    requests.complete(
        requestId,
        ResponseNature.COMPLIED,
        Answers.access(
            specific, expires.atZone(settings.businessZone()).toLocalDate(), request.lookback()),
        link,
        "system");
  }
}
