package dev.rightful.retention;

import java.time.Instant;

/**
 * How far the latest retention sweep got ({@link RetentionSweeper#progress()}).
 *
 * @param running whether it began and has not finished (running now, or stopped and to be resumed)
 * @param targets the tables it sweeps, one per rule and table
 * @param targetsDone those whose step has ended (swept, skipped or failed)
 * @param rowsDone rows deleted or anonymized so far
 * @param startedAt when it began; null before the first sweep
 * @param finishedAt when it finished; null while running and before the first sweep
 */
public record SweepProgress(
    boolean running,
    long targets,
    long targetsDone,
    long rowsDone,
    Instant startedAt,
    Instant finishedAt) {
  /** Before the first sweep. */
  public static final SweepProgress NONE = new SweepProgress(false, 0, 0, 0, null, null);
}
