package dev.rightful.fulfil;

import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Names;
import dev.rightful.datamap.Recipient;
import dev.rightful.fulfil.notify.Notice;
import dev.rightful.fulfil.notify.RecipientNotifier;
import dev.rightful.requests.Correction;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.ResponseNature;
import dev.rightful.requests.RightsRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Answers a correction once every system's step is done: what was corrected, in the map's words,
 * and each field asked for that we hold nowhere; the recipients are told to correct it too, and the
 * answer says where their notices stand. Thread-safe.
 */
final class CorrectionAnswer {
  private final DataMap map;
  private final RequestService requests;
  private final JobSteps jobs;
  private final RecipientNotifier notifier;
  private final AuditLog audit;

  CorrectionAnswer(
      DataMap map,
      RequestService requests,
      JobSteps jobs,
      RecipientNotifier notifier,
      AuditLog audit) {
    this.map = map;
    this.requests = requests;
    this.jobs = jobs;
    this.notifier = notifier;
    this.audit = audit;
  }

  /** Completes the request; {@code corrected} counts the rows changed per {@code table.field}. */
  void answer(RightsRequest request, Map<String, Integer> corrected) {
    String requestId = request.id();
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
    notifier.enqueue(request, StepKind.CORRECT.id());
    RecipientsTold told = told(requestId);
    audit.append(
        new AuditEntry(
            "system",
            "fulfil.corrected",
            "request",
            requestId,
            Map.of(
                "rows",
                corrected.values().stream().mapToInt(n -> n).sum(),
                "fieldsNotFound",
                notFound.size())));
    jobs.markDone(requestId, JobSteps.RESPOND, StepKind.CORRECT, StepCodec.write(corrected));
    jobs.forgetFound(requestId);
    requests.complete(
        requestId,
        notFound.isEmpty() ? ResponseNature.COMPLIED : ResponseNature.COMPLIED_IN_PART,
        Answers.correction(map, corrected, notFound, told),
        "system");
  }

  /** Where the request's correction notices stand now: delivered or acknowledged, or not. */
  private RecipientsTold told(String requestId) {
    String kind = StepKind.CORRECT.id();
    List<Notice> notices =
        notifier.list(requestId).stream().filter(n -> n.kind().equals(kind)).toList();
    int told = (int) notices.stream().filter(Notice::isTold).count();
    List<String> who = notifier.recipientsFor(kind).stream().map(Recipient::description).toList();
    return new RecipientsTold(told, notices.size() - told, who);
  }
}
