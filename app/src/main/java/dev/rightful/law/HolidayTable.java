package dev.rightful.law;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A holiday table an operator writes by hand: one {@code YYYY-MM-DD name} per line, blank lines and
 * {@code #} comments ignored. Immutable and thread-safe.
 *
 * <pre>
 * # company shutdown
 * 2026-12-24 Christmas Eve
 * 2026-12-31 New Year's Eve   # half day, closed anyway
 * </pre>
 *
 * <p>Dates are taken as written: no observance rule is applied. A table that replaces the default
 * must list every year the business processes; a missing year simply has no holidays, which can
 * only make business-day deadlines earlier.
 */
public final class HolidayTable implements HolidaySource {

  private static final Pattern LINE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:\\s+(.*))?");

  private final List<Holiday> holidays;

  private HolidayTable(List<Holiday> holidays) {
    this.holidays = List.copyOf(holidays);
  }

  /** Parses a table given as text; throws {@link HolidayTableException} on the first bad line. */
  public static HolidayTable parse(String text) {
    return parse(new StringReader(text));
  }

  /** Parses a table from a reader, which the caller closes. */
  public static HolidayTable parse(Reader reader) {
    List<Holiday> holidays = new ArrayList<>();
    Map<LocalDate, Integer> seenOn = new HashMap<>();
    BufferedReader lines = new BufferedReader(reader);
    int number = 0;
    try {
      for (String raw = lines.readLine(); raw != null; raw = lines.readLine()) {
        number++;
        String line = stripComment(raw).strip();
        if (line.isEmpty()) {
          continue;
        }
        Holiday holiday = parseLine(number, line);
        Integer earlier = seenOn.putIfAbsent(holiday.date(), number);
        if (earlier != null) {
          throw new HolidayTableException(
              number, holiday.date() + " is already listed on line " + earlier);
        }
        holidays.add(holiday);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    holidays.sort(Comparator.comparing(Holiday::date));
    return new HolidayTable(holidays);
  }

  private static Holiday parseLine(int number, String line) {
    Matcher matcher = LINE.matcher(line);
    if (!matcher.matches()) {
      throw new HolidayTableException(number, "expected 'YYYY-MM-DD name', found '" + line + "'");
    }
    String name = matcher.group(2);
    if (name == null || name.isBlank()) {
      throw new HolidayTableException(
          number, "the holiday on " + matcher.group(1) + " needs a name");
    }
    try {
      return new Holiday(LocalDate.parse(matcher.group(1)), name.strip());
    } catch (DateTimeException e) {
      throw new HolidayTableException(number, "'" + matcher.group(1) + "' is not a calendar date");
    }
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  /** Every holiday in the table, ordered by date. */
  public List<Holiday> holidays() {
    return holidays;
  }

  @Override
  public List<Holiday> holidaysIn(int year) {
    return holidays.stream().filter(h -> h.date().getYear() == year).toList();
  }
}
