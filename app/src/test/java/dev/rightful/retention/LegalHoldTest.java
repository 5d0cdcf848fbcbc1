package dev.rightful.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.testing.TestClock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Legal holds on the demo company: a held consumer's expired rows stay, with the rows that refer to
 * them, and are reported; a held table is skipped whole; a hold that expired or was released keeps
 * nothing.
 */
class LegalHoldTest {
  static final String COUNSEL = "counsel@net2phone.example";

  static Map<String, TargetOutcome> byTarget(List<TargetOutcome> outcomes) {
    return outcomes.stream().collect(Collectors.toMap(TargetOutcome::target, Function.identity()));
  }

  static RetentionSweeper sweeper(CompanyDb db, TestClock clock) {
    return new RetentionSweeper(
        DemoMap.example(),
        db.systems(),
        Rightful.h2(),
        Rightful.PI,
        SweepRecorder.NONE,
        clock,
        RetentionSweeper.Settings.defaults("test-node"));
  }

  static SweepReport run(RetentionSweeper sweeper) {
    return sweeper
        .run(SweepReport.Trigger.COMMAND, TestClock.DEMO_DATE, SweepListener.NONE)
        .orElseThrow();
  }

  @ParameterizedTest
  @EnumSource(CompanyDb.class)
  void an_email_hold_keeps_the_consumers_rows_and_the_rows_that_refer_to_them(CompanyDb db) {
    db.fresh();
    RetentionSweeper sweeper = sweeper(db, TestClock.demoDate());
    // Marcus Lee is customer 1002, account 2002; the hold is written with other capitals.
    sweeper
        .holds()
        .placeOnConsumer("email", " Marcus.Lee@Example.com", "Lee v. Net2Phone", null, COUNSEL);

    SweepReport report = run(sweeper);

    Map<String, TargetOutcome> outcomes = byTarget(report.outcomes());
    // Invoices 4001 and 4002 belong to account 2002 of customer 1002, found through references.
    assertThat(outcomes.get("company_db.invoices"))
        .extracting(TargetOutcome::expired, TargetOutcome::held, TargetOutcome::done)
        .containsExactly(5L, 2L, 3L);
    assertThat(outcomes.get("company_db.call_records"))
        .extracting(TargetOutcome::expired, TargetOutcome::held, TargetOutcome::done)
        .containsExactly(3L, 1L, 2L);
    assertThat(outcomes.get("company_db.web_events"))
        .extracting(TargetOutcome::expired, TargetOutcome::held, TargetOutcome::done)
        .containsExactly(10L, 2L, 8L);
    assertThat(report.held()).isEqualTo(5);
    assertThat(report.done()).isEqualTo(18);
    assertThat(db.count("invoices", "id IN (4001, 4002)")).isEqualTo(2);
    assertThat(db.count("invoices", "id BETWEEN 4003 AND 4005")).isZero();
    assertThat(db.count("call_records", "id = 5004")).isOne();
    assertThat(db.count("web_events", "id IN (9006, 9007)")).isEqualTo(2);
    assertThat(db.count("web_events")).isEqualTo(14);
  }

  @ParameterizedTest
  @EnumSource(CompanyDb.class)
  void a_phone_hold_matches_however_the_number_is_written(CompanyDb db) {
    db.fresh();
    // Placed in November, the hold also keeps data in a plan as of March.
    TestClock clock = TestClock.utc(Instant.parse("2026-11-29T17:00:00Z"));
    RetentionSweeper sweeper = sweeper(db, clock);
    // The database writes +1 510-555-0101; digits are what count.
    sweeper.holds().placeOnConsumer("phone", "+1 (510) 555 0101", "subpoena", null, COUNSEL);

    SweepPlan plan = sweeper.plan(TestClock.DEMO_DATE);

    Map<String, TargetOutcome> outcomes = byTarget(plan.outcomes());
    assertThat(outcomes.get("company_db.invoices").held()).isEqualTo(2);
    assertThat(outcomes.get("company_db.invoices").due()).isEqualTo(3);
    // Call 5004 is his by account and by caller number: counted once.
    assertThat(outcomes.get("company_db.call_records").held()).isEqualTo(1);
    assertThat(plan.due()).isEqualTo(18);
  }

  @ParameterizedTest
  @EnumSource(CompanyDb.class)
  void a_table_hold_skips_the_whole_table_and_reports_what_it_kept(CompanyDb db) {
    db.fresh();
    RetentionSweeper sweeper = sweeper(db, TestClock.demoDate());
    Hold hold =
        sweeper
            .holds()
            .placeOnTable("company_db", "invoices", "IRS examination 2019-2020", null, COUNSEL);

    SweepReport report = run(sweeper);

    TargetOutcome invoices = byTarget(report.outcomes()).get("company_db.invoices");
    assertThat(invoices.status()).isEqualTo(TargetOutcome.Status.HELD);
    assertThat(invoices)
        .extracting(TargetOutcome::expired, TargetOutcome::held, TargetOutcome::done)
        .containsExactly(5L, 5L, 0L);
    assertThat(invoices.note()).isEqualTo("hold " + hold.id());
    assertThat(db.count("invoices")).isEqualTo(30);
    assertThat(db.count("web_events")).isEqualTo(12);
    assertThat(report.done()).isEqualTo(18);
  }

  @ParameterizedTest
  @EnumSource(CompanyDb.class)
  void an_expired_or_released_hold_keeps_nothing(CompanyDb db) {
    db.fresh();
    TestClock clock = TestClock.utc(Instant.parse("2026-02-01T00:00:00Z"));
    RetentionSweeper sweeper = sweeper(db, clock);
    sweeper
        .holds()
        .placeOnTable(
            "company_db", "invoices", "audit", Instant.parse("2026-02-15T00:00:00Z"), COUNSEL);
    Hold released =
        sweeper.holds().placeOnConsumer("email", "marcus.lee@example.com", "claim", null, COUNSEL);
    clock.set(Instant.parse("2026-02-20T00:00:00Z"));
    assertThat(sweeper.holds().release(released.id(), COUNSEL)).isTrue();
    assertThat(sweeper.holds().release(released.id(), COUNSEL)).isFalse();
    clock.set(TestClock.DEMO_DATE);

    SweepReport report = run(sweeper);

    assertThat(report.held()).isZero();
    assertThat(report.done()).isEqualTo(23);
    assertThat(db.count("invoices")).isEqualTo(25);
    assertThat(sweeper.holds().list()).hasSize(2);
    assertThat(sweeper.holds().active(TestClock.DEMO_DATE)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = CompanyDb.class,
      names = {"POSTGRESQL"})
  void a_hold_needs_a_reason_and_a_future_expiry(CompanyDb db) {
    RetentionSweeper sweeper = sweeper(db, TestClock.demoDate());
    assertThatThrownBy(
            () -> sweeper.holds().placeOnConsumer("email", "a@example.com", " ", null, COUNSEL))
        .isInstanceOf(RetentionException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(
            () ->
                sweeper
                    .holds()
                    .placeOnTable("company_db", "invoices", "audit", TestClock.DEMO_DATE, COUNSEL))
        .isInstanceOf(RetentionException.class)
        .hasMessageContaining("future");
    assertThat(sweeper.holds().list()).isEmpty();
  }
}
