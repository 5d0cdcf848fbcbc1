package dev.rightful.retention;

/**
 * Follows a sweep as it runs, for a progress bar or a log. Every method has an empty default; they
 * are called on the sweeping thread, and an exception thrown from one stops the sweep where it is,
 * leaving it to resume.
 */
public interface SweepListener {
  /** A rule's table is about to be swept. */
  default void started(Target target) {}

  /**
   * A batch committed in the company database: its rows are gone or anonymized, and Rightful has
   * not yet recorded it as done.
   */
  default void committed(Target target, int rows) {}

  /**
   * A batch was recorded: {@code done} rows of the table are done, and the sweep is {@code
   * fraction} of the way through the table's keys (NaN when the keys are not numbers).
   */
  default void progressed(Target target, long done, double fraction) {}

  /** The table is finished. */
  default void finished(Target target, TargetOutcome outcome) {}

  /** A listener that does nothing. */
  SweepListener NONE = new SweepListener() {};
}
