package dev.rightful.law;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The period a response to a request to know covers, both ends inclusive. Immutable and
 * thread-safe.
 *
 * <p>By default the 12 months before receipt; on request everything since 2022-01-01 or a range the
 * consumer picks (7020, 7024(h); CC 1798.130(a)(2)(B)). No period starts before 2022-01-01 or ends
 * after receipt; {@code askedFrom} and {@code askedTo} keep what the consumer asked for, so that
 * the part left out can be told (rule 20).
 */
public record Lookback(
    LocalDate from, LocalDate to, Scope scope, LocalDate askedFrom, LocalDate askedTo) {

  // CC 1798.130(a)(2)(B), 7024(h): nothing collected before January 1, 2022 need be disclosed
  public static final LocalDate EARLIEST = LocalDate.of(2022, 1, 1);
  // CC 1798.130(a)(2)(B): by default the 12 months preceding receipt
  private static final int DEFAULT_MONTHS = 12;

  /** What the consumer asked the period to be. */
  public enum Scope implements Vocabulary {
    LAST_12_MONTHS("last-12-months"),
    ALL("all"),
    RANGE("range");

    private final String id;

    Scope(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    public static Optional<Scope> fromId(String id) {
      return Vocabulary.parse(Scope.class, id);
    }
  }

  public Lookback {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(scope, "scope");
    askedFrom = askedFrom == null ? from : askedFrom;
    askedTo = askedTo == null ? to : askedTo;
    if (from.isBefore(EARLIEST)) {
      throw new IllegalArgumentException(
          "a lookback cannot start before " + EARLIEST + ": " + from);
    }
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "a lookback cannot end (" + to + ") before it starts (" + from + ")");
    }
  }

  /** A period exactly as asked: nothing was left out. */
  public Lookback(LocalDate from, LocalDate to, Scope scope) {
    this(from, to, scope, from, to);
  }

  /** The 12 months before {@code received}, through the day of receipt. */
  public static Lookback defaultFor(LocalDate received) {
    return of(received.minusMonths(DEFAULT_MONTHS), received, received, Scope.LAST_12_MONTHS);
  }

  /** Everything from 2022-01-01 through the day of receipt. */
  public static Lookback allSince2022(LocalDate received) {
    return of(EARLIEST, received, received, Scope.ALL);
  }

  /**
   * The range the consumer asked for, its start raised to 2022-01-01 and its end lowered to the day
   * of receipt where needed; a range left empty by that is rejected.
   */
  public static Lookback range(LocalDate start, LocalDate end, LocalDate received) {
    return of(start, end, received, Scope.RANGE);
  }

  private static Lookback of(LocalDate start, LocalDate end, LocalDate received, Scope scope) {
    LocalDate from = start.isBefore(EARLIEST) ? EARLIEST : start;
    LocalDate to = end.isAfter(received) ? received : end;
    return new Lookback(from, to, scope, start, end);
  }

  /** Whether the period covered differs from the one asked for. */
  public boolean clamped() {
    return startRaised() || endLowered();
  }

  /** The consumer asked for a start before 2022-01-01, which the period does not reach. */
  public boolean startRaised() {
    return from.isAfter(askedFrom);
  }

  /** The consumer asked for an end after the day of receipt, which the period does not reach. */
  public boolean endLowered() {
    return to.isBefore(askedTo);
  }

  public boolean covers(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }
}
