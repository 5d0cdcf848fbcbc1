package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.store.Database;
import dev.rightful.testing.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConsentServiceTest {
  static final Set<ConsentPurpose> SALE_AND_SHARE =
      EnumSet.of(ConsentPurpose.SALE, ConsentPurpose.SHARE);
  static final String DEVICE = "device:AAAAAAAAAAAAAAAAAAAAAA";
  static final String ACCOUNT = "account:42";

  @TempDir Path dir;
  final TestClock clock = TestClock.at("2026-03-02");
  Database database;
  ConsentModule module;
  ConsentService service;

  void start(String kind) {
    database = TestDatabases.open(kind, "consent_service_test");
    module =
        ConsentModule.create(
            new ConsentModule.Config(
                TestMaps.sellsAndShares(dir, "http://127.0.0.1:9/hook"),
                database,
                clock,
                TestDatabases.secret(),
                null,
                ServiceAuth.none(),
                new Outbox(),
                null,
                Set.of(),
                false,
                false,
                Duration.ofMinutes(5),
                1000,
                null,
                null));
    service = module.service();
  }

  @AfterEach
  void stop() {
    module.close();
    database.close();
  }

  static ChoiceContext form() {
    return new ChoiceContext(
        ChoiceSource.OPT_OUT_FORM, "https://www.example.com/privacy", "TestBrowser/1.0", null);
  }

  /**
   * The state a write returns is worked out in memory, not read back: it must be what the database
   * holds, for a new subject, an existing one and a linked pair, at a time with nanoseconds.
   */
  @ParameterizedTest
  @MethodSource("dev.rightful.consent.TestDatabases#kinds")
  void the_state_a_write_returns_is_the_state_stored(String kind) {
    start(kind);
    clock.set(clock.instant().plusNanos(123_456_789));
    Recorded first = service.record(DEVICE, SALE_AND_SHARE, Choice.OPT_OUT, form(), false, false);
    assertThat(first.changed()).isTrue();
    assertThat(first.state()).isEqualTo(service.currentState(DEVICE));
    assertThat(first.state().lastOptOutAt()).isNotNull();

    clock.set(clock.instant().plus(Duration.ofDays(400)).plusNanos(1));
    Recorded optIn =
        service.record(DEVICE, EnumSet.of(ConsentPurpose.SALE), Choice.OPT_IN, form(), true, false);
    assertThat(optIn.refusal()).isEmpty();
    assertThat(optIn.state()).isEqualTo(service.currentState(DEVICE));
    assertThat(optIn.state().of(ConsentPurpose.SALE).choice()).isEqualTo(Choice.OPT_IN);

    service.link(DEVICE, ACCOUNT, form());
    clock.set(clock.instant().plusNanos(999));
    Recorded viaAccount =
        service.record(ACCOUNT, SALE_AND_SHARE, Choice.OPT_OUT, form(), false, false);
    assertThat(viaAccount.state()).isEqualTo(service.currentState(ACCOUNT));
    assertThat(service.currentState(DEVICE).optedOut(ConsentPurpose.SALE)).isTrue();
  }

  @ParameterizedTest
  @MethodSource("dev.rightful.consent.TestDatabases#kinds")
  void an_opt_out_is_recorded_with_source_time_page_and_user_agent(String kind) {
    start(kind);
    service.record(DEVICE, SALE_AND_SHARE, Choice.OPT_OUT, form(), false, false);
    List<LedgerEvent> history = service.history(DEVICE);
    assertThat(history).hasSize(2);
    LedgerEvent first = history.get(0);
    assertThat(first.choice()).isEqualTo(Choice.OPT_OUT);
    assertThat(first.source()).isEqualTo(ChoiceSource.OPT_OUT_FORM);
    assertThat(first.at()).isEqualTo(clock.instant());
    assertThat(first.page()).isEqualTo("https://www.example.com/privacy");
    assertThat(first.userAgent()).isEqualTo("TestBrowser/1.0");
    assertThat(service.decide(DEVICE, ConsentPurpose.SALE).reason()).isEqualTo(Reason.OPTED_OUT);
    assertThat(service.currentState(DEVICE).lastOptOutAt()).isEqualTo(clock.instant());
  }

  @ParameterizedTest
  @MethodSource("dev.rightful.consent.TestDatabases#kinds")
  void a_signal_from_a_linked_browser_opts_out_the_known_consumer_too(String kind) {
    start(kind);
    service.link(DEVICE, ACCOUNT, ChoiceContext.of(ChoiceSource.STAFF));
    service.recordSignal(DEVICE, ChoiceContext.of(ChoiceSource.GPC));
    assertThat(service.decide(ACCOUNT, ConsentPurpose.SHARE).reason()).isEqualTo(Reason.GPC_SIGNAL);
    assertThat(service.history(ACCOUNT))
        .allSatisfy(e -> assertThat(e.viaSubject()).isEqualTo(DEVICE))
        .hasSize(2);
  }

  @ParameterizedTest
  @MethodSource("dev.rightful.consent.TestDatabases#kinds")
  void a_repeated_signal_adds_nothing_to_the_ledger(String kind) {
    start(kind);
    assertThat(service.recordSignal(DEVICE, ChoiceContext.of(ChoiceSource.GPC)).changed()).isTrue();
    clock.advance(Duration.ofDays(1));
    assertThat(service.recordSignal(DEVICE, ChoiceContext.of(ChoiceSource.GPC)).changed())
        .isFalse();
    assertThat(service.history(DEVICE)).hasSize(2);
  }

  @ParameterizedTest
  @MethodSource("dev.rightful.consent.TestDatabases#kinds")
  void linking_carries_an_opt_out_to_the_other_subject(String kind) {
    start(kind);
    service.record(DEVICE, SALE_AND_SHARE, Choice.OPT_OUT, form(), false, false);
    assertThat(service.decide(ACCOUNT, ConsentPurpose.SALE).allowed()).isTrue();
    service.link(ACCOUNT, DEVICE, ChoiceContext.of(ChoiceSource.STAFF));
    assertThat(service.decide(ACCOUNT, ConsentPurpose.SALE).reason()).isEqualTo(Reason.OPTED_OUT);
    assertThat(service.history(ACCOUNT))
        .extracting(LedgerEvent::detail)
        .containsOnly("carried over when linked");
  }

  @ParameterizedTest
  @MethodSource("dev.rightful.consent.TestDatabases#kinds")
  void email_addresses_never_reach_the_database(String kind) {
    start(kind);
    String key = service.key(ConsentSubject.email(" Jane.Doe@Example.com "));
    assertThat(key).startsWith("email:").doesNotContain("jane").hasSize(6 + 64);
    assertThat(service.key("email:jane.doe@example.com")).contains(key);
    service.record(key, SALE_AND_SHARE, Choice.OPT_OUT, form(), false, false);
    long mentions =
        database
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT COUNT(*) FROM consent_event e JOIN consent_subject s"
                                + " ON s.subject = e.subject WHERE LOWER(e.subject) LIKE '%jane%'"
                                + " OR LOWER(COALESCE(e.detail, '')) LIKE '%jane%'")
                        .mapTo(Long.class)
                        .one());
    assertThat(mentions).isZero();
    assertThat(service.decide(key, ConsentPurpose.SALE).allowed()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("dev.rightful.consent.TestDatabases#kinds")
  void an_opt_in_takes_a_confirmation_and_then_reverses_the_opt_out(String kind) {
    start(kind);
    service.record(DEVICE, SALE_AND_SHARE, Choice.OPT_OUT, form(), false, false);
    ChoiceContext tool = ChoiceContext.of(ChoiceSource.COOKIE_TOOL);
    Recorded unconfirmed =
        service.record(DEVICE, Set.of(ConsentPurpose.SALE), Choice.OPT_IN, tool, false, false);
    assertThat(unconfirmed.refusal()).contains(OptInRefusal.NOT_CONFIRMED);
    assertThat(service.decide(DEVICE, ConsentPurpose.SALE).allowed()).isFalse();
    Recorded confirmed =
        service.record(DEVICE, Set.of(ConsentPurpose.SALE), Choice.OPT_IN, tool, true, false);
    assertThat(confirmed.refused()).isFalse();
    assertThat(service.decide(DEVICE, ConsentPurpose.SALE).reason()).isEqualTo(Reason.OPTED_IN);
    assertThat(service.decide(DEVICE, ConsentPurpose.SHARE).allowed()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("dev.rightful.consent.TestDatabases#kinds")
  void a_cached_decision_changes_as_soon_as_this_node_records_an_opt_out(String kind) {
    start(kind);
    assertThat(service.decide(DEVICE, ConsentPurpose.SALE).allowed()).isTrue();
    service.record(DEVICE, SALE_AND_SHARE, Choice.OPT_OUT, form(), false, false);
    assertThat(service.decide(DEVICE, ConsentPurpose.SALE).allowed()).isFalse();
  }

  @ParameterizedTest
  @MethodSource("dev.rightful.consent.TestDatabases#kinds")
  void a_batch_answers_known_and_unknown_subjects_in_order(String kind) {
    start(kind);
    service.record(DEVICE, SALE_AND_SHARE, Choice.OPT_OUT, form(), false, false);
    List<Decision> decisions =
        service.decideAll(
            List.of(DEVICE, "device:BBBBBBBBBBBBBBBB", DEVICE),
            List.of(ConsentPurpose.SALE, ConsentPurpose.SALE, ConsentPurpose.SENSITIVE));
    assertThat(decisions)
        .extracting(Decision::reason)
        .containsExactly(Reason.OPTED_OUT, Reason.NOT_OPTED_OUT, Reason.NOT_OPTED_OUT);
  }

  @ParameterizedTest
  @MethodSource("dev.rightful.consent.TestDatabases#kinds")
  void a_birth_date_applies_to_every_linked_subject(String kind) {
    start(kind);
    service.link(DEVICE, ACCOUNT, ChoiceContext.of(ChoiceSource.STAFF));
    service.recordBirthDate(ACCOUNT, LocalDate.parse("2012-01-01"));
    assertThat(service.decide(DEVICE, ConsentPurpose.SALE).reason())
        .isEqualTo(Reason.MINOR_NO_OPT_IN);
  }

  @ParameterizedTest
  @MethodSource("dev.rightful.consent.TestDatabases#kinds")
  void a_childs_account_keeps_its_refusal_when_a_linked_browser_opts_in(String kind) {
    start(kind);
    service.record(
        ACCOUNT,
        SALE_AND_SHARE,
        Choice.OPT_OUT,
        ChoiceContext.of(ChoiceSource.STAFF),
        false,
        false);
    service.link(DEVICE, ACCOUNT, ChoiceContext.of(ChoiceSource.STAFF));
    service.recordBirthDate(ACCOUNT, LocalDate.parse("2015-01-01"));
    Recorded recorded =
        service.record(
            DEVICE,
            Set.of(ConsentPurpose.SALE),
            Choice.OPT_IN,
            ChoiceContext.of(ChoiceSource.COOKIE_TOOL),
            true,
            false);
    assertThat(recorded.refusal()).contains(OptInRefusal.CHILD_NEEDS_PARENT);
    service.recordParentalConsent(
        ACCOUNT, Set.of(ConsentPurpose.SALE), ParentalConsentMethod.SIGNED_CONSENT_FORM, "agent-7");
    assertThat(service.decide(ACCOUNT, ConsentPurpose.SALE).reason())
        .isEqualTo(Reason.MINOR_OPTED_IN);
    assertThat(service.history(ACCOUNT))
        .last()
        .satisfies(
            e ->
                assertThat(e.detail())
                    .isEqualTo("method=signed-consent-form; verified-by=agent-7"));
  }

  @ParameterizedTest
  @MethodSource("dev.rightful.consent.TestDatabases#kinds")
  void an_opt_out_makes_one_task_per_vendor_due_15_business_days_later(String kind) {
    start(kind);
    service.record(DEVICE, SALE_AND_SHARE, Choice.OPT_OUT, form(), false, false);
    List<PropagationTask> tasks = module.propagation().list(null, 10);
    assertThat(tasks)
        .extracting(PropagationTask::vendor, PropagationTask::channel)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("AdCo", PropagationTask.Channel.WEBHOOK),
            org.assertj.core.groups.Tuple.tuple("MailAds", PropagationTask.Channel.EMAIL));
    assertThat(tasks)
        .allSatisfy(
            t -> {
              assertThat(t.dueOn()).isEqualTo(LocalDate.parse("2026-03-23"));
              assertThat(t.purposes()).isEqualTo(SALE_AND_SHARE);
              assertThat(t.usPrivacy()).isEqualTo("1YYN");
              assertThat(t.status()).isEqualTo(PropagationTask.Status.PENDING);
            });
    service.record(DEVICE, SALE_AND_SHARE, Choice.OPT_OUT, form(), false, false);
    assertThat(module.propagation().list(null, 10)).hasSize(2);
  }

  @ParameterizedTest
  @MethodSource("dev.rightful.consent.TestDatabases#kinds")
  void concurrent_choices_on_linked_subjects_all_land_and_leave_them_agreeing(String kind)
      throws Exception {
    start(kind);
    service.link(DEVICE, ACCOUNT, ChoiceContext.of(ChoiceSource.STAFF));
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<Recorded>> results = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String on = i % 2 == 0 ? DEVICE : ACCOUNT;
      Choice choice = i % 3 == 0 ? Choice.OPT_IN : Choice.OPT_OUT;
      results.add(
          pool.submit(
              () ->
                  service.record(
                      on,
                      SALE_AND_SHARE,
                      choice,
                      ChoiceContext.of(ChoiceSource.COOKIE_TOOL),
                      true,
                      false)));
    }
    for (var result : results) {
      assertThat(result.get().refused()).isFalse();
    }
    pool.shutdown();
    assertThat(service.history(DEVICE)).hasSize(80);
    assertThat(service.history(ACCOUNT)).hasSize(80);
    SubjectState device = service.currentState(DEVICE);
    SubjectState account = service.currentState(ACCOUNT);
    for (ConsentPurpose purpose : SALE_AND_SHARE) {
      assertThat(device.of(purpose).choice()).isEqualTo(account.of(purpose).choice());
    }
  }
}
