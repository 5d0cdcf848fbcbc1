package dev.rightful.law;

import java.util.List;

/**
 * A source of holidays by year: the built-in California rules or a table an operator supplies.
 * Implementations must be immutable and thread-safe.
 */
public interface HolidaySource {
  /** The holidays observed in {@code year}, ordered by date. */
  List<Holiday> holidaysIn(int year);
}
