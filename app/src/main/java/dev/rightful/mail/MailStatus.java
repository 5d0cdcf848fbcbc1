package dev.rightful.mail;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/** Where a message stands in the outbox. */
public enum MailStatus implements Vocabulary {
  /** Waiting to be sent, for the first time or again after a failure. */
  PENDING("pending", "Pending"),
  /** Accepted by the SMTP server. */
  SENT("sent", "Sent"),
  /** Refused for good (for example, the server rejected the recipient); never retried. */
  FAILED("failed", "Failed"),
  /** Not sent because no SMTP host is configured (start-dev); shown on the outbox page. */
  HELD("held", "Not sent — dev outbox");

  private final String id;
  private final String label;

  MailStatus(String id, String label) {
    this.id = id;
    this.label = label;
  }

  @Override
  public String id() {
    return id;
  }

  /** The status in words, for the outbox page. */
  public String label() {
    return label;
  }

  public static Optional<MailStatus> fromId(String id) {
    return Vocabulary.parse(MailStatus.class, id);
  }
}
