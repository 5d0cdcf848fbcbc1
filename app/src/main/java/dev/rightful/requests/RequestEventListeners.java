package dev.rightful.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * The request lifecycle's {@link RequestEvents}, fanned out to named listeners and then to one
 * record: each listener runs in the transaction of the change, in the order it was added, and the
 * record (the audit log) runs last, because appending to it locks the audit chain until the commit.
 * Listeners are added while the server is assembled, before any request arrives.
 */
public final class RequestEventListeners implements RequestEvents {
  /** A listener with the name start-up logs and the listing in {@code docs/} gives. */
  public record Listener(String name, RequestEvents events) {}

  private final List<Listener> listeners = new ArrayList<>();
  private final RequestEvents record;

  public RequestEventListeners(RequestEvents record) {
    this.record = record;
  }

  /** Adds {@code events} under {@code name}; it hears every event after those added earlier. */
  public RequestEventListeners on(String name, RequestEvents events) {
    listeners.add(new Listener(name, events));
    return this;
  }

  /** Adds a listener that hears only {@code action} (for example {@code request.received}). */
  public RequestEventListeners on(String name, String action, RequestEvents events) {
    return on(
        name,
        (handle, actor, heard, request, facts) -> {
          if (heard.equals(action)) {
            events.record(handle, actor, heard, request, facts);
          }
        });
  }

  public List<String> names() {
    return listeners.stream().map(Listener::name).toList();
  }

  @Override
  public void record(
      Handle handle,
      String actor,
      String action,
      RightsRequest request,
      Map<String, Object> facts) {
    for (Listener listener : listeners) {
      listener.events().record(handle, actor, action, request, facts);
    }
    record.record(handle, actor, action, request, facts);
  }
}
