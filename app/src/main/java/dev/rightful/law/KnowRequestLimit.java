package dev.rightful.law;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Optional;

/**
 * The two-per-12-months limit on requests to know: a business need not answer a third within 12
 * months (CC 1798.130(b)). Stateless and thread-safe.
 *
 * <p>"12 months" is read as a fixed window of 365 days ending on the day of receipt: an earlier
 * request counts when it was received fewer than 365 days before. Across a February 29 this window
 * is one day shorter than 12 calendar months, so it never lets the business decline where the
 * calendar-month reading would not.
 */
public final class KnowRequestLimit {

  // CC 1798.130(b): no more than two know responses to the same consumer in a 12-month period
  private static final int ANSWERS_PER_WINDOW = 2;
  private static final int WINDOW_DAYS = 365;

  /** Whether the business must answer a request or may decline it. */
  public enum Decision implements Vocabulary {
    MUST_RESPOND("must-respond"),
    MAY_DECLINE("may-decline");

    private final String id;

    Decision(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    public static Optional<Decision> fromId(String id) {
      return Vocabulary.parse(Decision.class, id);
    }
  }

  private KnowRequestLimit() {}

  /**
   * Decides a request of {@code type} received on {@code received}, given the receipt dates of the
   * consumer's earlier know requests that were answered (of either know type; dates after {@code
   * received} are ignored). Requests that are not know requests are never limited.
   */
  public static Decision decide(
      RequestType type, LocalDate received, Collection<LocalDate> earlierKnowRequests) {
    if (!type.isKnow()) {
      return Decision.MUST_RESPOND;
    }
    long inWindow =
        earlierKnowRequests.stream()
            .filter(earlier -> !earlier.isAfter(received))
            .filter(earlier -> ChronoUnit.DAYS.between(earlier, received) < WINDOW_DAYS)
            .count();
    return inWindow >= ANSWERS_PER_WINDOW ? Decision.MAY_DECLINE : Decision.MUST_RESPOND;
  }
}
