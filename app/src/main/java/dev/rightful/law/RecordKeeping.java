package dev.rightful.law;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;

/**
 * How long the records of a consumer request are kept after it closes: a whole number of months,
 * never fewer than 24. Immutable and thread-safe.
 *
 * <p>Months are counted on the calendar of the business's time zone, and a record goes only once
 * the whole period has passed: the cut-off on a day is the start of the same day that many months
 * earlier, and a request closed before it may be deleted. A request closed on 2024-03-15 is kept on
 * 2026-03-15 (exactly 24 months) and may go from 2026-03-16. One closed on 2024-02-29 is kept
 * through 2026-02-28 and may go from 2026-03-01, so a month end never shortens the period.
 *
 * @param months the keeping period in months, at least {@link #MINIMUM_MONTHS}
 */
public record RecordKeeping(int months) {

  // §7101(a): records of consumer requests and how the business responded are kept >= 24 months.
  public static final int MINIMUM_MONTHS = 24;

  public RecordKeeping {
    if (months < MINIMUM_MONTHS) {
      throw new IllegalArgumentException(
          "records of consumer requests are kept at least "
              + MINIMUM_MONTHS
              + " months (CCPA regulations §7101), not "
              + months);
    }
  }

  /** The shortest period the law allows: 24 months. */
  public static RecordKeeping minimum() {
    return new RecordKeeping(MINIMUM_MONTHS);
  }

  public Period period() {
    return Period.ofMonths(months);
  }

  /**
   * The instant before which a request must have closed for its records to be deleted on {@code
   * today}: the start of the day {@link #months} months before, in {@code zone}.
   */
  public Instant cutoff(LocalDate today, ZoneId zone) {
    return today.minusMonths(months).atStartOfDay(zone).toInstant();
  }

  /**
   * Whether the records of a request closed at {@code closedAt} may be deleted on {@code today}.
   */
  public boolean mayDelete(Instant closedAt, LocalDate today, ZoneId zone) {
    return closedAt.isBefore(cutoff(today, zone));
  }
}
