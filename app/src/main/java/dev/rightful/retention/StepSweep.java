package dev.rightful.retention;

import dev.rightful.datamap.RetentionRule;
import dev.rightful.retention.internal.SweepSql;
import dev.rightful.retention.internal.TableSweep;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * One step of a sweep: one rule applied to one table, batch by batch, with its progress recorded so
 * that a stopped sweep resumes where it was. Not thread-safe: one per step.
 */
final class StepSweep {
  /*
   * Each step walks the table by primary key in ranges. A range's upper key is counted in key
   * values for integer keys, or read from the key index alone for others; then one DELETE or UPDATE over the range repeats the
   * whole condition, in its own transaction. So due rows are read once, as by a plain DELETE, the
   * only locks a sweep holds are one range's, and a row that stopped being due since the step
   * began (a new reference, a later start date) stays. Each range is sized from how long the last one's
   * transaction took, aiming at the target time (250 ms by default).
   *
   * Exactly-once counting across a crash: inside the batch's transaction, after its statement and
   * before its commit, one write records the range's upper key and the rows changed as pending,
   * and the batch before it (which committed) as done. A sweep resuming with a pending batch counts
   * the due rows left in that range: none left means the batch committed (its recorded rows are
   * counted), any left means it rolled back (the range is swept again). The company database and
   * Rightful's are different databases, so this check, not a shared transaction, is what keeps the
   * counts exact. The rows that stay (held, or still referred to) are counted when a step ends,
   * and only when something can keep a row.
   */

  /** A batch that committed and is recorded as pending until the next batch's write. */
  private record Pending(String key, int rows, long micros) {}

  private final SweepStore store;
  private final RetentionSweeper.Settings settings;
  private final Clock clock;
  private final Optional<DataSource> source;
  private final SweepListener listener;

