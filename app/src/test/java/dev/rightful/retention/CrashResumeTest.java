package dev.rightful.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.testing.TestClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A sweep that stops mid-table (the node dies) is resumed by the next run, on the same or another
 * node, with the same cut-offs, and every row is deleted and counted exactly once. web_events has
 * keys 9001 to 9022, ten of them due (9001-9003, 9006-9009, 9020-9022), swept three keys at a time:
 * eight batches, ending at 9003, 9006, 9009 and so on.
 */
class CrashResumeTest {
  /** What a crash throws; a listener throwing stops the sweep where it is. */
  static final class Crash extends RuntimeException {
    Crash() {
      super("the node died");
    }
  }

  /** Crashes at the {@code nth} event of the web_events table. */
  static SweepListener crashAt(String event, int nth) {
    return new SweepListener() {
      int seen;

      @Override
      public void committed(Target target, int rows) {
        maybe("committed", target);
      }

      @Override
      public void progressed(Target target, long done, double fraction) {
        maybe("progressed", target);
      }

      private void maybe(String what, Target target) {
        if (what.equals(event) && target.table().name().equals("web_events") && ++seen == nth) {
          throw new Crash();
        }
      }
    };
  }

  static RetentionSweeper node(
      String name, CompanyDb db, Jdbi rightful, TestClock clock, List<SweepReport> recorded) {
    return new RetentionSweeper(
        DemoMap.example(),
        db.systems(),
        rightful,
        Rightful.PI,
        recorded::add,
        clock,
        RetentionSweeper.Settings.defaults(name).withBatches(3, 3, Duration.ofHours(1)));
  }

  static TargetOutcome webEvents(SweepReport report) {
    return report.outcomes().stream()
        .filter(o -> o.target().equals("company_db.web_events"))
        .findFirst()
        .orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(CompanyDb.class)
  void a_crash_after_a_commit_and_before_its_record_counts_that_batch_once(CompanyDb db) {
    db.fresh();
    Jdbi rightful = Rightful.h2();
    TestClock clock = TestClock.demoDate();
    List<SweepReport> recorded = new ArrayList<>();
    RetentionSweeper first = node("node-a", db, rightful, clock, recorded);

    assertThatThrownBy(
            () ->
                first.run(
                    SweepReport.Trigger.COMMAND, TestClock.DEMO_DATE, crashAt("committed", 2)))
        .isInstanceOf(Crash.class);
    assertThat(db.count("web_events")).isEqualTo(18);
    assertThat(recorded).isEmpty();

    // A day later another node resumes: the cut-offs stay those of 2026-03-01.
    clock.advance(Duration.ofDays(1));
    SweepReport report =
        node("node-b", db, rightful, clock, recorded)
            .run(SweepReport.Trigger.COMMAND, null, SweepListener.NONE)
            .orElseThrow();

    assertThat(report.resumed()).isTrue();
    assertThat(report.asOf()).isEqualTo(TestClock.DEMO_DATE);
    assertThat(webEvents(report))
        .extracting(TargetOutcome::done, TargetOutcome::batches)
        .containsExactly(10L, 8);
    assertThat(report.done()).isEqualTo(23);
    assertThat(db.count("web_events")).isEqualTo(12);
    assertThat(recorded).containsExactly(report);
  }

  @ParameterizedTest
  @EnumSource(CompanyDb.class)
  void a_crash_after_a_recorded_batch_resumes_after_it(CompanyDb db) {
    db.fresh();
    Jdbi rightful = Rightful.h2();
    TestClock clock = TestClock.demoDate();
    List<SweepReport> recorded = new ArrayList<>();
    RetentionSweeper sweeper = node("node-a", db, rightful, clock, recorded);
    assertThat(sweeper.progress()).isEqualTo(SweepProgress.NONE);

    assertThatThrownBy(
            () ->
                sweeper.run(
                    SweepReport.Trigger.COMMAND, TestClock.DEMO_DATE, crashAt("progressed", 2)))
        .isInstanceOf(Crash.class);
    // What the metrics report of the stopped sweep (docs/metrics.md): unfinished, partly done.
    SweepProgress stopped = sweeper.progress();
    assertThat(stopped.running()).isTrue();
    assertThat(stopped.rowsDone()).isPositive();
    assertThat(stopped.targetsDone()).isLessThan(stopped.targets());
    assertThat(stopped.finishedAt()).isNull();
    SweepReport report =
        sweeper.run(SweepReport.Trigger.COMMAND, null, SweepListener.NONE).orElseThrow();
    SweepProgress finished = sweeper.progress();
    assertThat(finished.running()).isFalse();
    assertThat(finished.rowsDone()).isEqualTo(report.done());
    assertThat(finished.targetsDone()).isEqualTo(finished.targets()).isPositive();
    assertThat(finished.finishedAt()).isEqualTo(report.finishedAt());

    assertThat(webEvents(report))
        .extracting(TargetOutcome::done, TargetOutcome::batches)
        .containsExactly(10L, 8);
    assertThat(report.done()).isEqualTo(23);
    assertThat(db.count("web_events")).isEqualTo(12);
  }

  @ParameterizedTest
  @EnumSource(CompanyDb.class)
  void a_batch_that_never_committed_is_swept_again(CompanyDb db) {
    db.fresh();
    Jdbi rightful = Rightful.h2();
    TestClock clock = TestClock.demoDate();
    List<SweepReport> recorded = new ArrayList<>();
    RetentionSweeper sweeper = node("node-a", db, rightful, clock, recorded);
    assertThatThrownBy(
            () ->
                sweeper.run(
                    SweepReport.Trigger.COMMAND, TestClock.DEMO_DATE, crashAt("progressed", 1)))
        .isInstanceOf(Crash.class);
    // As if the node died inside the second batch (9004-9006) after its write, before its commit:
    // the first batch done, the second pending, its row 9006 still there.
    rightful.useHandle(
        h ->
            h.execute(
                "UPDATE retention_sweep_step SET last_key = '9003', done = 3, batches = 1,"
                    + " pending_key = '9006', pending_rows = 1 WHERE table_name = 'web_events'"));
    assertThat(db.count("web_events")).isEqualTo(19);

    SweepReport report =
        sweeper.run(SweepReport.Trigger.COMMAND, null, SweepListener.NONE).orElseThrow();

    assertThat(webEvents(report))
        .extracting(TargetOutcome::done, TargetOutcome::batches)
        .containsExactly(10L, 8);
    assertThat(db.count("web_events")).isEqualTo(12);
    // The finished step keeps no key: keys may be personal information.
    int keysKept =
        rightful.withHandle(
            h ->
                h.createQuery(
                        "SELECT COUNT(*) FROM retention_sweep_step"
                            + " WHERE last_key IS NOT NULL OR pending_key IS NOT NULL")
                    .mapTo(Integer.class)
                    .one());
    assertThat(keysKept).isZero();
  }
}
