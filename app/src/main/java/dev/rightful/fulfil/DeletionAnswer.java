package dev.rightful.fulfil;

import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Recipient;
import dev.rightful.fulfil.notify.RecipientNotifier;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.ResponseNature;
import dev.rightful.requests.RightsRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a deletion once every system's step is done: the systems' certificate parts become one
 * certificate, which must verify (nothing deletable left) before the consumer is told; the answer,
 * the suppression entry, the recipient notices, the certificate and the job's end then commit
 * together. Thread-safe.
 */
final class DeletionAnswer {
  private static final Logger log = LoggerFactory.getLogger(DeletionAnswer.class);

  private final DataMap map;
  private final RequestService requests;
  private final JobSteps jobs;
  private final RecipientNotifier notifier;
  private final SuppressionList suppression;
  private final AuditLog audit;
  private final BlockedSteps blocked;
  private final int maxAttempts;
  private final Jdbi jdbi;

  DeletionAnswer(
      DataMap map,
      RequestService requests,
      JobSteps jobs,
      RecipientNotifier notifier,
      SuppressionList suppression,
      AuditLog audit,
      BlockedSteps blocked,
      int maxAttempts,
      Jdbi jdbi) {
    this.jdbi = jdbi;
    this.map = map;
    this.requests = requests;
    this.jobs = jobs;
    this.notifier = notifier;
    this.suppression = suppression;
    this.audit = audit;
    this.blocked = blocked;
    this.maxAttempts = maxAttempts;
  }

  /** Completes the request, or blocks its {@code respond} step when the deletion did not verify. */
  void answer(RightsRequest request, Identity identity, List<Certificate> parts) {
    String requestId = request.id();
    Certificate certificate = merge(requestId, parts);
    if (!certificate.verified()) {
      jobs.markFailed(requestId, JobSteps.RESPOND, StepKind.DELETE, "DeletionNotVerified");
      blocked.block(requestId, JobSteps.RESPOND, maxAttempts, "DeletionNotVerified");
      return;
    }
    String kind = StepKind.DELETE.id();
    int recipients = notifier.perRequest(kind);
    List<String> who = notifier.recipientsFor(kind).stream().map(Recipient::description).toList();
    int[] told = {0};
    // The answer and everything that goes with it in one transaction: the suppression entry,
    // the recipient notices, the certificate and the job's end are kept exactly when the
    // request is completed, and a deletion pays one commit for them, not six.
    jdbi.useTransaction(
        handle -> {
          requests.complete(
              handle,
              requestId,
              certificate.retained().isEmpty()
                  ? ResponseNature.COMPLIED
                  : ResponseNature.COMPLIED_IN_PART,
              // The notices are queued with the answer, in its transaction: none is delivered yet.
              Answers.deletion(map, certificate, new RecipientsTold(0, recipients, who)),
              null,
              "system");
          suppression.add(handle, identity, requestId);
          told[0] = notifier.enqueue(handle, request, kind);
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
              handle, requestId, JobSteps.RESPOND, StepKind.DELETE, StepCodec.write(certificate));
          jobs.forgetFound(handle, requestId);
        });
    log.info("request {} deleted; {} recipient notices queued", requestId, told[0]);
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
}
