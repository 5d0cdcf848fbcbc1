package dev.rightful.requests;

import dev.rightful.law.Deadlines;
import dev.rightful.law.Extension;
import dev.rightful.law.ExtensionOutcome;
import dev.rightful.law.ExtensionRefusal;
import dev.rightful.web.Translator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Extends a request's response period once, with a reason, noticed within the first 45 days
 * (7021(b)), in the caller's transaction: the new date, the consumer's notice and the event.
 */
final class Extending {
  private final RequestRepository repository;
  private final Deadlines deadlines;
  private final Clock clock;
  private final ZoneId businessZone;
  private final RequestEvents events;
  private final RequestMessages messages;
  private final Timeline timeline;

  Extending(
      RequestRepository repository,
      Deadlines deadlines,
      Clock clock,
      ZoneId businessZone,
      RequestEvents events,
      RequestMessages messages,
      Timeline timeline) {
    this.repository = repository;
    this.deadlines = deadlines;
    this.clock = clock;
    this.businessZone = businessZone;
    this.events = events;
    this.messages = messages;
    this.timeline = timeline;
  }

  RightsRequest extend(
      Handle handle, RightsRequest request, int additionalDays, String reason, String actor) {
    RequestService.requireOpen(request);
    List<Extension> earlier =
        request.extendedDueBy() == null
            ? List.of()
            : List.of(new Extension(request.receivedDate(), 0, request.extensionReason()));
    LocalDate today = LocalDate.now(clock.withZone(businessZone));
    ExtensionOutcome outcome =
        deadlines.extend(
            request.type(),
            request.receivedDate(),
            earlier,
            new Extension(today, additionalDays, reason));
    if (outcome instanceof ExtensionOutcome.Refused refused) {
      throw new RequestRuleViolation(
          refused.reason() == ExtensionRefusal.REASON_MISSING ? "reason" : "days",
          refused.reason().explanation());
    }
    LocalDate newDue = outcome.newDueBy().orElseThrow().date();
    RightsRequest saved =
        repository.update(
            handle, new RequestBuilder(request).extended(newDue, reason.strip()).build());
    timeline.add(
        handle,
        saved,
        "extended",
        actor,
        true,
        // In words and in the consumer's language, as the extension mail says it.
        Translator.of(saved.language())
            .t(
                "timeline.extended",
                saved.extensionReason(),
                Translator.of(saved.language()).format("format.date", newDue)));
    messages.extension(handle, saved);
    events.record(
        handle,
        actor,
        "request.extended",
        saved,
        Map.of("newDueBy", newDue.toString(), "days", additionalDays));
    return saved;
  }
}
