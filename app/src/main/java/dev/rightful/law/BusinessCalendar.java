package dev.rightful.law;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A business calendar: Monday to Friday, less the holidays of its sources. Immutable and
 * thread-safe (holidays are computed once per year and memoized in a concurrent map).
 *
 * <p>"Business day" is not defined by the regulations [U]; the default is {@link
 * CaliforniaHolidays#standard()}. Counting starts after the given day: the first business day
 * strictly after {@code start} is business day 1, whether or not {@code start} is itself one.
 */
public final class BusinessCalendar {

  private static final BusinessCalendar CALIFORNIA =
      new BusinessCalendar(List.of(CaliforniaHolidays.standard()));

  private final List<HolidaySource> sources;
  private final Map<Integer, Map<LocalDate, Holiday>> byYear = new ConcurrentHashMap<>();

  private BusinessCalendar(List<HolidaySource> sources) {
    this.sources = List.copyOf(sources);
  }

  /** Monday to Friday less the California holidays, Saturday holidays not moved. */
  public static BusinessCalendar california() {
    return CALIFORNIA;
  }

  /** Monday to Friday less the holidays of the given sources (none: weekends only). */
  public static BusinessCalendar of(HolidaySource... sources) {
    return new BusinessCalendar(List.of(sources));
  }

  /** This calendar with a custom table added to its holidays, or replacing them. */
  public BusinessCalendar with(HolidayTable table, HolidayTableMode mode) {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(mode, "mode");
    List<HolidaySource> next = new ArrayList<>();
    if (mode == HolidayTableMode.ADD) {
      next.addAll(sources);
    }
    next.add(table);
    return new BusinessCalendar(next);
  }

  public boolean isBusinessDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
  }

  public boolean isHoliday(LocalDate date) {
    return holidayMap(date.getYear()).containsKey(date);
  }

  /** The holiday observed on {@code date}, if any. */
  public Optional<Holiday> findHoliday(LocalDate date) {
    return Optional.ofNullable(holidayMap(date.getYear()).get(date));
  }

  /** The holidays observed in {@code year}, ordered by date. */
  public List<Holiday> holidaysIn(int year) {
    return holidayMap(year).values().stream().sorted(Comparator.comparing(Holiday::date)).toList();
  }

  /**
   * The {@code days}-th business day after {@code start}; {@code start} itself for 0. Strictly
   * increasing in {@code days}, and always a business day when {@code days > 0}.
   */
  public LocalDate addBusinessDays(LocalDate start, int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate date = start;
    for (int counted = 0; counted < days; ) {
      date = date.plusDays(1);
      if (isBusinessDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /**
   * The number of business days in {@code (from, to]}; negative when {@code to} is before {@code
   * from}. Inverts {@link #addBusinessDays}: {@code businessDaysBetween(d, addBusinessDays(d, n))
   * == n}.
   */
  public long businessDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -businessDaysBetween(to, from);
    }
    long count = 0;
    for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
      if (isBusinessDay(date)) {
        count++;
      }
    }
    return count;
  }

  private Map<LocalDate, Holiday> holidayMap(int year) {
    return byYear.computeIfAbsent(year, this::collect);
  }

  private Map<LocalDate, Holiday> collect(int year) {
    Map<LocalDate, Holiday> holidays = new HashMap<>();
    for (HolidaySource source : sources) {
      for (Holiday holiday : source.holidaysIn(year)) {
        holidays.putIfAbsent(holiday.date(), holiday);
      }
    }
    return Map.copyOf(holidays);
  }
}
