package dev.rightful.requests;

import dev.rightful.law.Lookback;
import dev.rightful.web.Translator;
import java.time.LocalDate;

/**
 * The period a request to know covers, told to the consumer in plain words: the same sentences in
 * the receipt, on the status page, in the API and in the answer, so that none of them says less
 * than another. Stateless.
 */
public final class LookbackWords {
  private LookbackWords() {}

  private static Translator english() {
    return Translator.of(Translator.ENGLISH);
  }

  /** "March 1, 2025 to March 1, 2026". */
  public static String period(Lookback lookback) {
    return period(lookback, english());
  }

  /** As {@link #period(Lookback)}, in the language of {@code t}. */
  public static String period(Lookback lookback, Translator t) {
    return t.t("lookback.period", date(lookback.from(), t), date(lookback.to(), t));
  }

  /**
   * What the answer holds: everything maintained today, and the events within the period (rule 20;
   * 7024(h)).
   */
  public static String covers(Lookback lookback) {
    return covers(lookback, english());
  }

  /** As {@link #covers(Lookback)}, in the language of {@code t}. */
  public static String covers(Lookback lookback, Translator t) {
    return t.t("lookback.covers", period(lookback, t));
  }

  /**
   * Which part of the period asked for is not covered, and why; {@code null} when it is covered as
   * asked.
   */
  public static String leftOut(Lookback lookback) {
    return leftOut(lookback, english());
  }

  /** As {@link #leftOut(Lookback)}, in the language of {@code t}. */
  public static String leftOut(Lookback lookback, Translator t) {
    if (!lookback.clamped()) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    if (lookback.startRaised()) {
      // CC 1798.130(a)(2)(B), 7024(h): nothing collected before 2022-01-01 need be disclosed.
      // The default period was not a date the consumer picked: say what reached back that far.
      text.append(
          t.t(
              lookback.scope() == Lookback.Scope.LAST_12_MONTHS
                  ? "lookback.start-raised.default"
                  : "lookback.start-raised.asked",
              date(lookback.askedFrom(), t),
              date(Lookback.EARLIEST, t)));
    }
    if (lookback.endLowered()) {
      text.append(text.isEmpty() ? "" : " ")
          .append(t.t("lookback.end-lowered", date(lookback.askedTo(), t), date(lookback.to(), t)));
    }
    return text.toString();
  }

  /** {@link #covers} and, where part of the period asked for is not covered, {@link #leftOut}. */
  public static String told(Lookback lookback) {
    return told(lookback, english());
  }

  /** As {@link #told(Lookback)}, in the language of {@code t}. */
  public static String told(Lookback lookback, Translator t) {
    String leftOut = leftOut(lookback, t);
    return leftOut == null ? covers(lookback, t) : covers(lookback, t) + " " + leftOut;
  }

  private static String date(LocalDate date, Translator t) {
    return t.format("format.short-date", date);
  }
}
