package dev.rightful.consent;

/**
 * Sends the plain-text message that tells a recipient without a webhook about an opt-out. The mail
 * capability's outbox implements it; implementations must be thread-safe and throw when the message
 * was not accepted, so the task is retried.
 */
@FunctionalInterface
public interface ConsentMailer {
  void send(String to, String subject, String text) throws Exception;

  /** Accepts nothing, so email tasks stay pending and are retried until mail is wired in. */
  static ConsentMailer unconfigured() {
    return (to, subject, text) -> {
      throw new IllegalStateException("outgoing mail is not configured");
    };
  }
}
