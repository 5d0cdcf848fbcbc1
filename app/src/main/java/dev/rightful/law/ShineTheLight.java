package dev.rightful.law;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;

/**
 * California's Shine the Light law (CC 1798.83; rule 46): which calendar year an answer covers, and
 * the once-a-year limit. Its 30-day clock is {@link ResponseClock#SHINE_THE_LIGHT_THIRTY_DAYS}.
 * Stateless and thread-safe.
 */
public final class ShineTheLight {

  private ShineTheLight() {}

  /** Whether the business must answer, and if not, the first day the customer may ask again. */
  public record Decision(boolean mustRespond, LocalDate mayAskAgainOn) {
    static final Decision RESPOND = new Decision(true, null);
  }

  /**
   * The year whose disclosures an answer to a request received on {@code received} lists: the one
   * before the year of receipt (CC 1798.83(a), "the immediately preceding calendar year").
   */
  public static Year coveredYear(LocalDate received) {
    return Year.of(received.getYear()).minusYears(1);
  }

  /**
   * Decides a request received on {@code received}, given the receipt dates of the customer's
   * earlier requests that were answered. A business need answer only once in a calendar year (CC
   * 1798.83(b)); dates after {@code received} are ignored.
   */
  public static Decision decide(LocalDate received, Collection<LocalDate> earlierAnswered) {
    boolean answeredThisYear =
        earlierAnswered.stream()
            .anyMatch(
                earlier -> !earlier.isAfter(received) && earlier.getYear() == received.getYear());
    return answeredThisYear ? new Decision(false, nextYearStarts(received)) : Decision.RESPOND;
  }

  /** January 1 after {@code received}: when a customer answered that year may ask again. */
  public static LocalDate nextYearStarts(LocalDate received) {
    return LocalDate.of(received.getYear() + 1, 1, 1);
  }

  /**
   * Whether disclosures that began on {@code since} and ended on {@code until} (either null: open)
   * took place during {@code year}: the two periods share at least one day.
   */
  public static boolean disclosedDuring(Year year, LocalDate since, LocalDate until) {
    boolean startedInTime = since == null || !since.isAfter(year.atMonth(12).atEndOfMonth());
    boolean lastedLongEnough = until == null || !until.isBefore(year.atDay(1));
    return startedInTime && lastedLongEnough;
  }
}
