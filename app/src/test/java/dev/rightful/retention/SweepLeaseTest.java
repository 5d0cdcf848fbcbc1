package dev.rightful.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * Several nodes share Rightful's database (PostgreSQL here): one sweeps at a time, a dead node's
 * lease passes on when its time runs out, and the schedule runs once a day.
 */
class SweepLeaseTest {
  static final Duration LEASE = Duration.ofMinutes(5);

  static RetentionSweeper node(String name, Jdbi rightful, TestClock clock) {
    return new RetentionSweeper(
        DemoMap.example(),
        CompanyDb.POSTGRESQL.systems(),
        rightful,
        Rightful.PI,
        SweepRecorder.NONE,
        clock,
        RetentionSweeper.Settings.defaults(name));
  }

  @Test
  void the_lease_goes_to_one_node_and_passes_on_when_its_holder_stops_renewing() {
    SweepStore store = new SweepStore(Rightful.postgres());
    Instant now = TestClock.DEMO_DATE;

    assertThat(store.claim("node-a", now, LEASE, false)).isTrue();
    assertThat(store.claim("node-b", now, LEASE, false)).isFalse();
    assertThat(store.renew("node-a", now.plus(Duration.ofMinutes(4)), LEASE)).isTrue();
    assertThat(store.claim("node-b", now.plus(Duration.ofMinutes(8)), LEASE, false)).isFalse();
    assertThat(store.claim("node-b", now.plus(Duration.ofMinutes(10)), LEASE, false)).isTrue();
    assertThat(store.renew("node-a", now.plus(Duration.ofMinutes(10)), LEASE)).isFalse();
    assertThat(store.lease().owner()).isEqualTo("node-b");
  }

  @Test
  void a_node_cannot_sweep_while_another_does() {
    CompanyDb.POSTGRESQL.fresh();
    Jdbi rightful = Rightful.postgres();
    TestClock clock = TestClock.demoDate();
    RetentionSweeper b = node("node-b", rightful, clock);
    List<Optional<SweepReport>> triedByB = new ArrayList<>();
    SweepListener tryB =
        new SweepListener() {
          @Override
          public void started(Target target) {
            if (triedByB.isEmpty()) {
              triedByB.add(b.run(SweepReport.Trigger.COMMAND, null, SweepListener.NONE));
            }
          }
        };

    SweepReport byA =
        node("node-a", rightful, clock)
            .run(SweepReport.Trigger.COMMAND, TestClock.DEMO_DATE, tryB)
            .orElseThrow();

    assertThat(triedByB).containsExactly(Optional.empty());
    assertThat(byA.done()).isEqualTo(23);
    assertThat(byA.node()).isEqualTo("node-a");
    // Once A is done, B may sweep; nothing is left.
    assertThat(b.run(SweepReport.Trigger.COMMAND, null, SweepListener.NONE).orElseThrow().done())
        .isZero();
  }

  @Test
  void the_schedule_sweeps_first_at_three_and_then_once_a_day() {
    CompanyDb.POSTGRESQL.fresh();
    Jdbi rightful = Rightful.postgres();
    TestClock clock = TestClock.demoDate();
    RetentionScheduler a =
        new RetentionScheduler(node("node-a", rightful, clock), Duration.ofMinutes(1));
    RetentionScheduler b =
        new RetentionScheduler(node("node-b", rightful, clock), Duration.ofMinutes(1));

    // A new installation is first due at the next 03:00; the first node to ask then sweeps.
    assertThat(a.tick()).isEmpty();
    assertThat(new SweepStore(rightful).lease().nextRunAt())
        .isEqualTo(Instant.parse("2026-03-01T03:00:00Z"));
    clock.set(Instant.parse("2026-03-01T02:59:59Z"));
    assertThat(b.tick()).isEmpty();
    clock.set(Instant.parse("2026-03-01T03:00:00Z"));
    assertThat(a.tick()).get().extracting(SweepReport::done).isEqualTo(23L);
    assertThat(b.tick()).isEmpty();
    clock.set(Instant.parse("2026-03-02T03:00:00Z"));
    assertThat(b.tick())
        .get()
        .extracting(SweepReport::trigger, SweepReport::done)
        .containsExactly(SweepReport.Trigger.SCHEDULE, 0L);
    assertThat(new SweepStore(rightful).lease().nextRunAt())
        .isEqualTo(Instant.parse("2026-03-03T03:00:00Z"));
  }
}
