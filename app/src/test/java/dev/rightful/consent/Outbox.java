package dev.rightful.consent;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An in-memory {@link ConsentMailer} that keeps what it was given. Thread-safe. */
final class Outbox implements ConsentMailer {
  record Mail(String to, String subject, String text) {}

  final List<Mail> sent = new CopyOnWriteArrayList<>();

  @Override
  public void send(String to, String subject, String text) {
    sent.add(new Mail(to, subject, text));
  }
}
