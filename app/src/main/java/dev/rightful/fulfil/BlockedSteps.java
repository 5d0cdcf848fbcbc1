package dev.rightful.fulfil;

import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.requests.RequestService;
import java.util.Map;

/**
 * Blocks a step of a request's fulfilment for staff: the step stops being retried, the block is
 * audited, and the request's staff timeline says where and why, until staff start it again.
 * Thread-safe.
 */
final class BlockedSteps {
  private final JobSteps jobs;
  private final RequestService requests;
  private final AuditLog audit;

  BlockedSteps(JobSteps jobs, RequestService requests, AuditLog audit) {
    this.jobs = jobs;
    this.requests = requests;
    this.audit = audit;
  }

  void block(String requestId, String step, int attempts, String error) {
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
}