  StepSweep(
      SweepStore store,
      RetentionSweeper.Settings settings,
      Clock clock,
      Optional<DataSource> source,
      SweepListener listener) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
    this.source = source;
    this.listener = listener;
  }

  /**
   * Sweeps the step's table as of {@code asOf} (company time), keeping what {@code inForce} holds.
   */
  void sweep(SweepStore.Step step, Target target, LocalDateTime asOf, List<Hold> inForce) {
    if (source.isEmpty()) {
      store.finishStep(step, "failed", RetentionSweeper.noDatabase(target), clock.instant());
      return;
    }
    try (Connection connection = source.get().getConnection()) {
      TableSweep table;
      try {
        SweepSql sql = new SweepSql(connection, asOf, inForce);
        table = new TableSweep(connection, target, sql.statements(target, List.of()));
      } catch (RetentionException e) {
        store.finishStep(step, "failed", e.getMessage(), clock.instant());
        return;
      }
      Optional<Hold> tableHold = RetentionSweeper.tableHold(target, inForce);
      if (tableHold.isPresent()) {
        long expired = table.countExpired();
        store.counted(step, expired, expired, 0);
        store.finishStep(step, "held", "hold " + tableHold.get().id(), clock.instant());
      } else {
        batches(step, target, table);
        store.finishStep(step, "done", null, clock.instant());
      }
    } catch (SQLException e) {
      store.finishStep(step, "failed", e.getMessage(), clock.instant());
    }
    listener.finished(target, outcome(store.reload(step)));
  }

  private void batches(SweepStore.Step step, Target target, TableSweep table) throws SQLException {
    if (step.pendingKey() != null) {
      step = settlePending(step, table);
    }
    listener.started(target);
    TableSweep.Bounds bounds = table.bounds();
    Object after = table.decode(step.lastKey());
    long done = step.done();
    boolean refused = false;
    int span = settings.firstBatch();
    Instant renewed = renewLease(null);
    Pending pending = null; // the last batch: committed, recorded as pending
    Object upTo;
    while ((upTo = table.upperKey(after, span)) != null) {
      SweepStore.Step current = step;
      String upper = TableSweep.encode(upTo);
      long previousMicros = pending == null ? 0 : pending.micros();
      TableSweep.Applied applied =
          table.apply(after, upTo, rows -> store.advance(current, upper, rows, previousMicros));
      if (applied.refused()) {
        // A foreign key the metadata did not show (or one added since): go row by row.
        refused = true;
        if (applied.recorded()) {
          store.abandonPending(step); // this batch's, written before its commit failed
        } else if (pending != null) {
          store.progressed(step, pending.key(), pending.rows(), pending.micros());
        }
        pending = null;
        applied = oneByOne(step, table, after, upTo);
      } else {
        pending = new Pending(upper, applied.rows(), applied.nanos() / 1000);
        listener.committed(target, applied.rows());
      }
      done += applied.rows();
      listener.progressed(target, done, bounds.fraction(upTo));
      after = upTo;
      span = nextSpan(span, applied.nanos());
      renewed = renewLease(renewed);
    }
    if (pending != null) {
      store.progressed(step, pending.key(), pending.rows(), pending.micros());
    }
    // What stays needs counting only when something can keep a row.
    long stays = table.mayKeepRows() || refused ? table.countExpired() : 0;
    long held = stays == 0 ? 0 : table.countHeld();
    store.counted(step, done + stays, held, stays - held);
  }

  /**
   * Renews the lease when a third of it has passed since {@code renewed} (null: now); fails when
   * another node took it meanwhile, so that two nodes never sweep at once.
   */
  private Instant renewLease(Instant renewed) {
    Instant now = clock.instant();
    if (renewed != null && now.isBefore(renewed.plus(settings.lease().dividedBy(3)))) {
      return renewed;
    }
    if (!store.renew(settings.node(), now, settings.lease())) {
      throw new RetentionException(
          "the sweep lease passed to another node; this node stops and that one resumes");
    }
    return now;
  }

  /**
   * The node stopped inside a batch: if due rows are left in its range, it rolled back and the
   * range is swept again; if none are, it committed and its recorded count is added.
   */
  private SweepStore.Step settlePending(SweepStore.Step step, TableSweep table)
      throws SQLException {
    long left = table.countBetween(table.decode(step.lastKey()), table.decode(step.pendingKey()));
    if (left == 0) {
      store.progressed(step, step.pendingKey(), step.pendingRows(), 0);
    } else {
      store.abandonPending(step);
    }
    return store.reload(step);
  }

  private TableSweep.Applied oneByOne(
      SweepStore.Step step, TableSweep table, Object after, Object upTo) throws SQLException {
    int rows = 0;
    long longest = 0;
    Object previous = after;
    for (Object key : table.keysBetween(after, upTo)) {
      String upper = TableSweep.encode(key);
      TableSweep.Applied one = table.apply(previous, key, n -> store.pending(step, upper, n));
      if (one.refused()) {
        store.abandonPending(step);
      }
      store.progressed(step, upper, one.rows(), one.nanos() / 1000);
      rows += one.rows();
      longest = Math.max(longest, one.nanos());
      previous = key;
    }
    store.progressed(step, TableSweep.encode(upTo), 0, 0);
    return new TableSweep.Applied(rows, longest, false, true);
  }

  /**
   * Scales the next batch to the target time from how long this one took: at most four times larger
   * (a fast start is not trusted too far) and down to a quarter when it ran long.
   */
  private int nextSpan(int span, long nanos) {
    double scale = (double) settings.batchTarget().toNanos() / Math.max(1, nanos);
    double next = span * Math.max(0.25, Math.min(4, scale));
    return (int) Math.max(1, Math.min(settings.maxBatch(), next));
  }

  /** What a step's record says, as an outcome. */
  static TargetOutcome outcome(SweepStore.Step step) {
    TargetOutcome.Status status =
        switch (step.status()) {
          case "held" -> TargetOutcome.Status.HELD;
          case "skipped" -> TargetOutcome.Status.SKIPPED;
          case "failed" -> TargetOutcome.Status.FAILED;
          default -> TargetOutcome.Status.DONE;
        };
    return new TargetOutcome(
        step.ruleId(),
        step.target(),
        RetentionRule.Action.valueOf(step.action().toUpperCase(Locale.ROOT)),
        status,
        orZero(step.expired()),
        orZero(step.held()),
        orZero(step.blocked()),
        step.done(),
        step.batches(),
        Duration.ofNanos(step.maxBatchMicros() * 1000),
        List.of(),
        step.note());
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }
}
