package dev.rightful.retention;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.TestClock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sweeps the Net2Phone demo company with the example's rules, as of the demo date 2026-03-01, on
 * PostgreSQL, MariaDB and H2, and checks the exact rows before and after.
 */
class RetentionSweepTest {
  static final List<String> TABLES =
      List.of(
          "customers",
          "accounts",
          "payment_cards",
          "invoices",
          "call_records",
          "call_transcripts",
          "marketing_contacts",
          "marketing_suppression",
          "job_applicants",
          "web_events");

  /** rule target: expired held blocked due, in sweep order (children before parents). */
  static final List<String> PLAN =
      List.of(
          "customer-account company_db.payment_cards: 1 0 0 1",
          "newsletter-contacts company_db.marketing_contacts: 2 0 0 2",
          "suppression-list company_db.marketing_suppression: 0 0 0 0",
          "tax-records company_db.invoices: 5 0 0 5",
          "job-applicants company_db.job_applicants: 1 0 0 1",
          "call-records company_db.call_transcripts: 1 0 0 1",
          // Call 5007 is due: its transcript 6005 goes earlier in the same sweep.
          "call-records company_db.call_records: 3 0 0 3",
          // Account 2004 closed 2025-04-30; invoices 4006 and 4011 (tax law) and call 5005 still
          // refer to it, so it stays until they go; customer 1004 stays with it.
          "customer-account company_db.accounts: 1 0 1 0",
          "web-events company_db.web_events: 10 0 0 10",
          "customer-account company_db.customers: 1 0 1 0");

  static Map<String, Long> counts(CompanyDb db) {
    Map<String, Long> counts = new LinkedHashMap<>();
    TABLES.forEach(table -> counts.put(table, db.count(table)));
    return counts;
  }

  static RetentionSweeper sweeper(CompanyDb db, TestClock clock, SweepRecorder recorder) {
    return new RetentionSweeper(
        DemoMap.example(),
        db.systems(),
        Rightful.h2(),
        Rightful.PI,
        recorder,
        clock,
        RetentionSweeper.Settings.defaults("test-node"));
  }

  static String line(TargetOutcome o) {
    return o.ruleId()
        + " "
        + o.target()
        + ": "
        + o.expired()
        + " "
        + o.held()
        + " "
        + o.blocked()
        + " "
        + o.due();
  }

  @ParameterizedTest
  @EnumSource(CompanyDb.class)
  void plan_counts_each_rule_and_table_and_changes_nothing(CompanyDb db) {
    db.fresh();
    Map<String, Long> before = counts(db);

    SweepPlan plan =
        sweeper(db, TestClock.demoDate(), SweepRecorder.NONE).plan(TestClock.DEMO_DATE);

    assertThat(plan.outcomes())
        .extracting(RetentionSweepTest::line)
        .containsExactlyElementsOf(PLAN);
    assertThat(plan.due()).isEqualTo(23);
    assertThat(plan.outcomes().get(3).sampleKeys())
        .containsExactly("4001", "4002", "4003", "4004", "4005");
    assertThat(plan.outcomes()).allMatch(o -> o.status() == TargetOutcome.Status.PLANNED);
    assertThat(plan.unswept())
        .containsExactly("disputes: names no table (kept case by case, under legal holds)");
    assertThat(counts(db)).isEqualTo(before);
  }

  @ParameterizedTest
  @EnumSource(CompanyDb.class)
  void run_deletes_exactly_the_expired_rows_the_map_names(CompanyDb db) {
    db.fresh();
    List<SweepReport> recorded = new ArrayList<>();

    SweepReport report =
        sweeper(db, TestClock.demoDate(), recorded::add)
            .run(SweepReport.Trigger.COMMAND, TestClock.DEMO_DATE, SweepListener.NONE)
            .orElseThrow();

    assertThat(counts(db))
        .containsExactly(
            Map.entry("customers", 20L),
            Map.entry("accounts", 21L),
            Map.entry("payment_cards", 19L),
            Map.entry("invoices", 25L),
            Map.entry("call_records", 9L),
            Map.entry("call_transcripts", 6L),
            Map.entry("marketing_contacts", 8L),
            Map.entry("marketing_suppression", 3L),
            Map.entry("job_applicants", 4L),
            Map.entry("web_events", 12L));
    assertThat(db.count("invoices", "id BETWEEN 4001 AND 4005")).isZero();
    assertThat(db.count("invoices", "id = 4006")).isOne();
    assertThat(db.count("payment_cards", "id = 3004")).isZero();
    assertThat(db.count("payment_cards", "id = 3008")).isOne();
    assertThat(db.count("marketing_contacts", "id IN (7003, 7007)")).isZero();
    assertThat(db.count("job_applicants", "id IN (8002)")).isZero();
    assertThat(db.count("job_applicants", "id IN (8003, 8004)")).isEqualTo(2);
    assertThat(db.count("web_events", "occurred_at < '2025-02-01'")).isZero();
    assertThat(report.outcomes())
        .extracting(o -> line(o) + " done " + o.done())
        .containsExactlyElementsOf(
            PLAN.stream().map(l -> l + " done " + l.substring(l.lastIndexOf(' ') + 1)).toList());
    assertThat(report.done()).isEqualTo(23);
    assertThat(report.blocked()).isEqualTo(2);
    assertThat(report.complete()).isTrue();
    assertThat(report.resumed()).isFalse();
    assertThat(report.asOf()).isEqualTo(TestClock.DEMO_DATE);
    assertThat(recorded).containsExactly(report);
  }

