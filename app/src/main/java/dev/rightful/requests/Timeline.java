package dev.rightful.requests;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.Handle;

/**
 * Adds entries to a request's timeline, the history staff read and, where visible, the consumer.
 */
final class Timeline {
  private final RequestRepository repository;
  private final Clock clock;

  Timeline(RequestRepository repository, Clock clock) {
    this.repository = repository;
    this.clock = clock;
  }

  /** An entry the consumer sees on the status page when {@code visible}. */
  void add(
      Handle handle,
      RightsRequest request,
      String kind,
      String actor,
      boolean visible,
      String text) {
    repository.addEntry(
        handle,
        request.id(),
        new RequestRepository.Entry(kind, actor, OffsetDateTime.now(clock), visible, text));
  }
}
