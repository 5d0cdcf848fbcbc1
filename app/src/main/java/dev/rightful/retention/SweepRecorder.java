package dev.rightful.retention;

/**
 * Where finished sweeps are recorded: the audit log implements it (rule 42 asks for a purge job
 * that can be shown to have run). Implementations must be thread-safe.
 *
 * <p>A sweep is recorded at least once: if a node stops after recording and before marking the
 * sweep finished, the node that resumes it records the same {@link SweepReport#sweepId()} again, so
 * an implementation treats a repeated sweep id as one event.
 */
@FunctionalInterface
public interface SweepRecorder {
  /** Records a sweep that has ended, with its counts per rule and table. */
  void record(SweepReport report);

  /** A recorder that keeps nothing, for dry runs and tools that have no audit log. */
  SweepRecorder NONE = report -> {};
}
