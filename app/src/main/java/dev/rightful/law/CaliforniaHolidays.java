package dev.rightful.law;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * The California holidays on which state courts close, computed by rule for any year. Immutable and
 * thread-safe.
 *
 * <p>The set is the judicial holidays of CCP 135: the full-day holidays of Gov Code 6700 except
 * Admission Day and Columbus Day (and, per secondary sources, Lunar New Year and Genocide
 * Remembrance Day), plus the day after Thanksgiving. State offices close on fewer days (Gov Code
 * 19853 makes Lincoln's Birthday, Juneteenth and Native American Day elective for state staff); an
 * operator who wants that calendar supplies a {@link HolidayTable}.
 */
public final class CaliforniaHolidays implements HolidaySource {

  private record Rule(String name, int firstYear, IntFunction<LocalDate> date, boolean fixed) {}

  private static final int ALWAYS = Integer.MIN_VALUE;

  private static final List<Rule> RULES =
      List.of(
          // Gov Code 6700: January 1
          fixed("New Year's Day", ALWAYS, Month.JANUARY, 1),
          // Gov Code 6700: the third Monday in January
          moving("Martin Luther King Jr. Day", y -> nth(y, Month.JANUARY, 3, DayOfWeek.MONDAY)),
          // Gov Code 6700: February 12, "Lincoln Day"
          fixed("Lincoln's Birthday", ALWAYS, Month.FEBRUARY, 12),
          // Gov Code 6700: the third Monday in February
          moving("Washington's Birthday", y -> nth(y, Month.FEBRUARY, 3, DayOfWeek.MONDAY)),
          // Gov Code 6700: March 31
          fixed("César Chávez Day", ALWAYS, Month.MARCH, 31),
          // Gov Code 6700: the last Monday in May
          moving("Memorial Day", y -> last(y, Month.MAY, DayOfWeek.MONDAY)),
          // Gov Code 6700, CCP 135: June 19, added by AB 1655 (Stats. 2022, ch. 753) from 2023
          fixed("Juneteenth", 2023, Month.JUNE, 19),
          // Gov Code 6700: July 4
          fixed("Independence Day", ALWAYS, Month.JULY, 4),
          // Gov Code 6700: the first Monday in September
          moving("Labor Day", y -> nth(y, Month.SEPTEMBER, 1, DayOfWeek.MONDAY)),
          // Gov Code 6700: fourth Friday in September; CCP 135 since AB 855 (2021, ch. 283): 2022
          moving("Native American Day", 2022, y -> nth(y, Month.SEPTEMBER, 4, DayOfWeek.FRIDAY)),
          // Gov Code 6700: November 11
          fixed("Veterans Day", ALWAYS, Month.NOVEMBER, 11),
          // Gov Code 6700 (appointed by the President), CCP 135: fourth Thursday in November
          moving("Thanksgiving Day", CaliforniaHolidays::thanksgiving),
          // CCP 135: the day after Thanksgiving Day
          moving("Day after Thanksgiving", y -> thanksgiving(y).plusDays(1)),
          // Gov Code 6700: December 25
          fixed("Christmas Day", ALWAYS, Month.DECEMBER, 25));

  private static final CaliforniaHolidays STANDARD =
      new CaliforniaHolidays(SaturdayObservance.NOT_OBSERVED);

  private final SaturdayObservance saturday;

  private CaliforniaHolidays(SaturdayObservance saturday) {
    this.saturday = Objects.requireNonNull(saturday, "saturday");
  }

  /** The default rules: a Saturday holiday is not moved to Friday. */
  public static CaliforniaHolidays standard() {
    return STANDARD;
  }

  /** The rules with the given treatment of Saturday holidays. */
  public static CaliforniaHolidays withSaturdayObservance(SaturdayObservance saturday) {
    return new CaliforniaHolidays(saturday);
  }

  public SaturdayObservance saturdayObservance() {
    return saturday;
  }

  @Override
  public List<Holiday> holidaysIn(int year) {
    List<Holiday> holidays = new ArrayList<>();
    // A New Year's Day on Saturday may be observed on December 31 of the year before.
    for (int nominalYear = year; nominalYear <= year + 1; nominalYear++) {
      for (Rule rule : RULES) {
        if (nominalYear < rule.firstYear()) {
          continue;
        }
        Holiday holiday = observed(rule, rule.date().apply(nominalYear));
        if (holiday.date().getYear() == year) {
          holidays.add(holiday);
        }
      }
    }
    holidays.sort(Comparator.comparing(Holiday::date));
    return List.copyOf(holidays);
  }

  private Holiday observed(Rule rule, LocalDate nominal) {
    if (!rule.fixed()) {
      return new Holiday(nominal, rule.name());
    }
    DayOfWeek day = nominal.getDayOfWeek();
    // Gov Code 6701, 19853(b): a holiday on a Sunday is observed the following Monday
    if (day == DayOfWeek.SUNDAY) {
      return new Holiday(nominal.plusDays(1), rule.name() + " (observed)");
    }
    if (day == DayOfWeek.SATURDAY && saturday == SaturdayObservance.PRECEDING_FRIDAY) {
      return new Holiday(nominal.minusDays(1), rule.name() + " (observed)");
    }
    return new Holiday(nominal, rule.name());
  }

  /** A holiday on the same date every year, moved when it falls on a weekend. */
  private static Rule fixed(String name, int firstYear, Month month, int day) {
    return new Rule(name, firstYear, y -> LocalDate.of(y, month, day), true);
  }

  /** A holiday defined by weekday (so never on a weekend), in force in every year. */
  private static Rule moving(String name, IntFunction<LocalDate> date) {
    return moving(name, ALWAYS, date);
  }

  /** A holiday defined by weekday, in force from {@code firstYear}. */
  private static Rule moving(String name, int firstYear, IntFunction<LocalDate> date) {
    return new Rule(name, firstYear, date, false);
  }

  private static LocalDate nth(int year, Month month, int ordinal, DayOfWeek day) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(ordinal, day));
  }

  private static LocalDate last(int year, Month month, DayOfWeek day) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(day));
  }

  private static LocalDate thanksgiving(int year) {
    return nth(year, Month.NOVEMBER, 4, DayOfWeek.THURSDAY);
  }
}
