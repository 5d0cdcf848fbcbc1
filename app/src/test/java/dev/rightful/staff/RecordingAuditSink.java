package dev.rightful.staff;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An audit sink that keeps every event in memory, for assertions. Thread-safe. */
final class RecordingAuditSink implements AuditSink {
  private final List<StaffEvent> events = new CopyOnWriteArrayList<>();

  @Override
  public void record(StaffEvent event) {
    events.add(event);
  }

  List<StaffEvent> events() {
    return List.copyOf(events);
  }

  List<StaffEvent.Kind> kinds() {
    return events.stream().map(StaffEvent::kind).toList();
  }
}
