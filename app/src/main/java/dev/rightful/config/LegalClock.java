package dev.rightful.config;

import dev.rightful.law.BusinessCalendar;
import dev.rightful.law.CaliforniaHolidays;
import dev.rightful.law.Deadlines;
import dev.rightful.law.HolidayTable;
import dev.rightful.law.HolidayTableException;
import dev.rightful.law.HolidayTableMode;
import dev.rightful.law.SaturdayObservance;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The legal clock settings resolved from configuration: the business's time zone and the deadline
 * calendar. Immutable and thread-safe.
 */
public record LegalClock(ZoneId zone, Deadlines deadlines) {

  /** The defaults: Pacific time, California holidays, receipt day counted as day 1. */
  public static LegalClock standard() {
    return new LegalClock(ZoneId.of("America/Los_Angeles"), Deadlines.standard());
  }

  public static LegalClock from(Config config) {
    ZoneId zone = zone(config);
    String dayOne = config.get(Options.RECEIPT_DAY_IS_DAY_ONE);
    if (!dayOne.equals("true") && !dayOne.equals("false")) {
      throw new ConfigException(
          config.describe(Options.RECEIPT_DAY_IS_DAY_ONE) + " must be true or false");
    }
    SaturdayObservance saturday =
        SaturdayObservance.fromId(config.get(Options.SATURDAY_HOLIDAYS))
            .orElseThrow(
                () ->
                    new ConfigException(
                        config.describe(Options.SATURDAY_HOLIDAYS)
                            + " must be not-observed or preceding-friday"));
    BusinessCalendar calendar =
        BusinessCalendar.of(CaliforniaHolidays.withSaturdayObservance(saturday));
    var file = config.find(Options.HOLIDAYS_FILE);
    if (file.isPresent()) {
      HolidayTableMode mode =
          HolidayTableMode.fromId(config.get(Options.HOLIDAYS_MODE))
              .orElseThrow(
                  () ->
                      new ConfigException(
                          config.describe(Options.HOLIDAYS_MODE) + " must be add or replace"));
      try (Reader reader = Files.newBufferedReader(Path.of(file.get()))) {
        calendar = calendar.with(HolidayTable.parse(reader), mode);
      } catch (IOException e) {
        throw new ConfigException(
            "cannot read " + config.describe(Options.HOLIDAYS_FILE) + ": " + e.getMessage());
      } catch (HolidayTableException e) {
        throw new ConfigException(config.describe(Options.HOLIDAYS_FILE) + ": " + e.getMessage());
      }
    }
    return new LegalClock(
        zone,
        Deadlines.standard()
            .withCalendar(calendar)
            .withCountReceiptDayAsDayOne(Boolean.parseBoolean(dayOne)));
  }

  /** The business time zone alone, for commands that count dates but no deadlines. */
  public static ZoneId zone(Config config) {
    try {
      return ZoneId.of(config.get(Options.BUSINESS_TIMEZONE));
    } catch (DateTimeException e) {
      throw new ConfigException(
          config.describe(Options.BUSINESS_TIMEZONE)
              + " is not a time zone id such as America/Los_Angeles");
    }
  }
}
