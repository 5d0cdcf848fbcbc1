package dev.rightful.mail;

import dev.rightful.input.EmailAddress;
import java.util.Objects;

/**
 * One message to one consumer: its kind, recipient address, subject, plain-text body and the
 * request it belongs to ({@code null} only for a message tied to no request). Subjects never carry
 * personal information (templates put only the company name and the request number there); the
 * recipient and the body do, so the outbox stores them sealed. Immutable.
 */
public record MailMessage(MailKind kind, String to, String subject, String body, String requestId) {

  public MailMessage {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(body, "body");
    if (subject == null || subject.isBlank() || subject.contains("\n") || subject.contains("\r")) {
      throw new IllegalArgumentException("a subject is one non-blank line");
    }
    if (requestId != null && (requestId.isBlank() || requestId.length() > 64)) {
      throw new IllegalArgumentException("a request id has 1 to 64 characters");
    }
    checkAddress(to);
  }

  /**
   * The rule intake applies, so a message to an address a consumer or agent was allowed to give can
   * always be built; one that fails here was never checked at the door.
   */
  private static void checkAddress(String to) {
    if (to == null || !EmailAddress.isValid(to)) {
      // The message names no address: it would end up in logs.
      throw new IllegalArgumentException("the recipient is not a valid email address");
    }
  }

  @Override
  public String toString() {
    // Recipient and body are personal information: keep them out of logs and assertion messages.
    return "MailMessage[kind=" + kind.id() + ", requestId=" + requestId + "]";
  }
}
