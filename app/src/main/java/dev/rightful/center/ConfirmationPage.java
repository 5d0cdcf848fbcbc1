package dev.rightful.center;

import dev.rightful.requests.AgentAuthority;
import dev.rightful.requests.LookbackWords;
import dev.rightful.requests.MailRequestMessages;
import dev.rightful.requests.RightsRequest;
import dev.rightful.web.Translator;

/**
 * The page after a request is sent: its reference, its dates in words, what happens next and the
 * secret status link. Repeats no personal information. Immutable.
 *
 * @param acknowledgeBy null for requests with no receipt deadline (opt-out, limit)
 * @param agentStep what happens about the agent's authority, or null for a consumer's own request
 * @param extendable whether the request's clock allows one extension (7021(b)): only then is it
 *     told
 * @param period for a request to know, what its answer will cover and any part of the period asked
 *     for that is left out (rule 20); null for other requests
 */
public record ConfirmationPage(
    String reference,
    String request,
    String received,
    String acknowledgeBy,
    String dueBy,
    boolean extendable,
    String period,
    String verification,
    String agentStep,
    boolean mailed,
    String statusPath,
    String statusLink) {

  static ConfirmationPage of(RightsRequest request, String statusPath, String statusLink) {
    return new ConfirmationPage(
        request.reference(),
        RequestChoice.of(request.originalType()).noun(),
        Words.date(request.receivedDate()),
        Words.date(request.acknowledgeBy()),
        Words.date(request.effectiveDueBy()),
        request.type().clock().extendable() && request.isOpen(),
        request.lookback() == null
            ? null
            : LookbackWords.told(request.lookback(), Translator.current()),
        nextStep(request),
        agentStep(request.requester().authority()),
        request.requester().email() != null || request.subject().email() != null,
        statusPath,
        statusLink);
  }

  /**
   * What happens next: how the request is verified, or, for one answered the moment it was received
   * (Shine the Light, CC 1798.83), where the answer is.
   */
  private static String nextStep(RightsRequest request) {
    if (!request.isOpen()) {
      return request.requester().email() != null || request.subject().email() != null
          ? Translator.current().t("confirmation.answered.mailed")
          : Translator.current().t("confirmation.answered");
    }
    return MailRequestMessages.verification(request, Translator.current());
  }

  private static String agentStep(AgentAuthority authority) {
    if (authority == null) {
      return null;
    }
    return authority.needsConsumerConfirmation()
        // 7063(a): the consumer confirms directly with the business
        ? Translator.current().t("confirmation.agent.confirm")
        // 7063(b); Probate Code 4121–4130: a power of attorney needs no confirmation
        : Translator.current().t("confirmation.agent.power-of-attorney");
  }
}
