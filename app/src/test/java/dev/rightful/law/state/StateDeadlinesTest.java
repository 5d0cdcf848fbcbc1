package dev.rightful.law.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.law.Deadline;
import dev.rightful.law.Deadlines;
import dev.rightful.law.Extension;
import dev.rightful.law.ExtensionRefusal;
import dev.rightful.law.RequestType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked dates of STATES.md ("Worked dates used in the tests") for every state. */
class StateDeadlinesTest {
  // STATES.md: a request or appeal received Monday 2026-03-02
  private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
  private static final StateDeadlines CONSERVATIVE = StateDeadlines.standard();
  private static final StateDeadlines LITERAL =
      StateDeadlines.standard().withCountReceiptDayAsDayOne(false);

  // response due, latest after extension, appeal due, appeal due with extension ("-": none);
  // conservative date then literal date
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "VA, 04-15, 04-16, 05-30, 05-31, 04-30, 05-01, -,     -",
    "CO, 04-15, 04-16, 05-30, 05-31, 04-15, 04-16, 06-14, 06-15",
    "CT, 04-15, 04-16, 05-30, 05-31, 04-30, 05-01, -,     -",
    "UT, 04-15, 04-16, 05-30, 05-31, -,     -,     -,     -",
    "TX, 04-15, 04-16, 05-30, 05-31, 04-30, 05-01, -,     -",
    "OR, 04-15, 04-16, 05-30, 05-31, 04-15, 04-16, -,     -",
    "MT, 04-15, 04-16, 05-30, 05-31, 04-30, 05-01, -,     -",
    "IA, 05-30, 05-31, 07-14, 07-15, 04-30, 05-01, -,     -",
    "DE, 04-15, 04-16, 05-30, 05-31, 04-30, 05-01, -,     -",
    "NH, 04-15, 04-16, 05-30, 05-31, 04-30, 05-01, -,     -",
    "NE, 04-15, 04-16, 05-30, 05-31, 04-30, 05-01, -,     -",
    "NJ, 04-15, 04-16, 05-30, 05-31, 04-15, 04-16, -,     -",
    "TN, 04-15, 04-16, 05-30, 05-31, 04-30, 05-01, -,     -",
    "MN, 04-15, 04-16, 05-30, 05-31, 04-15, 04-16, 06-14, 06-15",
    "MD, 04-15, 04-16, 05-30, 05-31, 04-30, 05-01, -,     -",
    "IN, 04-15, 04-16, 05-30, 05-31, 04-30, 05-01, -,     -",
    "KY, 04-15, 04-16, 05-30, 05-31, 04-30, 05-01, -,     -",
    "RI, 04-15, 04-16, 05-30, 05-31, 04-30, 05-01, -,     -",
    "FL, 04-15, 04-16, 04-30, 05-01, 04-30, 05-01, -,     -",
    "CA, 04-15, 04-16, 05-30, 05-31, -,     -,     -,     -",
  })
  void worked_dates_for_a_request_and_an_appeal_received_2026_03_02(
      String code,
      String due,
      String dueLiteral,
      String latest,
      String latestLiteral,
      String appeal,
      String appealLiteral,
      String appealExtended,
      String appealExtendedLiteral) {
    Jurisdiction j = Jurisdictions.get(code);
    assertThat(CONSERVATIVE.dueBy(j, RECEIVED).date()).isEqualTo(day(due));
    assertThat(LITERAL.dueBy(j, RECEIVED).date()).isEqualTo(day(dueLiteral));
    assertThat(CONSERVATIVE.latestExtendedDueBy(j, RECEIVED).date()).isEqualTo(day(latest));
    assertThat(LITERAL.latestExtendedDueBy(j, RECEIVED).date()).isEqualTo(day(latestLiteral));
    assertThat(CONSERVATIVE.appealDueBy(j, RECEIVED).map(Deadline::date))
        .isEqualTo(java.util.Optional.ofNullable(day(appeal)));
    assertThat(LITERAL.appealDueBy(j, RECEIVED).map(Deadline::date))
        .isEqualTo(java.util.Optional.ofNullable(day(appealLiteral)));
    assertThat(CONSERVATIVE.appealExtendedDueBy(j, RECEIVED).map(Deadline::date))
        .isEqualTo(java.util.Optional.ofNullable(day(appealExtended)));
    assertThat(LITERAL.appealExtendedDueBy(j, RECEIVED).map(Deadline::date))
        .isEqualTo(java.util.Optional.ofNullable(day(appealExtendedLiteral)));
  }

  @Test
  void deadlines_are_calendar_days_and_cite_the_state_section() {
    Deadline due = CONSERVATIVE.dueBy(Jurisdictions.get("VA"), RECEIVED);
    assertThat(due)
        .isEqualTo(
            new Deadline(
                LocalDate.of(2026, 4, 15),
                Deadline.Unit.CALENDAR_DAYS,
                45,
                "Va. Code § 59.1-577(B)(1)"));
  }

  @Test
  void a_deadline_on_a_holiday_or_weekend_stays_there_because_state_days_are_calendar_days() {
    // Received Veterans Day 2026-11-11: day 45 is Christmas Day, a Friday holiday.
    LocalDate veteransDay = LocalDate.of(2026, 11, 11);
    assertThat(CONSERVATIVE.dueBy(Jurisdictions.get("CO"), veteransDay).date())
        .isEqualTo(LocalDate.of(2026, 12, 25));
    // Received 2026-03-14 (Saturday): a Virginia appeal is due on day 60, Tuesday 05-12
    LocalDate saturday = LocalDate.of(2026, 3, 14);
    assertThat(CONSERVATIVE.appealDueBy(Jurisdictions.get("VA"), saturday))
        .get()
        .extracting(Deadline::date)
        .isEqualTo(LocalDate.of(2026, 5, 12));
    assertThat(LocalDate.of(2026, 5, 12).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.TUESDAY);
    // Christmas Eve receipt: a Texas appeal is due on a Sunday, 2027-02-21, and is not moved.
    assertThat(CONSERVATIVE.appealDueBy(Jurisdictions.get("TX"), LocalDate.of(2026, 12, 24)))
        .get()
        .extracting(Deadline::date)
        .isEqualTo(LocalDate.of(2027, 2, 21));
    assertThat(LocalDate.of(2027, 2, 21).getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
  }

  @Test
  void extension_noticed_on_day_45_is_granted_on_day_46_refused() {
    Jurisdiction va = Jurisdictions.get("VA");
    var day45 =
        CONSERVATIVE.extend(va, RECEIVED, List.of(), new Extension(day("04-15"), 45, "volume"));
    assertThat(day45.newDueBy()).get().extracting(Deadline::date).isEqualTo(day("05-30"));
    var day46 =
        CONSERVATIVE.extend(va, RECEIVED, List.of(), new Extension(day("04-16"), 45, "volume"));
    assertThat(day46.refusal()).contains(ExtensionRefusal.NOTICE_TOO_LATE);
    // STATES.md item 5: an extension sent 04-20 is rejected
    assertThat(
            CONSERVATIVE
                .extend(va, RECEIVED, List.of(), new Extension(day("04-20"), 45, "volume"))
                .refusal())
        .contains(ExtensionRefusal.NOTICE_TOO_LATE);
    // on the literal reading day 45 is 04-16
    assertThat(
            LITERAL
                .extend(va, RECEIVED, List.of(), new Extension(day("04-16"), 45, "volume"))
                .isGranted())
        .isTrue();
  }

  @Test
  void iowa_may_notice_its_extension_until_day_90_and_florida_extends_by_15_at_most() {
    Jurisdiction iowa = Jurisdictions.get("IA");
    assertThat(
            CONSERVATIVE
                .extend(iowa, RECEIVED, List.of(), new Extension(day("05-30"), 45, "volume"))
                .newDueBy())
        .get()
        .extracting(Deadline::date)
        .isEqualTo(day("07-14"));
    assertThat(
            CONSERVATIVE
                .extend(iowa, RECEIVED, List.of(), new Extension(day("05-31"), 45, "volume"))
                .refusal())
        .contains(ExtensionRefusal.NOTICE_TOO_LATE);
    Jurisdiction florida = Jurisdictions.get("FL");
    assertThat(
            CONSERVATIVE
                .extend(florida, RECEIVED, List.of(), new Extension(day("04-01"), 16, "volume"))
                .refusal())
        .contains(ExtensionRefusal.DAYS_OUT_OF_RANGE);
  }

  @Test
  void one_extension_with_a_reason_never_before_receipt() {
    Jurisdiction co = Jurisdictions.get("CO");
    Extension ok = new Extension(day("04-01"), 30, "volume");
    assertThat(CONSERVATIVE.extend(co, RECEIVED, List.of(ok), ok).refusal())
        .contains(ExtensionRefusal.ALREADY_EXTENDED);
    assertThat(
            CONSERVATIVE
                .extend(co, RECEIVED, List.of(), new Extension(day("04-01"), 30, " "))
                .refusal())
        .contains(ExtensionRefusal.REASON_MISSING);
    assertThat(
            CONSERVATIVE
                .extend(co, RECEIVED, List.of(), new Extension(day("03-01"), 30, "volume"))
                .refusal())
        .contains(ExtensionRefusal.NOTICE_BEFORE_RECEIPT);
    assertThat(CONSERVATIVE.extend(co, RECEIVED, List.of(), ok).newDueBy())
        .get()
        .extracting(Deadline::date)
        .isEqualTo(day("05-15"));
  }

  @Test
  void month_ends_and_leap_years() {
    Jurisdiction ct = Jurisdictions.get("CT");
    // 2028 is a leap year: 45 days from 2028-01-16 end on February 29
    assertThat(CONSERVATIVE.dueBy(ct, LocalDate.of(2028, 1, 16)).date())
        .isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(CONSERVATIVE.dueBy(ct, LocalDate.of(2027, 1, 16)).date())
        .isEqualTo(LocalDate.of(2027, 3, 1));
    // Received on the last day of January: 45 days run to mid-March across February
    assertThat(CONSERVATIVE.dueBy(ct, LocalDate.of(2027, 1, 31)).date())
        .isEqualTo(LocalDate.of(2027, 3, 16));
    // A 60-day appeal received on New Year's Eve ends on the first of March in a common year
    assertThat(CONSERVATIVE.appealDueBy(ct, LocalDate.of(2026, 12, 31)))
        .get()
        .extracting(Deadline::date)
        .isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(CONSERVATIVE.appealDueBy(ct, LocalDate.of(2027, 12, 31)))
        .get()
        .extracting(Deadline::date)
        .isEqualTo(LocalDate.of(2028, 2, 28));
    assertThat(LITERAL.appealDueBy(ct, LocalDate.of(2027, 12, 31)))
        .get()
        .extracting(Deadline::date)
        .isEqualTo(LocalDate.of(2028, 2, 29));
  }

  @Test
  void california_gives_the_dates_of_the_existing_ccpa_deadlines_every_day_of_three_years() {
    Jurisdiction ca = Jurisdictions.california();
    for (LocalDate day = LocalDate.of(2026, 1, 1);
        day.isBefore(LocalDate.of(2029, 1, 1));
        day = day.plusDays(1)) {
      for (boolean dayOne : new boolean[] {true, false}) {
        Deadlines ccpa = Deadlines.standard().withCountReceiptDayAsDayOne(dayOne);
        StateDeadlines state = CONSERVATIVE.withCountReceiptDayAsDayOne(dayOne);
        for (RequestType type :
            List.of(RequestType.KNOW_SPECIFIC, RequestType.DELETE, RequestType.CORRECT)) {
          assertThat(state.dueBy(ca, day)).isEqualTo(ccpa.dueBy(type, day));
          assertThat(state.latestExtendedDueBy(ca, day).date())
              .isEqualTo(ccpa.latestExtendedDueBy(type, day).orElseThrow().date());
        }
      }
    }
  }

  private static LocalDate day(String monthDay) {
    return monthDay.equals("-") ? null : LocalDate.parse("2026-" + monthDay);
  }
}
