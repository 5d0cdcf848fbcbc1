package dev.rightful.retention;

import dev.rightful.datamap.DataMap;
import dev.rightful.retention.internal.SweepSql;
import dev.rightful.retention.internal.TableSweep;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Jdbi;

/**
 * Applies the data map's retention rules to the company databases (rule 42; CC 1798.100(a)(3)): a
 * dry-run {@link #plan}, and {@link #run} sweeps that delete or anonymize expired rows in short
 * batches, skip what legal holds keep, record their progress so a stopped sweep resumes without
 * doing any batch twice, and record each finished sweep with its counts. Thread-safe; of several
 * nodes (or a node and the command line) sharing Rightful's database, one sweeps at a time.
 */
public final class RetentionSweeper {
  /*
   * A sweep is a list of steps (rule x table) fixed when it begins, together with its instant
   * as_of: every cut-off is as_of minus the rule's period, in the company database's time zone, so
   * a resumed sweep deletes exactly what the first attempt would have.
   *
   * Each step walks the table by primary key in ranges. A range's upper key is counted in key
   * values for integer keys, or read from the key index alone for others; then one DELETE or UPDATE over the range repeats the
   * whole condition, in its own transaction. So due rows are read once, as by a plain DELETE, the
   * only locks a sweep holds are one range's, and a row that stopped being due since the sweep
   * began (a new hold, a new reference) stays. Each range is sized from how long the last one's
   * transaction took, aiming at the target time (250 ms by default).
   *
   * Exactly-once counting across a crash: inside the batch's transaction, after its statement and
   * before its commit, the step records the range's upper key and the rows changed as pending;
   * after the commit it records the range as done. A sweep resuming with a pending batch counts
   * the due rows left in that range: none left means the batch committed (its recorded rows are
   * counted), any left means it rolled back (the range is swept again). The company database and
   * Rightful's are different databases, so this check, not a shared transaction, is what keeps the
   * counts exact. The rows that stay (held, or still referred to) are counted when a step ends,
   * and only when something can keep a row.
   */

  /** How sweeps run; {@link #defaults} suits most companies. */
  public record Settings(
      String node,
      ZoneId zone,
      int firstBatch,
      int maxBatch,
      Duration batchTarget,
      Duration lease,
      LocalTime dailyAt) {
    /**
     * UTC company timestamps, batches from 10,000 keys aimed at 250 ms (at most a million), a
     * five-minute lease renewed every batch, and the schedule daily at 03:00.
     */
    public static Settings defaults(String node) {
      return new Settings(
          node,
          ZoneId.of("UTC"),
          10_000,
          1_000_000,
          Duration.ofMillis(250),
          Duration.ofMinutes(5),
          LocalTime.of(3, 0));
    }

    public Settings withZone(ZoneId zone) {
      return new Settings(node, zone, firstBatch, maxBatch, batchTarget, lease, dailyAt);
    }

    public Settings withBatches(int first, int max, Duration target) {
      return new Settings(node, zone, first, max, target, lease, dailyAt);
    }
  }

  private static final int SAMPLE_KEYS = 5;

  private final DataMap map;
  private final Function<String, Optional<DataSource>> companies;
  private final SweepStore store;
  private final Holds holds;
  private final SweepRecorder recorder;
  private final Clock clock;
  private final Settings settings;

  /**
   * @param companies the company database of a system id, such as {@code CompanyDatabases::find}
   * @param rightful Rightful's own database (migrated)
   */
  public RetentionSweeper(
      DataMap map,
      Function<String, Optional<DataSource>> companies,
      Jdbi rightful,
      SweepRecorder recorder,
      Clock clock,
      Settings settings) {
    this.map = map;
    this.companies = companies;
    this.store = new SweepStore(rightful);
    this.holds = new Holds(rightful, clock);
    this.recorder = recorder;
    this.clock = clock;
    this.settings = settings;
  }

  public Settings settings() {
    return settings;
  }

  /** The holds this sweeper respects. */
  public Holds holds() {
    return holds;
  }

  /**
   * A dry run as of {@code asOf}: counts per rule and table and a few sample keys; changes nothing.
   * Counts assume the sweep's order, so a row that only rows deleted earlier in the sweep refer to
   * counts as due.
   */
  public SweepPlan plan(Instant asOf) {
    Targets.Resolved resolved = Targets.resolve(map);
    List<Hold> inForce = holdsInForce(asOf);
    List<TargetOutcome> outcomes = new ArrayList<>();
    List<Target> targets = resolved.targets();
    for (int i = 0; i < targets.size(); i++) {
      outcomes.add(planOne(targets.get(i), targets.subList(0, i), asOf, inForce));
    }
    return new SweepPlan(asOf, outcomes, resolved.unswept());
  }

