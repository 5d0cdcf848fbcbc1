package dev.rightful.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaliforniaHolidaysTest {

  private static final CaliforniaHolidays FRIDAY =
      CaliforniaHolidays.withSaturdayObservance(SaturdayObservance.PRECEDING_FRIDAY);

  private static List<LocalDate> dates(CaliforniaHolidays rules, int year) {
    return rules.holidaysIn(year).stream().map(Holiday::date).toList();
  }

  @Test
  void friday_observance_reproduces_the_2026_california_court_holiday_list() {
    // Superior Court of California, County of Calaveras, "Court Holidays" page, 2026 table.
    assertThat(dates(FRIDAY, 2026))
        .containsExactly(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 1, 19),
            LocalDate.of(2026, 2, 12),
            LocalDate.of(2026, 2, 16),
            LocalDate.of(2026, 3, 31),
            LocalDate.of(2026, 5, 25),
            LocalDate.of(2026, 6, 19),
            LocalDate.of(2026, 7, 3),
            LocalDate.of(2026, 9, 7),
            LocalDate.of(2026, 9, 25),
            LocalDate.of(2026, 11, 11),
            LocalDate.of(2026, 11, 26),
            LocalDate.of(2026, 11, 27),
            LocalDate.of(2026, 12, 25));
  }

  @Test
  void friday_observance_reproduces_the_2023_california_court_holiday_list() {
    // Superior Court of California, County of Tuolumne, "Court Holidays" page, 2023 table:
    // two Sunday holidays moved to Monday and Veterans Day moved from Saturday to Friday.
    assertThat(dates(FRIDAY, 2023))
        .containsExactly(
            LocalDate.of(2023, 1, 2),
            LocalDate.of(2023, 1, 16),
            LocalDate.of(2023, 2, 13),
            LocalDate.of(2023, 2, 20),
            LocalDate.of(2023, 3, 31),
            LocalDate.of(2023, 5, 29),
            LocalDate.of(2023, 6, 19),
            LocalDate.of(2023, 7, 4),
            LocalDate.of(2023, 9, 4),
            LocalDate.of(2023, 9, 22),
            LocalDate.of(2023, 11, 10),
            LocalDate.of(2023, 11, 23),
            LocalDate.of(2023, 11, 24),
            LocalDate.of(2023, 12, 25));
  }

  @Test
  void default_rules_leave_a_saturday_holiday_on_the_saturday() {
    List<Holiday> holidays = CaliforniaHolidays.standard().holidaysIn(2026);

    assertThat(CaliforniaHolidays.standard().saturdayObservance())
        .isEqualTo(SaturdayObservance.NOT_OBSERVED);
    assertThat(holidays).contains(new Holiday(LocalDate.of(2026, 7, 4), "Independence Day"));
    assertThat(holidays).extracting(Holiday::date).doesNotContain(LocalDate.of(2026, 7, 3));
  }

  @Test
  void a_sunday_holiday_is_observed_the_following_monday_under_either_setting() {
    Holiday christmas = new Holiday(LocalDate.of(2022, 12, 26), "Christmas Day (observed)");

    assertThat(CaliforniaHolidays.standard().holidaysIn(2022)).contains(christmas);
    assertThat(FRIDAY.holidaysIn(2022)).contains(christmas);
    assertThat(dates(CaliforniaHolidays.standard(), 2022))
        .doesNotContain(LocalDate.of(2022, 12, 25));
  }

  @Test
  void new_years_day_on_a_saturday_is_observed_on_december_31_of_the_year_before() {
    // 2022-01-01 is a Saturday.
    assertThat(FRIDAY.holidaysIn(2021))
        .contains(new Holiday(LocalDate.of(2021, 12, 31), "New Year's Day (observed)"));
    assertThat(FRIDAY.holidaysIn(2022))
        .extracting(Holiday::name)
        .noneMatch(n -> n.startsWith("New Year"));
  }

  @Test
  void juneteenth_is_a_holiday_from_2023_on() {
    assertThat(dates(CaliforniaHolidays.standard(), 2022))
        .doesNotContain(LocalDate.of(2022, 6, 19));
    assertThat(CaliforniaHolidays.standard().holidaysIn(2023))
        .contains(new Holiday(LocalDate.of(2023, 6, 19), "Juneteenth"));
  }

  @Test
  void native_american_day_is_the_fourth_friday_of_september() {
    // September 2024 starts on a Sunday, 2025 on a Monday, 2023 on a Friday.
    assertThat(dates(CaliforniaHolidays.standard(), 2024)).contains(LocalDate.of(2024, 9, 27));
    assertThat(dates(CaliforniaHolidays.standard(), 2025)).contains(LocalDate.of(2025, 9, 26));
    assertThat(dates(CaliforniaHolidays.standard(), 2023)).contains(LocalDate.of(2023, 9, 22));
  }

  @Test
  void native_american_day_is_not_a_holiday_before_2022() {
    assertThat(CaliforniaHolidays.standard().holidaysIn(2021))
        .extracting(Holiday::name)
        .doesNotContain("Native American Day");
  }

  @Test
  void thanksgiving_is_the_fourth_thursday_even_in_a_month_with_five() {
    // November 2029 has five Thursdays (1, 8, 15, 22, 29).
    assertThat(CaliforniaHolidays.standard().holidaysIn(2029))
        .contains(
            new Holiday(LocalDate.of(2029, 11, 22), "Thanksgiving Day"),
            new Holiday(LocalDate.of(2029, 11, 23), "Day after Thanksgiving"));
  }

  @Test
  void memorial_day_is_the_last_monday_of_may() {
    // May 2026 has four Mondays (4, 11, 18, 25); May 2027 has five (3 ... 31).
    assertThat(dates(CaliforniaHolidays.standard(), 2026)).contains(LocalDate.of(2026, 5, 25));
    assertThat(dates(CaliforniaHolidays.standard(), 2027)).contains(LocalDate.of(2027, 5, 31));
  }
}
