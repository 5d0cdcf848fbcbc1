package dev.rightful.retention;

import dev.rightful.datamap.DataMap;
import dev.rightful.retention.internal.SweepSql;
import dev.rightful.retention.internal.TableSweep;
import dev.rightful.store.PiProtection;
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
   * a resumed sweep deletes exactly what the first attempt would have. StepSweep applies one step;
   * this class holds the lease, keeps the sweep's records and reports.
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
   * @param pi seals and opens the identifiers of consumer holds (see {@link Holds})
   */
  public RetentionSweeper(
      DataMap map,
      Function<String, Optional<DataSource>> companies,
      Jdbi rightful,
      PiProtection pi,
      SweepRecorder recorder,
      Clock clock,
      Settings settings) {
    this.map = map;
    this.companies = companies;
    this.store = new SweepStore(rightful);
    this.holds = new Holds(rightful, pi, clock);
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
            new StepSweep(store, settings, clock, source(target.get()), listen)
                .sweep(step, target.get(), local(sweep.asOf()), holdsInForce(sweep.asOf()));
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

  /**
   * How far the latest sweep got, from its records in Rightful's database (so any node answers for
   * the sweep another node runs): for the metrics endpoint.
   */
  public SweepProgress progress() {
    return store
        .latest()
        .map(
            sweep -> {
              List<SweepStore.Step> steps = store.steps(sweep.id());
              return new SweepProgress(
                  sweep.finishedAt() == null,
                  steps.size(),
                  steps.stream().filter(s -> !s.open()).count(),
                  steps.stream().mapToLong(SweepStore.Step::done).sum(),
                  sweep.startedAt(),
                  sweep.finishedAt());
            })
        .orElse(SweepProgress.NONE);
  }

  /** When the schedule runs next after {@code now}: the next {@code dailyAt} in the zone. */
  public Instant nextScheduled(Instant now) {
    ZonedDateTime next = now.atZone(settings.zone()).with(settings.dailyAt());
    if (!next.toInstant().isAfter(now)) {
      next = next.plusDays(1);
    }
    return next.toInstant();
  }

  private List<Hold> holdsInForce(Instant asOf) {
    // Holds in force at the sweep's instant and those in force now: a hold placed after that
    // instant (a resumed sweep, a plan as of an earlier date) keeps its data all the same.
    Map<Long, Hold> all = new LinkedHashMap<>();
    holds.active(asOf).forEach(h -> all.put(h.id(), h));
    holds.active(clock.instant()).forEach(h -> all.put(h.id(), h));
    return List.copyOf(all.values());
  }

  private Optional<DataSource> source(Target target) {
    return companies.apply(target.system().id());
  }

  static Optional<Hold> tableHold(Target target, List<Hold> inForce) {
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
        store.steps(sweep.id()).stream().map(StepSweep::outcome).toList();
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

  static String noDatabase(Target target) {
    return "no connection settings for system "
        + target.system().id()
        + (target.system().urlEnv() == null ? "" : "; set " + target.system().urlEnv());
  }

  private LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, settings.zone());
  }
}