  private TargetOutcome planOne(Target target, List<Target> earlier, Instant asOf, List<Hold> in) {
    Optional<DataSource> source = companies.apply(target.system().id());
    if (source.isEmpty()) {
      return outcome(target, TargetOutcome.Status.SKIPPED, 0, 0, 0, List.of(), noDatabase(target));
    }
    try (Connection connection = source.get().getConnection()) {
      TableSweep sweep =
          new TableSweep(
              connection,
              target,
              new SweepSql(connection, local(asOf), in).statements(target, earlier));
      long expired = sweep.countExpired();
      if (tableHold(target, in).isPresent()) {
        return outcome(target, TargetOutcome.Status.HELD, expired, expired, 0, List.of(), null);
      }
      long held = sweep.countHeld();
      long due = sweep.countCandidates(expired);
      return outcome(
          target,
          TargetOutcome.Status.PLANNED,
          expired,
          held,
          expired - held - due,
          sweep.sample(SAMPLE_KEYS),
          null);
    } catch (SQLException | RetentionException e) {
      return outcome(target, TargetOutcome.Status.FAILED, 0, 0, 0, List.of(), e.getMessage());
    }
  }

  /**
   * Runs a sweep, or resumes the one a stopped node or command left unfinished. Returns empty when
   * another node holds the sweep lease, or, for {@link SweepReport.Trigger#SCHEDULE}, when the
   * schedule is not due yet (on a new installation, it is first due at the next {@code dailyAt}).
   *
   * @param asOf the instant periods count to, for a new sweep; null for now. A resumed sweep keeps
   *     the instant it began with.
   */
  public Optional<SweepReport> run(
      SweepReport.Trigger trigger, Instant asOf, SweepListener listen) {
    Instant now = clock.instant();
    boolean scheduled = trigger == SweepReport.Trigger.SCHEDULE;
    if (scheduled) {
      // A new installation sweeps first at the next scheduled time, not the moment it starts:
      // time to read `retention plan` first.
      store.scheduleIfUnset(nextScheduled(now));
    }
    if (!store.claim(settings.node(), now, settings.lease(), scheduled)) {
      return Optional.empty();
    }
    boolean finished = false;
    try {
      Targets.Resolved resolved = Targets.resolve(map);
      Optional<SweepStore.Sweep> open = store.unfinished();
      SweepStore.Sweep sweep =
          open.orElseGet(
              () ->
                  store.begin(
                      asOf != null ? asOf : now,
                      trigger,
                      settings.node(),
                      now,
                      resolved.targets()));
      for (SweepStore.Step step : store.steps(sweep.id())) {
        if (step.open()) {
          Optional<Target> target = find(resolved, step);
          if (target.isPresent()) {
            sweepStep(sweep, step, target.get(), listen);
          } else {
            store.finishStep(step, "skipped", "no longer in the data map", clock.instant());
          }
        }
      }
      SweepReport report = report(sweep, open.isPresent());
      recorder.record(report);
      store.finish(sweep.id(), report.finishedAt());
      finished = true;
      return Optional.of(report);
    } finally {
      store.release(settings.node(), scheduled && finished ? nextScheduled(now) : null);
    }
  }

  /** When the schedule runs next after {@code now}: the next {@code dailyAt} in the zone. */
  public Instant nextScheduled(Instant now) {
    ZonedDateTime next = now.atZone(settings.zone()).with(settings.dailyAt());
    if (!next.toInstant().isAfter(now)) {
      next = next.plusDays(1);
    }
    return next.toInstant();
  }

  private void sweepStep(
      SweepStore.Sweep sweep, SweepStore.Step step, Target target, SweepListener listen) {
    List<Hold> inForce = holdsInForce(sweep.asOf());
    Optional<DataSource> source = companies.apply(target.system().id());
    if (source.isEmpty()) {
      store.finishStep(step, "failed", noDatabase(target), clock.instant());
      return;
    }
    try (Connection connection = source.get().getConnection()) {
      TableSweep table;
      try {
        SweepSql sql = new SweepSql(connection, local(sweep.asOf()), inForce);
        table = new TableSweep(connection, target, sql.statements(target, List.of()));
      } catch (RetentionException e) {
        store.finishStep(step, "failed", e.getMessage(), clock.instant());
        return;
      }
      Optional<Hold> tableHold = tableHold(target, inForce);
      if (tableHold.isPresent()) {
        long expired = table.countExpired();
        store.counted(step, expired, expired, 0);
        store.finishStep(step, "held", "hold " + tableHold.get().id(), clock.instant());
      } else {
        batches(step, target, table, listen);
        store.finishStep(step, "done", null, clock.instant());
      }
    } catch (SQLException e) {
      store.finishStep(step, "failed", e.getMessage(), clock.instant());
    }
    listen.finished(target, outcome(store.reload(step)));
  }

