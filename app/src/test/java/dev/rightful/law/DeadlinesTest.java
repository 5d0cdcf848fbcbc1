package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

  // RULES.md, "Worked dates": a request received Monday 2026-03-02.
  private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
  private static final Deadlines CONSERVATIVE = Deadlines.standard();
  private static final Deadlines LITERAL = Deadlines.standard().withCountReceiptDayAsDayOne(false);

  @Test
  void worked_date_receipt_is_confirmed_by_2026_03_16() {
    assertThat(CONSERVATIVE.acknowledgeBy(RequestType.DELETE, RECEIVED))
        .contains(
            new Deadline(LocalDate.of(2026, 3, 16), Deadline.Unit.BUSINESS_DAYS, 10, "7021(a)"));
  }

  @Test
  void worked_date_opt_out_and_limit_are_due_2026_03_23() {
    assertThat(CONSERVATIVE.dueBy(RequestType.OPT_OUT, RECEIVED))
        .isEqualTo(
            new Deadline(LocalDate.of(2026, 3, 23), Deadline.Unit.BUSINESS_DAYS, 15, "7026(f)(1)"));
    assertThat(CONSERVATIVE.dueBy(RequestType.LIMIT_SENSITIVE, RECEIVED))
        .isEqualTo(
            new Deadline(LocalDate.of(2026, 3, 23), Deadline.Unit.BUSINESS_DAYS, 15, "7027(g)(1)"));
  }

  @Test
  void worked_date_response_is_due_2026_04_15_counting_receipt_as_day_one() {
    assertThat(CONSERVATIVE.countReceiptDayAsDayOne()).isTrue();
    assertThat(CONSERVATIVE.dueBy(RequestType.KNOW_SPECIFIC, RECEIVED))
        .isEqualTo(
            new Deadline(LocalDate.of(2026, 4, 15), Deadline.Unit.CALENDAR_DAYS, 45, "7021(b)"));
  }

  @Test
  void worked_date_response_is_due_2026_04_16_on_the_literal_reading() {
    assertThat(LITERAL.dueBy(RequestType.KNOW_SPECIFIC, RECEIVED).date())
        .isEqualTo(LocalDate.of(2026, 4, 16));
  }

  @Test
  void worked_date_latest_extended_response_is_2026_05_30_or_05_31() {
    assertThat(CONSERVATIVE.latestExtendedDueBy(RequestType.DELETE, RECEIVED))
        .contains(
            new Deadline(
                LocalDate.of(2026, 5, 30),
                Deadline.Unit.CALENDAR_DAYS,
                90,
                "7021(b); CC 1798.145(i)(1)"));
    assertThat(LITERAL.latestExtendedDueBy(RequestType.DELETE, RECEIVED))
        .map(Deadline::date)
        .contains(LocalDate.of(2026, 5, 31));
  }

  @Test
  void the_worked_example_in_docs_calendar_md() {
    // tag::worked-example[]
    Deadlines deadlines = Deadlines.standard(); // California calendar, receipt day is day 1
    LocalDate received = LocalDate.of(2026, 3, 2); // a Monday

    Deadline ack = deadlines.acknowledgeBy(RequestType.DELETE, received).orElseThrow();
    Deadline due = deadlines.dueBy(RequestType.DELETE, received);
    ExtensionOutcome extended =
        deadlines.extend(
            RequestType.DELETE,
            received,
            List.of(), // no earlier extension
            new Extension(LocalDate.of(2026, 4, 15), 45, "Backups must be restored first."));

    assertThat(ack.date()).isEqualTo(LocalDate.of(2026, 3, 16)); // 10 business days, 7021(a)
    assertThat(due.date()).isEqualTo(LocalDate.of(2026, 4, 15)); // day 45, 7021(b)
    assertThat(extended.newDueBy().orElseThrow().date()).isEqualTo(LocalDate.of(2026, 5, 30));
    assertThat(due.daysLeft(LocalDate.of(2026, 4, 10))).isEqualTo(5);
    // end::worked-example[]
  }

  @Test
  void every_know_delete_and_correct_request_runs_on_the_same_45_day_clock() {
    for (RequestType type :
        List.of(
            RequestType.KNOW_CATEGORIES,
            RequestType.KNOW_SPECIFIC,
            RequestType.DELETE,
            RequestType.CORRECT)) {
      assertThat(CONSERVATIVE.dueBy(type, RECEIVED).date()).isEqualTo(LocalDate.of(2026, 4, 15));
      assertThat(CONSERVATIVE.acknowledgeBy(type, RECEIVED)).isPresent();
    }
  }

  @Test
  void opt_out_limit_and_direct_marketing_need_no_confirmation_of_receipt() {
    assertThat(CONSERVATIVE.acknowledgeBy(RequestType.OPT_OUT, RECEIVED)).isEmpty();
    assertThat(CONSERVATIVE.acknowledgeBy(RequestType.LIMIT_SENSITIVE, RECEIVED)).isEmpty();
    assertThat(CONSERVATIVE.acknowledgeBy(RequestType.DIRECT_MARKETING, RECEIVED)).isEmpty();
  }

  @Test
  void direct_marketing_is_due_in_30_calendar_days() {
    assertThat(CONSERVATIVE.dueBy(RequestType.DIRECT_MARKETING, RECEIVED))
        .isEqualTo(
            new Deadline(
                LocalDate.of(2026, 3, 31), Deadline.Unit.CALENDAR_DAYS, 30, "CC 1798.83(b)(1)(C)"));
    assertThat(LITERAL.dueBy(RequestType.DIRECT_MARKETING, RECEIVED).date())
        .isEqualTo(LocalDate.of(2026, 4, 1));
  }

  @Test
  void a_request_received_on_a_saturday_starts_its_45_days_that_saturday() {
    LocalDate saturday = LocalDate.of(2026, 3, 7);

    assertThat(CONSERVATIVE.dueBy(RequestType.DELETE, saturday).date())
        .isEqualTo(LocalDate.of(2026, 4, 20));
    assertThat(CONSERVATIVE.acknowledgeBy(RequestType.DELETE, saturday))
        .map(Deadline::date)
        .contains(LocalDate.of(2026, 3, 20));
  }

  @Test
  void a_request_received_on_memorial_day_starts_its_45_days_that_day() {
    LocalDate memorialDay = LocalDate.of(2026, 5, 25);

    assertThat(CONSERVATIVE.dueBy(RequestType.CORRECT, memorialDay).date())
        .isEqualTo(LocalDate.of(2026, 7, 8));
    assertThat(CONSERVATIVE.acknowledgeBy(RequestType.CORRECT, memorialDay))
        .map(Deadline::date)
        .contains(LocalDate.of(2026, 6, 8));
  }

  @Test
  void a_calendar_day_due_date_on_a_sunday_is_not_moved() {
    // 2025-01-31 + 44 days = Sunday 2025-03-16; the conservative reading does not roll forward.
    assertThat(CONSERVATIVE.dueBy(RequestType.DELETE, LocalDate.of(2025, 1, 31)).date())
        .isEqualTo(LocalDate.of(2025, 3, 16));
  }

  @Test
  void a_request_received_the_day_before_thanksgiving() {
    LocalDate received = LocalDate.of(2026, 11, 25);

    assertThat(CONSERVATIVE.acknowledgeBy(RequestType.KNOW_CATEGORIES, received))
        .map(Deadline::date)
        .contains(LocalDate.of(2026, 12, 11));
    assertThat(CONSERVATIVE.dueBy(RequestType.OPT_OUT, received).date())
        .isEqualTo(LocalDate.of(2026, 12, 18));
    assertThat(CONSERVATIVE.dueBy(RequestType.KNOW_CATEGORIES, received).date())
        .isEqualTo(LocalDate.of(2027, 1, 8));
  }

  @Test
  void requests_received_on_february_28_and_29_of_a_leap_year() {
    assertThat(CONSERVATIVE.dueBy(RequestType.DELETE, LocalDate.of(2028, 2, 28)).date())
        .isEqualTo(LocalDate.of(2028, 4, 12));
    assertThat(CONSERVATIVE.dueBy(RequestType.DELETE, LocalDate.of(2028, 2, 29)).date())
        .isEqualTo(LocalDate.of(2028, 4, 13));
    assertThat(LITERAL.dueBy(RequestType.DELETE, LocalDate.of(2028, 2, 29)).date())
        .isEqualTo(LocalDate.of(2028, 4, 14));
    assertThat(CONSERVATIVE.latestExtendedDueBy(RequestType.DELETE, LocalDate.of(2028, 2, 29)))
        .map(Deadline::date)
        .contains(LocalDate.of(2028, 5, 28));
  }

  @Test
  void a_custom_calendar_moves_business_day_clocks_only() {
    Deadlines withShutdown =
        CONSERVATIVE.withCalendar(
            BusinessCalendar.california()
                .with(HolidayTable.parse("2026-03-05 Shutdown"), HolidayTableMode.ADD));

    assertThat(withShutdown.acknowledgeBy(RequestType.DELETE, RECEIVED))
        .map(Deadline::date)
        .contains(LocalDate.of(2026, 3, 17));
    assertThat(withShutdown.dueBy(RequestType.DELETE, RECEIVED).date())
        .isEqualTo(LocalDate.of(2026, 4, 15));
  }

  @Test
  void every_due_date_is_computed_from_the_request_type_and_receipt_day_alone() {
    // 7021(b): verification never pauses the clock, so no deadline may take anything else.
    List<Method> deadlineMethods =
        Arrays.stream(Deadlines.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .filter(m -> m.getReturnType() == Deadline.class || m.getReturnType() == Optional.class)
            .toList();

    assertThat(deadlineMethods).hasSize(3);
    assertThat(deadlineMethods)
        .allSatisfy(
            m ->
                assertThat(m.getParameterTypes())
                    .containsExactly(RequestType.class, LocalDate.class));
  }

  @Test
  void days_left_counts_down_to_zero_on_the_due_date_and_then_goes_negative() {
    Deadline due = CONSERVATIVE.dueBy(RequestType.DELETE, RECEIVED); // 2026-04-15

    assertThat(due.daysLeft(LocalDate.of(2026, 4, 10))).isEqualTo(5);
    assertThat(due.daysLeft(LocalDate.of(2026, 4, 15))).isZero();
    assertThat(due.isOverdue(LocalDate.of(2026, 4, 15))).isFalse();
    assertThat(due.daysOverdue(LocalDate.of(2026, 4, 15))).isZero();
    assertThat(due.daysLeft(LocalDate.of(2026, 4, 18))).isEqualTo(-3);
    assertThat(due.isOverdue(LocalDate.of(2026, 4, 18))).isTrue();
    assertThat(due.daysOverdue(LocalDate.of(2026, 4, 18))).isEqualTo(3);
  }

  @Test
  void days_left_reads_the_date_in_the_clock_zone() {
    Deadline due = CONSERVATIVE.dueBy(RequestType.DELETE, RECEIVED); // 2026-04-15
    // 06:00 UTC on 04-16 is still 23:00 on 04-15 in California.
    Clock clock =
        Clock.fixed(Instant.parse("2026-04-16T06:00:00Z"), ZoneId.of("America/Los_Angeles"));

    assertThat(due.daysLeft(clock)).isZero();
    assertThat(due.isOverdue(clock)).isFalse();
    assertThat(due.isOverdue(Clock.fixed(Instant.parse("2026-04-16T06:00:00Z"), ZoneId.of("UTC"))))
        .isTrue();
  }
}
