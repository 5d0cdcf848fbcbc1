package dev.rightful.audit;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The calendar year a §7102 report covers, read from a {@code ?year=} parameter: by default the
 * previous calendar year, the one the report published by July 1 covers (7102(a)); otherwise a year
 * from 2020, when the CCPA took effect, to the current one. Stateless and thread-safe.
 */
public final class ReportYear {
  /** The first year with CCPA requests to count (CC 1798.198: operative January 1, 2020). */
  public static final int FIRST = 2020;

  private ReportYear() {}

  /** The year {@code text} names, or the default; empty with a bad or out-of-range year. */
  public static Optional<Integer> parse(String text, LocalDate today) {
    if (text == null || text.isBlank()) {
      return Optional.of(today.getYear() - 1);
    }
    if (!text.strip().matches("[0-9]{4}")) {
      return Optional.empty();
    }
    int year = Integer.parseInt(text.strip());
    return year >= FIRST && year <= today.getYear() ? Optional.of(year) : Optional.empty();
  }

  /** What is wrong with a year {@link #parse} refused. */
  public static String problem(LocalDate today) {
    return "must be a year from " + FIRST + " to " + today.getYear();
  }
}
