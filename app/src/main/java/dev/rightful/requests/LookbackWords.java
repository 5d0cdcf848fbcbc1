package dev.rightful.requests;

import dev.rightful.law.Lookback;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The period a request to know covers, told to the consumer in plain words: the same sentences in
 * the receipt, on the status page, in the API and in the answer, so that none of them says less
 * than another. Stateless.
 */
public final class LookbackWords {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.US);

  private LookbackWords() {}

  /** "March 1, 2025 to March 1, 2026". */
  public static String period(Lookback lookback) {
    return date(lookback.from()) + " to " + date(lookback.to());
  }

  /**
   * What the answer holds: everything maintained today, and the events within the period (rule 20;
   * 7024(h)).
   */
  public static String covers(Lookback lookback) {
    return "Our answer covers the information we hold about you when we answer, such as your"
        + " profile and your accounts, and the records of events, such as calls, invoices and"
        + " visits to our website, from "
        + period(lookback)
        + ".";
  }

  /**
   * Which part of the period asked for is not covered, and why; {@code null} when it is covered as
   * asked.
   */
  public static String leftOut(Lookback lookback) {
    if (!lookback.clamped()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    if (lookback.startRaised()) {
      // CC 1798.130(a)(2)(B), 7024(h): nothing collected before 2022-01-01 need be disclosed.
      // The default period was not a date the consumer picked: say what reached back that far.
      text.append(
              lookback.scope() == Lookback.Scope.LAST_12_MONTHS
                  ? "The 12 months before your request reach back to "
                  : "You asked for information from ")
          .append(date(lookback.askedFrom()))
          .append(". Records of events from before ")
          .append(date(Lookback.EARLIEST))
          .append(" are not included, because California law gives the right to know only about")
          .append(" information collected from that day on (Cal. Civ. Code 1798.130(a)(2)(B)).");
    }
    if (lookback.endLowered()) {
      text.append(text.isEmpty() ? "" : " ")
          .append("You asked for information up to ")
          .append(date(lookback.askedTo()))
          .append(". Records of events after ")
          .append(date(lookback.to()))
          .append(", the day we received your request, are not included, because a request")
          .append(" covers what was collected up to the day it was made.");
    }
    return text.toString();
  }

  /** {@link #covers} and, where part of the period asked for is not covered, {@link #leftOut}. */
  public static String told(Lookback lookback) {
    String leftOut = leftOut(lookback);
    return leftOut == null ? covers(lookback) : covers(lookback) + " " + leftOut;
  }

  private static String date(LocalDate date) {
    return DATE.format(date);
  }
}
