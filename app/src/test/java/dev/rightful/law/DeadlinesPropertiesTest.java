package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DeadlinesPropertiesTest {

  private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);
  private static final Deadlines CONSERVATIVE = Deadlines.standard();
  private static final Deadlines LITERAL = Deadlines.standard().withCountReceiptDayAsDayOne(false);

  @Provide
  Arbitrary<RequestType> fortyFiveDayTypes() {
    return Arbitraries.of(
        RequestType.KNOW_CATEGORIES,
        RequestType.KNOW_SPECIFIC,
        RequestType.DELETE,
        RequestType.CORRECT);
  }

  @Provide
  Arbitrary<Deadlines> settings() {
    return Arbitraries.of(CONSERVATIVE, LITERAL);
  }

  @Property
  void due_by_is_received_plus_44_days_whatever_the_weekday(
      @ForAll("fortyFiveDayTypes") RequestType type,
      @ForAll @IntRange(min = 0, max = 366 * 20) int offset) {
    LocalDate received = EPOCH.plusDays(offset);

    assertThat(CONSERVATIVE.dueBy(type, received).date()).isEqualTo(received.plusDays(44));
    assertThat(LITERAL.dueBy(type, received).date()).isEqualTo(received.plusDays(45));
  }

  @Property
  void receipt_is_confirmed_on_a_business_day_before_the_response_is_due(
      @ForAll("fortyFiveDayTypes") RequestType type,
      @ForAll @IntRange(min = 0, max = 366 * 20) int offset) {
    LocalDate received = EPOCH.plusDays(offset);
    LocalDate acknowledgeBy = CONSERVATIVE.acknowledgeBy(type, received).orElseThrow().date();

    assertThat(BusinessCalendar.california().isBusinessDay(acknowledgeBy)).isTrue();
    assertThat(acknowledgeBy).isAfter(received).isBefore(CONSERVATIVE.dueBy(type, received).date());
  }

  @Property
  void extended_due_date_is_never_more_than_90_days_from_receipt_counting_day_one(
      @ForAll("fortyFiveDayTypes") RequestType type,
      @ForAll @IntRange(min = 0, max = 366 * 20) int offset,
      @ForAll @IntRange(min = -5, max = 60) int noticeDay,
      @ForAll @IntRange(min = -5, max = 100) int additionalDays,
      @ForAll String reason) {
    LocalDate received = EPOCH.plusDays(offset);
    Extension proposed = new Extension(received.plusDays(noticeDay), additionalDays, reason);

    CONSERVATIVE
        .extend(type, received, List.of(), proposed)
        .newDueBy()
        .ifPresent(
            due ->
                assertThat(due.date())
                    .isAfter(CONSERVATIVE.dueBy(type, received).date())
                    .isBeforeOrEqualTo(received.plusDays(89)));
  }

  @Property
  void a_valid_extension_is_granted_exactly_when_noticed_between_receipt_and_the_due_date(
      @ForAll("settings") Deadlines deadlines,
      @ForAll("fortyFiveDayTypes") RequestType type,
      @ForAll @IntRange(min = 0, max = 366 * 20) int offset,
      @ForAll @IntRange(min = -3, max = 50) int noticeDay,
      @ForAll @IntRange(min = 1, max = 45) int additionalDays) {
    LocalDate received = EPOCH.plusDays(offset);
    LocalDate notice = received.plusDays(noticeDay);
    LocalDate due = deadlines.dueBy(type, received).date();

    ExtensionOutcome outcome =
        deadlines.extend(type, received, List.of(), new Extension(notice, additionalDays, "why"));

    assertThat(outcome.isGranted()).isEqualTo(!notice.isBefore(received) && !notice.isAfter(due));
  }
}
