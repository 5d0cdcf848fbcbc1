package dev.rightful;

import dev.rightful.audit.AuditLog;
import dev.rightful.audit.AuditSequencer;
import java.time.Clock;

/**
 * The hash-chained audit log every state change goes to. Its sequencer chains appended entries from
 * the moment the module is built, since start-up itself (the first admin) already writes events.
 */
final class AuditModule implements dev.rightful.web.ServerModule {
  final AuditLog audit;
  private final AuditSequencer sequencer;

  AuditModule(StoreModule store, Clock clock) {
    this.audit = new AuditLog(store.database.jdbi(), clock);
    this.sequencer = new AuditSequencer(audit, AuditSequencer.INTERVAL);
    sequencer.start();
  }

  @Override
  public void close() {
    sequencer.close();
  }
}
