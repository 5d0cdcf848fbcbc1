package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.law.Transfer;
import dev.rightful.testing.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsentRulesTest {
  static final ZoneId CA = ZoneId.of("America/Los_Angeles");
  static final TestClock CLOCK = TestClock.at("2026-03-02");
  static final LocalDate TODAY = LocalDate.parse("2026-03-02");
  static final Practices SELLS =
      new Practices(
          "Example",
          null,
          true,
          true,
          true,
          true,
          List.of(
              new Practices.Destination(
                  "ads", "Ad networks", Transfer.SALE_AND_SHARE, "AdCo", null, null, null)));
  static final ConsentRules RULES = new ConsentRules(SELLS);

  static SubjectState adult() {
    return SubjectState.unknown("device:abcdefgh");
  }

  static SubjectState aged(int years) {
    return adult().withBornOn(TODAY.minusYears(years));
  }

  static SubjectState with(SubjectState state, ConsentPurpose purpose, Choice c, ChoiceSource s) {
    return state.with(purpose, new PurposeState(c, s, CLOCK.instant()));
  }

  @Test
  void an_adult_who_never_chose_may_be_sold_to() {
    Decision decision = RULES.decide(adult(), ConsentPurpose.SALE, CLOCK);
    assertThat(decision.allowed()).isTrue();
    assertThat(decision.reason()).isEqualTo(Reason.NOT_OPTED_OUT);
  }

  @Test
  void no_machine_client_opts_in_over_any_consumer_opt_out_on_any_linked_subject() {
    SubjectState device = SubjectState.unknown("device:abcdefgh");
    SubjectState account = SubjectState.unknown("account:42");
    assertThat(RULES.checkClientOptIn(List.of(device, account), ConsentPurpose.SALE)).isEmpty();
    for (ChoiceSource source : ChoiceSource.values()) {
      SubjectState out = with(device, ConsentPurpose.SALE, Choice.OPT_OUT, source);
      assertThat(RULES.checkClientOptIn(List.of(account, out), ConsentPurpose.SALE))
          .as(source.id())
          .contains(OptInRefusal.OPT_OUT_STANDS);
      assertThat(RULES.checkClientOptIn(List.of(account, out), ConsentPurpose.SHARE)).isEmpty();
    }
    SubjectState optedBackIn =
        with(device, ConsentPurpose.SALE, Choice.OPT_IN, ChoiceSource.COOKIE_TOOL)
            .withLastOptOutAt(CLOCK.instant());
    assertThat(RULES.checkClientOptIn(List.of(optedBackIn), ConsentPurpose.SALE)).isEmpty();
  }

  @Test
  void an_opt_out_refuses_the_sale() {
    SubjectState state =
        with(adult(), ConsentPurpose.SALE, Choice.OPT_OUT, ChoiceSource.OPT_OUT_FORM);
    assertThat(RULES.decide(state, ConsentPurpose.SALE, CLOCK))
        .isEqualTo(Decision.of(Reason.OPTED_OUT));
    assertThat(RULES.decide(state, ConsentPurpose.SHARE, CLOCK).allowed()).isTrue();
  }

  @Test
  void an_opt_out_by_signal_says_so() {
    SubjectState state = with(adult(), ConsentPurpose.SHARE, Choice.OPT_OUT, ChoiceSource.GPC);
    assertThat(RULES.decide(state, ConsentPurpose.SHARE, CLOCK).reason())
        .isEqualTo(Reason.GPC_SIGNAL);
  }

  @Test
  void a_use_the_notice_does_not_declare_is_never_allowed() {
    ConsentRules quiet =
        new ConsentRules(new Practices("Quiet", null, false, false, false, true, List.of()));
    for (ConsentPurpose purpose : ConsentPurpose.values()) {
      assertThat(quiet.decide(adult(), purpose, CLOCK))
          .isEqualTo(Decision.of(Reason.NOT_IN_NOTICE));
    }
  }

  @Test
  void a_limit_refuses_sensitive_use() {
    SubjectState state =
        with(adult(), ConsentPurpose.SENSITIVE, Choice.OPT_OUT, ChoiceSource.OPT_OUT_FORM);
    assertThat(RULES.decide(state, ConsentPurpose.SENSITIVE, CLOCK).reason())
        .isEqualTo(Reason.LIMITED);
  }

  @Test
  void a_15_year_old_is_never_sold_to_by_default() {
    assertThat(RULES.decide(aged(15), ConsentPurpose.SALE, CLOCK))
        .isEqualTo(Decision.of(Reason.MINOR_NO_OPT_IN));
    assertThat(RULES.decide(aged(15), ConsentPurpose.SHARE, CLOCK).allowed()).isFalse();
  }

  @Test
  void a_15_year_old_who_opted_in_may_be_sold_to() {
    SubjectState state =
        with(aged(15), ConsentPurpose.SALE, Choice.OPT_IN, ChoiceSource.COOKIE_TOOL);
    assertThat(RULES.decide(state, ConsentPurpose.SALE, CLOCK))
        .isEqualTo(Decision.of(Reason.MINOR_OPTED_IN));
  }

  @Test
  void a_consumer_turning_16_falls_under_the_adult_rules() {
    SubjectState state = adult().withBornOn(TODAY.minusYears(16));
    assertThat(RULES.decide(state, ConsentPurpose.SALE, CLOCK).reason())
        .isEqualTo(Reason.NOT_OPTED_OUT);
    SubjectState dayBefore = adult().withBornOn(TODAY.minusYears(16).plusDays(1));
    assertThat(RULES.decide(dayBefore, ConsentPurpose.SALE, CLOCK).allowed()).isFalse();
  }

  @Test
  void a_12_year_olds_own_opt_in_does_not_count() {
    SubjectState state =
        with(aged(12), ConsentPurpose.SALE, Choice.OPT_IN, ChoiceSource.COOKIE_TOOL);
    assertThat(RULES.decide(state, ConsentPurpose.SALE, CLOCK))
        .isEqualTo(Decision.of(Reason.CHILD_NO_PARENTAL_CONSENT));
  }

  @Test
  void a_12_year_old_with_verified_parental_consent_may_be_sold_to() {
    SubjectState state =
        with(aged(12), ConsentPurpose.SALE, Choice.OPT_IN, ChoiceSource.PARENTAL_CONSENT);
    assertThat(RULES.decide(state, ConsentPurpose.SALE, CLOCK).allowed()).isTrue();
  }

  @Test
  void a_minors_opt_in_is_refused_when_the_business_sells_no_minors_data() {
    ConsentRules strict =
        new ConsentRules(new Practices("Strict", null, true, true, false, false, List.of()));
    SubjectState state =
        with(aged(14), ConsentPurpose.SALE, Choice.OPT_IN, ChoiceSource.COOKIE_TOOL);
    assertThat(strict.decide(state, ConsentPurpose.SALE, CLOCK).allowed()).isFalse();
    assertThat(
            strict.checkOptIn(
                aged(14), ConsentPurpose.SALE, ChoiceSource.COOKIE_TOOL, true, false, TODAY))
        .contains(OptInRefusal.MINORS_NOT_SOLD);
  }

  @Test
  void an_opt_in_without_a_separate_confirmation_is_refused() {
    assertThat(
            RULES.checkOptIn(
                adult(), ConsentPurpose.SALE, ChoiceSource.COOKIE_TOOL, false, false, TODAY))
        .contains(OptInRefusal.NOT_CONFIRMED);
    assertThat(
            RULES.checkOptIn(
                adult(), ConsentPurpose.SALE, ChoiceSource.COOKIE_TOOL, true, false, TODAY))
        .isEmpty();
  }

  @Test
  void an_opt_in_from_a_browser_sending_the_signal_is_refused() {
    assertThat(
            RULES.checkOptIn(
                adult(), ConsentPurpose.SHARE, ChoiceSource.COOKIE_TOOL, true, true, TODAY))
        .contains(OptInRefusal.SIGNAL_PRESENT);
  }

  @Test
  void only_a_parent_can_opt_in_for_a_child_under_13() {
    assertThat(
            RULES.checkOptIn(
                aged(12), ConsentPurpose.SALE, ChoiceSource.COOKIE_TOOL, true, false, TODAY))
        .contains(OptInRefusal.CHILD_NEEDS_PARENT);
    assertThat(
            RULES.checkOptIn(
                aged(12), ConsentPurpose.SALE, ChoiceSource.PARENTAL_CONSENT, true, false, TODAY))
        .isEmpty();
  }

  @Test
  void no_opt_in_prompt_for_12_months_after_an_opt_out() {
    SubjectState state = adult().withLastOptOutAt(Instant.parse("2026-03-02T17:00:00Z"));
    assertThat(RULES.mayAskToOptIn(state, Instant.parse("2027-03-01T17:00:00Z"), CA)).isFalse();
    assertThat(RULES.mayAskToOptIn(state, Instant.parse("2027-03-02T16:59:59Z"), CA)).isFalse();
    assertThat(RULES.mayAskToOptIn(state, Instant.parse("2027-03-02T17:00:00Z"), CA)).isTrue();
    assertThat(ConsentRules.askAgainFrom(Instant.parse("2026-03-02T17:00:00Z"), CA))
        .isEqualTo(Instant.parse("2027-03-02T17:00:00Z"));
  }

  @Test
  void a_minors_refusal_suppresses_requests_for_12_months() {
    SubjectState refused =
        with(aged(14), ConsentPurpose.SALE, Choice.OPT_OUT, ChoiceSource.COOKIE_TOOL)
            .withLastOptOutAt(CLOCK.instant());
    assertThat(RULES.mayAskToOptIn(aged(14), CLOCK.instant(), CA)).isTrue();
    assertThat(RULES.mayAskToOptIn(refused, CLOCK.instant().plusSeconds(86400 * 364), CA))
        .isFalse();
  }

  @Test
  void a_child_under_13_is_never_asked_directly() {
    assertThat(RULES.mayAskToOptIn(aged(12), CLOCK.instant(), CA)).isFalse();
  }

  @Test
  void a_stated_age_gives_the_youngest_birth_date_it_allows() {
    LocalDate bornOn = ConsentRules.youngestBirthDate(15, TODAY);
    assertThat(ConsentRules.age(bornOn, TODAY)).isEqualTo(15);
    assertThat(ConsentRules.age(bornOn, TODAY.minusDays(1))).isEqualTo(14);
  }
}