  @ParameterizedTest
  @EnumSource(CompanyDb.class)
  void a_second_sweep_finds_nothing_more_to_do(CompanyDb db) {
    db.fresh();
    RetentionSweeper sweeper = sweeper(db, TestClock.demoDate(), SweepRecorder.NONE);
    sweeper.run(SweepReport.Trigger.COMMAND, TestClock.DEMO_DATE, SweepListener.NONE);
    Map<String, Long> afterFirst = counts(db);

    SweepReport second =
        sweeper
            .run(SweepReport.Trigger.COMMAND, TestClock.DEMO_DATE, SweepListener.NONE)
            .orElseThrow();

    assertThat(second.done()).isZero();
    assertThat(second.blocked()).isEqualTo(2);
    assertThat(second.sweepId()).isGreaterThan(0);
    assertThat(counts(db)).isEqualTo(afterFirst);
    assertThat(sweeper.plan(TestClock.DEMO_DATE).due()).isZero();
  }

  @ParameterizedTest
  @EnumSource(CompanyDb.class)
  void anonymizing_clears_the_fields_and_keeps_the_row(CompanyDb db) {
    db.fresh();
    // Closed customers lose name, e-mail (NOT NULL UNIQUE), phone and address 180 days on.
    var rule =
        DemoMap.anonymize(
            "closed-customers",
            "P180D",
            "closed_at",
            List.of("full_name", "email", "phone", "postal_address"),
            "customers");
    RetentionSweeper sweeper =
        new RetentionSweeper(
            DemoMap.with(List.of(rule)),
            db.systems(),
            Rightful.h2(),
            Rightful.PI,
            SweepRecorder.NONE,
            TestClock.demoDate(),
            RetentionSweeper.Settings.defaults("test-node"));

    SweepReport report =
        sweeper
            .run(SweepReport.Trigger.COMMAND, TestClock.DEMO_DATE, SweepListener.NONE)
            .orElseThrow();

    assertThat(report.done()).isOne();
    assertThat(db.count("customers")).isEqualTo(20);
    assertThat(
            db.count(
                "customers",
                "id = 1004 AND full_name = '' AND email = 'anonymized-1004' AND phone IS NULL"
                    + " AND postal_address IS NULL AND city = 'Los Angeles'"))
        .isOne();
    assertThat(db.count("customers", "id = 1008 AND email = 'tom.becker@example.net'")).isOne();
    assertThat(sweeper.plan(TestClock.DEMO_DATE).due()).isZero();
    SweepReport again =
        sweeper
            .run(SweepReport.Trigger.COMMAND, TestClock.DEMO_DATE, SweepListener.NONE)
            .orElseThrow();
    assertThat(again.done()).isZero();
  }

  @ParameterizedTest
  @EnumSource(CompanyDb.class)
  void text_keys_are_walked_one_range_at_a_time(CompanyDb db) {
    db.fresh();
    // The suppression list is keyed by e-mail; two years after added_at, ben.hollis (2023) is due.
    var rule = DemoMap.rule("suppression", "P2Y", "added_at", null, "marketing_suppression");
    RetentionSweeper sweeper =
        new RetentionSweeper(
            DemoMap.with(List.of(rule)),
            db.systems(),
            Rightful.h2(),
            Rightful.PI,
            SweepRecorder.NONE,
            TestClock.demoDate(),
            RetentionSweeper.Settings.defaults("test-node")
                .withBatches(1, 1, java.time.Duration.ofHours(1)));

    SweepReport report =
        sweeper
            .run(SweepReport.Trigger.COMMAND, TestClock.DEMO_DATE, SweepListener.NONE)
            .orElseThrow();

    assertThat(report.outcomes().get(0))
        .extracting(TargetOutcome::done, TargetOutcome::batches)
        .containsExactly(1L, 3);
    assertThat(db.count("marketing_suppression", "email = 'ben.hollis@example.org'")).isZero();
    assertThat(db.count("marketing_suppression")).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(
      value = CompanyDb.class,
      names = {"POSTGRESQL"})
  void a_row_the_database_refuses_to_delete_stays_and_is_reported(CompanyDb db) {
    db.fresh();
    // A rule the metadata cannot show, such as a trigger, refuses event 9007 as a foreign key
    // would.
    db.execute(
        "CREATE FUNCTION refuse_9007() RETURNS trigger AS $$ BEGIN IF OLD.id = 9007 THEN RAISE"
            + " EXCEPTION 'still referred to' USING ERRCODE = '23503'; END IF; RETURN OLD; END"
            + " $$ LANGUAGE plpgsql",
        "CREATE TRIGGER refuse_9007 BEFORE DELETE ON web_events FOR EACH ROW EXECUTE FUNCTION"
            + " refuse_9007()");
    try {
      var rule = DemoMap.rule("web-events", "P13M", "occurred_at", null, "web_events");
      SweepReport report =
          new RetentionSweeper(
                  DemoMap.with(List.of(rule)),
                  db.systems(),
                  Rightful.h2(),
                  Rightful.PI,
                  SweepRecorder.NONE,
                  TestClock.demoDate(),
                  RetentionSweeper.Settings.defaults("test-node"))
              .run(SweepReport.Trigger.COMMAND, TestClock.DEMO_DATE, SweepListener.NONE)
              .orElseThrow();

      assertThat(report.outcomes().get(0))
          .extracting(TargetOutcome::expired, TargetOutcome::blocked, TargetOutcome::done)
          .containsExactly(10L, 1L, 9L);
      assertThat(db.count("web_events")).isEqualTo(13);
      assertThat(db.count("web_events", "id = 9007")).isOne();
    } finally {
      db.execute("DROP TRIGGER refuse_9007 ON web_events", "DROP FUNCTION refuse_9007()");
    }
  }
}
