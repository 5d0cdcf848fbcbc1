package dev.rightful.retention;

import org.jdbi.v3.core.Handle;

/**
 * Where placing and releasing legal holds is recorded, in the transaction that makes the change:
 * the audit log implements it. Implementations must be thread-safe and record no identifier.
 */
public interface HoldRecorder {
  /** A recorder that keeps nothing, for readers of holds that never change them. */
  HoldRecorder NONE =
      new HoldRecorder() {
        @Override
        public void placed(Handle handle, Hold hold) {}

        @Override
        public void released(Handle handle, long holdId, String releasedBy) {}
      };

  void placed(Handle handle, Hold hold);

  void released(Handle handle, long holdId, String releasedBy);
}
