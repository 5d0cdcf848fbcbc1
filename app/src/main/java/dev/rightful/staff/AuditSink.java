package dev.rightful.staff;

/**
 * Where staff access reports each state change (sign-ins, sign-outs, accounts, tokens); the audit
 * log implements it. Called after the change is committed, on the request's thread, so
 * implementations must be thread-safe.
 */
@FunctionalInterface
public interface AuditSink {
  /** Discards events; for tools and tests that have no audit log. */
  AuditSink NONE = event -> {};

  void record(StaffEvent event);
}