  private void batches(SweepStore.Step step, Target target, TableSweep table, SweepListener listen)
      throws SQLException {
    if (step.pendingKey() != null) {
      step = settlePending(step, table);
    }
    listen.started(target);
    TableSweep.Bounds bounds = table.bounds();
    Object after = table.decode(step.lastKey());
    long done = step.done();
    boolean refused = false;
    int span = settings.firstBatch();
    Instant renewed = renewLease(null);
    Object upTo;
    while ((upTo = table.upperKey(after, span)) != null) {
      SweepStore.Step current = step;
      String upper = TableSweep.encode(upTo);
      TableSweep.Applied applied =
          table.apply(after, upTo, rows -> store.pending(current, upper, rows));
      if (applied.refused()) {
        // A foreign key the metadata did not show (or one added since): go row by row.
        refused = true;
        store.abandonPending(step);
        applied = oneByOne(step, table, after, upTo);
      } else {
        listen.committed(target, applied.rows());
        store.progressed(step, upper, applied.rows(), applied.nanos() / 1000);
      }
      done += applied.rows();
      listen.progressed(target, done, bounds.fraction(upTo));
      after = upTo;
      span = nextSpan(span, applied.nanos());
      renewed = renewLease(renewed);
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
    return new TableSweep.Applied(rows, longest, false);
  }

  /**
   * Scales the next batch to the target time from how long this one took: at most eight times
   * larger (so a fast start is not trusted too far) and at least half as large.
   */
  private int nextSpan(int span, long nanos) {
    double scale = (double) settings.batchTarget().toNanos() / Math.max(1, nanos);
    double next = span * Math.max(0.5, Math.min(8, scale));
    return (int) Math.max(1, Math.min(settings.maxBatch(), next));
  }

  private List<Hold> holdsInForce(Instant asOf) {
    // Holds in force at the sweep's instant and those in force now: a hold placed after that
    // instant (a resumed sweep, a plan as of an earlier date) keeps its data all the same.
    Map<Long, Hold> all = new LinkedHashMap<>();
    holds.active(asOf).forEach(h -> all.put(h.id(), h));
    holds.active(clock.instant()).forEach(h -> all.put(h.id(), h));
    return List.copyOf(all.values());
  }

  private static Optional<Hold> tableHold(Target target, List<Hold> inForce) {
    return inForce.stream()
        .filter(h -> h.holds(target.system().id(), target.table().name()))
        .findFirst();
  }

  private static Optional<Target> find(Targets.Resolved resolved, SweepStore.Step step) {
    return resolved.targets().stream()
        .filter(
            t ->
                t.rule().id().equals(step.ruleId())
                    && t.system().id().equals(step.systemId())
                    && t.table().name().equals(step.table()))
        .findFirst();
  }

  private SweepReport report(SweepStore.Sweep sweep, boolean resumed) {
    List<TargetOutcome> outcomes =
        store.steps(sweep.id()).stream().map(RetentionSweeper::outcome).toList();
    return new SweepReport(
        sweep.id(),
        sweep.asOf(),
        sweep.trigger(),
        settings.node(),
        sweep.startedAt(),
        clock.instant(),
        resumed,
        outcomes);
  }

  private static TargetOutcome outcome(SweepStore.Step step) {
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
        dev.rightful.datamap.RetentionRule.Action.valueOf(
            step.action().toUpperCase(java.util.Locale.ROOT)),
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

  private static TargetOutcome outcome(
      Target target,
      TargetOutcome.Status status,
      long expired,
      long held,
      long blocked,
      List<String> sample,
      String note) {
    return new TargetOutcome(
        target.rule().id(),
        target.name(),
        target.rule().action(),
        status,
        expired,
        held,
        blocked,
        0,
        0,
        Duration.ZERO,
        sample,
        note);
  }

  private static long orZero(Long value) {
    return value == null ? 0 : value;
  }

  private static String noDatabase(Target target) {
    return "no connection settings for system "
        + target.system().id()
        + (target.system().urlEnv() == null ? "" : "; set " + target.system().urlEnv());
  }

  private LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, settings.zone());
  }
}
