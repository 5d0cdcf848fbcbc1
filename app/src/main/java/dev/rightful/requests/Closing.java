package dev.rightful.requests;

import dev.rightful.law.DenialBasis;
import dev.rightful.mail.Messages;
import dev.rightful.web.Translator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Closes a request, in the caller's transaction: a denial on a basis the law allows for its type
 * (rule 7), or a completion, wholly or in part; each with its timeline entry, its mail to the
 * consumer and its event, recorded last.
 */
final class Closing {
  private final RequestRepository repository;
  private final Clock clock;
  private final RequestEvents events;
  private final RequestMessages messages;
  private final Timeline timeline;

  Closing(
      RequestRepository repository, Clock clock, RequestEvents events, RequestMessages messages) {
    this.repository = repository;
    this.clock = clock;
    this.events = events;
    this.messages = messages;
    this.timeline = new Timeline(repository, clock);
  }

  RightsRequest deny(
      Handle handle, RightsRequest request, DenialBasis basis, String text, String actor) {
    RequestService.requireOpen(request);
    if (!basis.isAllowedFor(request.type())) {
      throw new RequestRuleViolation(
          "basis",
          "'" + basis.id() + "' is not a ground to refuse a " + request.type().id() + " request");
    }
    if (basis == DenialBasis.KNOW_LIMIT_REACHED && !request.mayDecline()) {
      throw new RequestRuleViolation(
          "basis", "this consumer has not had two know responses in the last 12 months");
    }
    if (basis == DenialBasis.ANSWERED_THIS_YEAR && !request.mayDecline()) {
      throw new RequestRuleViolation(
          "basis", "this consumer has had no answer to such a request this calendar year");
    }
    RightsRequest saved =
        repository.update(
            handle,
            new RequestBuilder(request)
                .denied(basis, text.strip(), OffsetDateTime.now(clock))
                .build());
    timeline.add(
        handle,
        saved,
        "denied",
        actor,
        true,
        // In the consumer's language; staff's own explanation stays as they wrote it.
        Translator.of(saved.language())
            .t("timeline.denied", Messages.reason(basis, saved.language()), saved.denialText()));
    messages.denial(handle, saved);
    events.record(handle, actor, "request.denied", saved, Map.of("basis", basis.id()));
    return saved;
  }

  /**
   * Completes {@code request}; {@code accessLink} (or null) goes into the consumer's message only,
   * never into the stored timeline.
   */
  RightsRequest complete(
      Handle handle,
      RightsRequest request,
      ResponseNature nature,
      String text,
      String accessLink,
      String actor) {
    FulfilGate.require(request);
    RightsRequest saved =
        repository.update(
            handle,
            new RequestBuilder(request).completed(nature, OffsetDateTime.now(clock)).build());
    String answer = text == null || text.isBlank() ? "We completed your request." : text.strip();
    timeline.add(handle, saved, "completed", actor, true, answer);
    messages.response(handle, saved, answer, accessLink);
    events.record(handle, actor, "request.completed", saved, Map.of("nature", nature.id()));
    return saved;
  }
}
