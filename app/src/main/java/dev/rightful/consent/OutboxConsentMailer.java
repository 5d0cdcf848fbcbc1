package dev.rightful.consent;

import dev.rightful.mail.Messages;
import dev.rightful.mail.Outbox;
import org.jdbi.v3.core.Jdbi;

/**
 * Sends consent propagation emails to vendors through the mail outbox, so they are recorded,
 * retried and sent by the same dispatcher as consumer mail. Thread-safe.
 */
public final class OutboxConsentMailer implements ConsentMailer {
  private final Jdbi jdbi;
  private final Messages messages;
  private final Outbox outbox;

  public OutboxConsentMailer(Jdbi jdbi, Messages messages, Outbox outbox) {
    this.jdbi = jdbi;
    this.messages = messages;
    this.outbox = outbox;
  }

  @Override
  public void send(String to, String subject, String text) {
    jdbi.useTransaction(
        handle -> outbox.enqueue(handle, messages.recipientNotice("consent", to, subject, text)));
  }
}
