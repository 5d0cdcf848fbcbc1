package dev.rightful.mail;

import java.time.Instant;

/**
 * One message as the outbox holds it, with recipient and body opened: what it is, where it stands,
 * how often sending was tried and the last error. {@code sentAt}, {@code requestId} and {@code
 * lastError} may be {@code null}. Immutable.
 */
public record OutboxEntry(
    long id,
    String messageId,
    String requestId,
    MailKind kind,
    String to,
    String subject,
    String body,
    MailStatus status,
    int attempts,
    Instant createdAt,
    Instant nextAttemptAt,
    Instant sentAt,
    String lastError) {

  @Override
  public String toString() {
    // Recipient and body are personal information: keep them out of logs and assertion messages.
    return "OutboxEntry[id=" + id + ", kind=" + kind.id() + ", status=" + status.id() + "]";
  }
}
