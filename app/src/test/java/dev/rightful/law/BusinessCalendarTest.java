package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static final BusinessCalendar CALIFORNIA = BusinessCalendar.california();

  @Test
  void ten_business_days_after_monday_2026_03_02_is_2026_03_16() {
    assertThat(CALIFORNIA.addBusinessDays(LocalDate.of(2026, 3, 2), 10))
        .isEqualTo(LocalDate.of(2026, 3, 16));
  }

  @Test
  void fifteen_business_days_after_monday_2026_03_02_is_2026_03_23() {
    assertThat(CALIFORNIA.addBusinessDays(LocalDate.of(2026, 3, 2), 15))
        .isEqualTo(LocalDate.of(2026, 3, 23));
  }

  @Test
  void weekends_and_holidays_are_not_business_days() {
    assertThat(CALIFORNIA.isBusinessDay(LocalDate.of(2026, 3, 7))).isFalse(); // Saturday
    assertThat(CALIFORNIA.isBusinessDay(LocalDate.of(2026, 3, 8))).isFalse(); // Sunday
    assertThat(CALIFORNIA.isBusinessDay(LocalDate.of(2026, 3, 31))).isFalse(); // César Chávez Day
    assertThat(CALIFORNIA.isBusinessDay(LocalDate.of(2026, 3, 30))).isTrue();
    assertThat(CALIFORNIA.findHoliday(LocalDate.of(2026, 3, 31)))
        .map(Holiday::name)
        .contains("César Chávez Day");
  }

  @Test
  void thanksgiving_and_the_day_after_push_a_request_received_the_day_before() {
    // Received Wednesday 2026-11-25; Thursday 26 and Friday 27 are holidays.
    assertThat(CALIFORNIA.addBusinessDays(LocalDate.of(2026, 11, 25), 10))
        .isEqualTo(LocalDate.of(2026, 12, 11));
  }

  @Test
  void christmas_and_new_years_day_both_fall_inside_a_window_opened_mid_december() {
    // Received Thursday 2026-12-17; Friday 12-25 and Friday 2027-01-01 are holidays.
    assertThat(CALIFORNIA.addBusinessDays(LocalDate.of(2026, 12, 17), 10))
        .isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void cesar_chavez_day_inside_the_window_adds_a_day() {
    // Received Friday 2026-03-20; Tuesday 03-31 is César Chávez Day.
    assertThat(CALIFORNIA.addBusinessDays(LocalDate.of(2026, 3, 20), 10))
        .isEqualTo(LocalDate.of(2026, 4, 6));
  }

  @Test
  void juneteenth_inside_the_window_adds_a_day() {
    // Received Friday 2026-06-12; Friday 06-19 is Juneteenth.
    assertThat(CALIFORNIA.addBusinessDays(LocalDate.of(2026, 6, 12), 10))
        .isEqualTo(LocalDate.of(2026, 6, 29));
  }

  @Test
  void a_request_received_on_a_saturday_counts_from_the_monday() {
    assertThat(CALIFORNIA.addBusinessDays(LocalDate.of(2026, 3, 7), 10))
        .isEqualTo(LocalDate.of(2026, 3, 20));
  }

  @Test
  void a_request_received_on_a_holiday_counts_like_one_received_the_business_day_before() {
    LocalDate memorialDay = LocalDate.of(2026, 5, 25);
    LocalDate fridayBefore = LocalDate.of(2026, 5, 22);

    assertThat(CALIFORNIA.addBusinessDays(memorialDay, 10)).isEqualTo(LocalDate.of(2026, 6, 8));
    assertThat(CALIFORNIA.addBusinessDays(fridayBefore, 10)).isEqualTo(LocalDate.of(2026, 6, 8));
  }

  @Test
  void counting_from_january_31_crosses_lincolns_birthday_and_washingtons_birthday() {
    // 2025-01-31 is a Friday; 2025-02-12 is a Wednesday and 2025-02-17 the third Monday.
    assertThat(CALIFORNIA.addBusinessDays(LocalDate.of(2025, 1, 31), 10))
        .isEqualTo(LocalDate.of(2025, 2, 18));
    // 2026-01-31 is a Saturday; 2026-02-12 is a Thursday and 2026-02-16 the third Monday.
    assertThat(CALIFORNIA.addBusinessDays(LocalDate.of(2026, 1, 31), 10))
        .isEqualTo(LocalDate.of(2026, 2, 17));
  }

  @Test
  void counting_across_february_29_of_a_leap_year_counts_it_as_a_business_day() {
    // 2028-02-28 is a Monday and 2028-02-29 a Tuesday.
    assertThat(CALIFORNIA.isBusinessDay(LocalDate.of(2028, 2, 29))).isTrue();
    assertThat(CALIFORNIA.addBusinessDays(LocalDate.of(2028, 2, 28), 10))
        .isEqualTo(LocalDate.of(2028, 3, 13));
  }

  @Test
  void friday_observance_closes_the_friday_before_a_saturday_independence_day() {
    BusinessCalendar friday =
        BusinessCalendar.of(
            CaliforniaHolidays.withSaturdayObservance(SaturdayObservance.PRECEDING_FRIDAY));
    LocalDate friday0626 = LocalDate.of(2026, 6, 26);

    assertThat(CALIFORNIA.isBusinessDay(LocalDate.of(2026, 7, 3))).isTrue();
    assertThat(friday.isBusinessDay(LocalDate.of(2026, 7, 3))).isFalse();
    assertThat(CALIFORNIA.addBusinessDays(friday0626, 10)).isEqualTo(LocalDate.of(2026, 7, 10));
    assertThat(friday.addBusinessDays(friday0626, 10)).isEqualTo(LocalDate.of(2026, 7, 13));
  }

  @Test
  void a_calendar_without_sources_closes_only_on_weekends() {
    BusinessCalendar weekendsOnly = BusinessCalendar.of();

    assertThat(weekendsOnly.isBusinessDay(LocalDate.of(2026, 12, 25))).isTrue();
    assertThat(weekendsOnly.addBusinessDays(LocalDate.of(2026, 3, 20), 10))
        .isEqualTo(LocalDate.of(2026, 4, 3));
  }

  @Test
  void an_added_table_closes_its_days_on_top_of_the_california_holidays() {
    BusinessCalendar calendar =
        CALIFORNIA.with(HolidayTable.parse("2026-03-05 Founders' Day\n"), HolidayTableMode.ADD);

    assertThat(calendar.addBusinessDays(LocalDate.of(2026, 3, 2), 10))
        .isEqualTo(LocalDate.of(2026, 3, 17));
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 3, 31))).isFalse();
  }

  @Test
  void a_replacing_table_drops_the_california_holidays() {
    BusinessCalendar calendar =
        CALIFORNIA.with(HolidayTable.parse("2026-03-05 Founders' Day\n"), HolidayTableMode.REPLACE);

    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 3, 5))).isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 3, 31))).isTrue();
    assertThat(calendar.addBusinessDays(LocalDate.of(2026, 3, 20), 10))
        .isEqualTo(LocalDate.of(2026, 4, 3));
  }

  @Test
  void zero_business_days_is_the_start_itself_and_negative_is_refused() {
    LocalDate saturday = LocalDate.of(2026, 3, 7);

    assertThat(CALIFORNIA.addBusinessDays(saturday, 0)).isEqualTo(saturday);
    assertThatThrownBy(() -> CALIFORNIA.addBusinessDays(saturday, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void business_days_between_counts_the_end_but_not_the_start_and_is_antisymmetric() {
    LocalDate monday = LocalDate.of(2026, 3, 2);
    LocalDate twoWeeksLater = LocalDate.of(2026, 3, 16);

    assertThat(CALIFORNIA.businessDaysBetween(monday, twoWeeksLater)).isEqualTo(10);
    assertThat(CALIFORNIA.businessDaysBetween(twoWeeksLater, monday)).isEqualTo(-10);
    assertThat(CALIFORNIA.businessDaysBetween(monday, monday)).isZero();
    // Saturday to Sunday holds no business day.
    assertThat(CALIFORNIA.businessDaysBetween(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 8)))
        .isZero();
  }
}
