package dev.rightful.requests;

import dev.rightful.law.RequestType;
import dev.rightful.mail.MailMessage;
import dev.rightful.mail.Messages;
import dev.rightful.mail.Outbox;
import dev.rightful.web.Translator;
import org.jdbi.v3.core.Handle;

/**
 * Sends the lifecycle's messages by email through the transactional outbox. Messages go to the
 * agent or parent who submitted the request when there is one, else to the consumer; a request with
 * no email address (an opt-out by phone) gets none, and its status page says so. Thread-safe.
 */
public final class MailRequestMessages implements RequestMessages {
  private final Messages messages;
  private final Outbox outbox;

  public MailRequestMessages(Messages messages, Outbox outbox) {
    this.messages = messages;
    this.outbox = outbox;
  }

  @Override
  public void receipt(Handle handle, RightsRequest request, String statusUrl) {
    String to = recipient(request);
    if (to == null) {
      return;
    }
    if (request.type() == RequestType.OPT_OUT) {
      send(
          handle,
          messages
              .in(request.language())
              .optOutConfirmation(
                  request.reference(), to, request.receivedDate(), request.dueBy(), statusUrl));
    } else {
      send(
          handle,
          messages
              .in(request.language())
              .receipt(
                  request.reference(),
                  to,
                  request.type(),
                  request.receivedDate(),
                  verification(request, Translator.of(request.language())),
                  request.dueBy(),
                  statusUrl,
                  request.lookback() == null
                      ? null
                      : LookbackWords.told(request.lookback(), Translator.of(request.language()))));
    }
  }

  @Override
  public void extension(Handle handle, RightsRequest request) {
    String to = recipient(request);
    if (to != null) {
      send(
          handle,
          messages
              .in(request.language())
              .extension(
                  request.reference(),
                  to,
                  request.type(),
                  request.extensionReason(),
                  request.extendedDueBy()));
    }
  }

  @Override
  public void response(Handle handle, RightsRequest request, String text, String accessLink) {
    String to = recipient(request);
    if (to != null) {
      send(
          handle,
          messages
              .in(request.language())
              .response(request.reference(), to, request.type(), text, accessLink));
    }
  }

  @Override
  public void denial(Handle handle, RightsRequest request) {
    String to = recipient(request);
    if (to != null) {
      send(
          handle,
          messages
              .in(request.language())
              .denial(
                  request.reference(),
                  to,
                  request.type(),
                  request.denialBasis(),
                  request.denialText()));
    }
  }

  @Override
  public void agentConfirmation(Handle handle, RightsRequest request, String confirmUrl) {
    // 7063(a): the consumer, not the agent, confirms
    if (request.subject().email() != null) {
      send(
          handle,
          messages
              .in(request.language())
              .agentConfirmation(
                  request.reference(),
                  request.subject().email(),
                  request.type(),
                  request.requester().name(),
                  request.receivedDate(),
                  confirmUrl));
    }
  }

  /**
   * How this request is verified, in the words of the receipt (7021(a)); the privacy center's
   * confirmation page says the same.
   */
  public static String verification(RightsRequest request) {
    return verification(request, Translator.of(Translator.ENGLISH));
  }

  /** As {@link #verification(RightsRequest)}, in the language of {@code t}. */
  public static String verification(RightsRequest request, Translator t) {
    return switch (request.requiredTier()) {
      case NONE ->
          request.type() == RequestType.DIRECT_MARKETING
              // CC 1798.83: the answer lists the business's disclosures, nothing about the consumer
              ? t.t("verification.none.direct-marketing")
              : t.t("verification.none");
      case REASONABLE -> t.t("verification.reasonable");
      case REASONABLY_HIGH -> t.t("verification.reasonably-high");
    };
  }

  private void send(Handle handle, MailMessage message) {
    outbox.add(handle, message);
  }

  /** Who the consumer's messages go to: the agent or parent who asked, else the consumer. */
  public static String recipient(RightsRequest request) {
    return request.requester().email() != null
        ? request.requester().email()
        : request.subject().email();
  }
}
