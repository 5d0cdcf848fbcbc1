package dev.rightful.requests;

import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Who on the staff works a request: assigning, re-assigning and un-assigning it, each recorded as
 * the audited event {@code request.assigned}. The assignee is a staff username; which usernames may
 * be given is the caller's check (the console offers the staff who may act). Thread-safe.
 */
public final class Assignments {
  private final Jdbi jdbi;
  private final RequestRepository repository;
  private final RequestEvents events;

  public Assignments(Jdbi jdbi, RequestRepository repository, RequestEvents events) {
    this.jdbi = jdbi;
    this.repository = repository;
    this.events = events;
  }

  /**
   * Assigns request {@code id} to {@code assignee}, or to nobody when it is null; the change and
   * its audit event commit together. Throws {@link RequestNotFound} when there is no such request.
   */
  public void assign(String id, String assignee, String actor) {
    jdbi.useTransaction(
        handle -> {
          RightsRequest request =
              repository.find(handle, id).orElseThrow(() -> new RequestNotFound(id));
          handle
              .createUpdate("UPDATE rights_request SET assignee = :assignee WHERE id = :id")
              .bind("assignee", assignee)
              .bind("id", id)
              .execute();
          events.record(
              handle,
              actor,
              "request.assigned",
              request,
              Map.of("assignee", assignee == null ? "" : assignee));
        });
  }

  /** The staff username request {@code id} is assigned to; empty when nobody is. */
  public Optional<String> assignee(String id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT assignee FROM rights_request WHERE id = :id")
                .bind("id", id)
                .mapTo(String.class)
                .findOne()
                .filter(name -> name != null));
  }
}
