package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineExtensionTest {

  private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
  private static final LocalDate DAY_45 = LocalDate.of(2026, 4, 15);
  private static final LocalDate DAY_46 = LocalDate.of(2026, 4, 16);
  private static final String REASON = "Records are spread over three archived systems.";
  private static final Deadlines DEADLINES = Deadlines.standard();

  private static ExtensionOutcome extend(Extension proposed) {
    return DEADLINES.extend(RequestType.KNOW_SPECIFIC, RECEIVED, List.of(), proposed);
  }

  @Test
  void extension_noticed_on_day_45_moves_the_due_date_to_day_90() {
    ExtensionOutcome outcome = extend(new Extension(DAY_45, 45, REASON));

    assertThat(outcome.isGranted()).isTrue();
    assertThat(outcome.newDueBy())
        .contains(
            new Deadline(
                LocalDate.of(2026, 5, 30),
                Deadline.Unit.CALENDAR_DAYS,
                90,
                "7021(b); CC 1798.145(i)(1)"));
  }

  @Test
  void extension_on_day_46_is_rejected() {
    ExtensionOutcome outcome = extend(new Extension(DAY_46, 45, REASON));

    assertThat(outcome.isGranted()).isFalse();
    assertThat(outcome.refusal()).contains(ExtensionRefusal.NOTICE_TOO_LATE);
    assertThat(outcome.newDueBy()).isEmpty();
  }

  @Test
  void on_the_literal_reading_day_45_is_april_16_and_day_46_is_refused() {
    Deadlines literal = DEADLINES.withCountReceiptDayAsDayOne(false);

    assertThat(
            literal
                .extend(RequestType.DELETE, RECEIVED, List.of(), new Extension(DAY_46, 45, REASON))
                .newDueBy())
        .map(Deadline::date)
        .contains(LocalDate.of(2026, 5, 31));
    assertThat(
            literal
                .extend(
                    RequestType.DELETE,
                    RECEIVED,
                    List.of(),
                    new Extension(LocalDate.of(2026, 4, 17), 45, REASON))
                .refusal())
        .contains(ExtensionRefusal.NOTICE_TOO_LATE);
  }

  @Test
  void a_shorter_extension_adds_only_its_days() {
    ExtensionOutcome outcome = extend(new Extension(LocalDate.of(2026, 4, 1), 20, REASON));

    assertThat(outcome.newDueBy())
        .contains(
            new Deadline(
                LocalDate.of(2026, 5, 5),
                Deadline.Unit.CALENDAR_DAYS,
                65,
                "7021(b); CC 1798.145(i)(1)"));
  }

  @Test
  void extension_noticed_on_the_day_of_receipt_is_granted() {
    assertThat(extend(new Extension(RECEIVED, 45, REASON)).isGranted()).isTrue();
  }

  @Test
  void second_extension_is_refused() {
    Extension first = new Extension(LocalDate.of(2026, 3, 20), 10, REASON);
    Extension second = new Extension(LocalDate.of(2026, 3, 25), 10, REASON);

    assertThat(
            DEADLINES.extend(RequestType.KNOW_SPECIFIC, RECEIVED, List.of(first), second).refusal())
        .contains(ExtensionRefusal.ALREADY_EXTENDED);
  }

  @Test
  void blank_or_missing_reason_is_refused() {
    assertThat(extend(new Extension(DAY_45, 45, "   ")).refusal())
        .contains(ExtensionRefusal.REASON_MISSING);
    assertThat(extend(new Extension(DAY_45, 45, "")).refusal())
        .contains(ExtensionRefusal.REASON_MISSING);
    assertThat(extend(new Extension(DAY_45, 45, null)).refusal())
        .contains(ExtensionRefusal.REASON_MISSING);
  }

  @Test
  void more_than_45_or_fewer_than_1_extra_days_are_refused() {
    assertThat(extend(new Extension(DAY_45, 46, REASON)).refusal())
        .contains(ExtensionRefusal.DAYS_OUT_OF_RANGE);
    assertThat(extend(new Extension(DAY_45, 0, REASON)).refusal())
        .contains(ExtensionRefusal.DAYS_OUT_OF_RANGE);
  }

  @Test
  void a_notice_dated_before_the_request_is_refused() {
    assertThat(extend(new Extension(RECEIVED.minusDays(1), 45, REASON)).refusal())
        .contains(ExtensionRefusal.NOTICE_BEFORE_RECEIPT);
  }

  @Test
  void opt_out_limit_and_direct_marketing_cannot_be_extended() {
    for (RequestType type :
        List.of(RequestType.OPT_OUT, RequestType.LIMIT_SENSITIVE, RequestType.DIRECT_MARKETING)) {
      assertThat(
              DEADLINES
                  .extend(type, RECEIVED, List.of(), new Extension(RECEIVED, 10, REASON))
                  .refusal())
          .contains(ExtensionRefusal.NOT_EXTENDABLE);
      assertThat(DEADLINES.latestExtendedDueBy(type, RECEIVED)).isEmpty();
    }
  }

  @Test
  void refusal_ids_are_stable_words() {
    assertThat(Vocabulary.ids(ExtensionRefusal.class))
        .containsExactly(
            "not-extendable",
            "already-extended",
            "reason-missing",
            "days-out-of-range",
            "notice-before-receipt",
            "notice-too-late");
    assertThat(ExtensionRefusal.NOTICE_TOO_LATE.explanation()).contains("7021(b)");
  }
}
