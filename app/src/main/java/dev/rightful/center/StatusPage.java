package dev.rightful.center;

import dev.rightful.requests.LookbackWords;
import dev.rightful.requests.RequestRepository;
import dev.rightful.requests.RequestStatus;
import dev.rightful.requests.RightsRequest;
import dev.rightful.web.Translator;
import java.time.ZoneId;
import java.util.List;

/**
 * The consumer's status page: the request's reference, type, status, dates and the timeline the
 * consumer may see, and, for an agent's request, where the consumer's confirmation stands. Shows no
 * personal information beyond the reference and dates. Immutable.
 *
 * @param extendedDueBy null unless the response period was extended
 * @param period for a request to know, the period its answer covers and any part of the period
 *     asked for that it leaves out, in plain words (rule 20); null for other requests
 * @param confirmAction where the confirmation form posts, or null when the page offers none
 */
public record StatusPage(
    String reference,
    String request,
    String status,
    String statusExplanation,
    String received,
    String dueBy,
    String extendedDueBy,
    String period,
    List<Event> timeline,
    AgentStep agentStep,
    String confirmAction,
    String csrfToken,
    CodeStep codeStep) {

  /**
   * The identity check by email code, shown while the request waits for it: where to ask for a
   * code, where to enter it, the form token, and what happened last ({@code null} for nothing).
   */
  public record CodeStep(String sendAction, String checkAction, String csrfToken, String notice) {}

  /** One timeline entry: when, and what the consumer is told. */
  public record Event(String when, String datetime, String text) {}

  /** Where the consumer's confirmation of an agent stands. */
  public enum AgentStep {
    /** Not an agent's request, or one that needs no confirmation (power of attorney). */
    NONE,
    /** The consumer has not confirmed; this link cannot (the agent may hold it too). */
    AWAITING,
    /** The consumer has not confirmed, and came by the link only they were sent. */
    CONFIRM,
    CONFIRMED
  }

  public StatusPage {
    timeline = List.copyOf(timeline);
  }

  static StatusPage of(
      RightsRequest request,
      List<RequestRepository.Entry> entries,
      ZoneId zone,
      boolean signedLink,
      String confirmAction,
      String csrfToken) {
    AgentStep step = agentStep(request, signedLink);
    return new StatusPage(
        request.reference(),
        RequestChoice.of(request.originalType()).noun(),
        title(request.status()),
        explanation(request),
        Words.date(request.receivedDate()),
        Words.date(request.dueBy()),
        Words.date(request.extendedDueBy()),
        request.lookback() == null
            ? null
            : LookbackWords.told(request.lookback(), Translator.current()),
        entries.stream()
            .map(
                e -> new Event(Words.time(e.createdAt(), zone), e.createdAt().toString(), e.text()))
            .toList(),
        step,
        step == AgentStep.CONFIRM ? confirmAction : null,
        step == AgentStep.CONFIRM ? csrfToken : null,
        null);
  }

  /** This page with the code step added. */
  StatusPage withCodeStep(CodeStep step) {
    return new StatusPage(
        reference,
        request,
        status,
        statusExplanation,
        received,
        dueBy,
        extendedDueBy,
        period,
        timeline,
        agentStep,
        confirmAction,
        csrfToken,
        step);
  }

  static AgentStep agentStep(RightsRequest request, boolean signedLink) {
    var authority = request.requester().authority();
    if (authority == null || !authority.needsConsumerConfirmation()) {
      return AgentStep.NONE;
    }
    if (request.agentConfirmed()) {
      return AgentStep.CONFIRMED;
    }
    if (!request.isOpen()) {
      return AgentStep.NONE;
    }
    return signedLink ? AgentStep.CONFIRM : AgentStep.AWAITING;
  }

  private static String title(RequestStatus status) {
    return Translator.current().t("status." + status.id());
  }

  private static String explanation(RightsRequest request) {
    Translator t = Translator.current();
    return switch (request.status()) {
      case RECEIVED -> t.t("status.received.explanation");
      case VERIFIED ->
          request.type().requiresVerification()
              ? t.t("status.verified.explanation")
              : t.t("status.verified.unverifiable");
      case COMPLETED -> t.t("status.completed.explanation");
      case DENIED -> t.t("status.denied.explanation");
    };
  }
}
