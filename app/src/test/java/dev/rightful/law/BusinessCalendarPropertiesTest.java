package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class BusinessCalendarPropertiesTest {

  private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);
  private static final BusinessCalendar FRIDAY =
      BusinessCalendar.of(
          CaliforniaHolidays.withSaturdayObservance(SaturdayObservance.PRECEDING_FRIDAY));

  @Provide
  Arbitrary<BusinessCalendar> calendars() {
    return Arbitraries.of(BusinessCalendar.california(), FRIDAY);
  }

  private static LocalDate day(int offset) {
    return EPOCH.plusDays(offset);
  }

  @Property
  void add_business_days_always_lands_on_a_business_day(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll @IntRange(min = 0, max = 366 * 20) int offset,
      @ForAll @IntRange(min = 1, max = 300) int days) {
    assertThat(calendar.isBusinessDay(calendar.addBusinessDays(day(offset), days))).isTrue();
  }

  @Property
  void add_business_days_is_strictly_increasing_in_n(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll @IntRange(min = 0, max = 366 * 20) int offset,
      @ForAll @IntRange(min = 0, max = 300) int days) {
    LocalDate start = day(offset);

    assertThat(calendar.addBusinessDays(start, days + 1))
        .isAfter(calendar.addBusinessDays(start, days));
  }

  @Property
  void business_days_between_inverts_add_business_days(
      @ForAll("calendars") BusinessCalendar calendar,
      @ForAll @IntRange(min = 0, max = 366 * 20) int offset,
      @ForAll @IntRange(min = 0, max = 300) int days) {
    LocalDate start = day(offset);
    LocalDate end = calendar.addBusinessDays(start, days);

    assertThat(calendar.businessDaysBetween(start, end)).isEqualTo(days);
    assertThat(calendar.businessDaysBetween(end, start)).isEqualTo(-days);
  }

  @Property
  void n_business_days_never_take_fewer_than_n_calendar_days(
      @ForAll @IntRange(min = 0, max = 366 * 20) int offset,
      @ForAll @IntRange(min = 1, max = 300) int days) {
    LocalDate start = day(offset);

    assertThat(BusinessCalendar.california().addBusinessDays(start, days))
        .isAfterOrEqualTo(start.plusDays(days));
  }

  @Property
  void with_friday_observance_every_holiday_falls_on_a_weekday(
      @ForAll @IntRange(min = 1950, max = 2200) int year) {
    assertThat(FRIDAY.holidaysIn(year))
        .allSatisfy(
            h -> assertThat(h.date().getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
  }

  @Property
  void by_default_every_year_from_2023_has_fourteen_holidays_none_on_a_sunday(
      @ForAll @IntRange(min = 2023, max = 2200) int year) {
    assertThat(CaliforniaHolidays.standard().holidaysIn(year))
        .hasSize(14)
        .allSatisfy(h -> assertThat(h.date().getDayOfWeek()).isNotEqualTo(DayOfWeek.SUNDAY));
  }
}
