package dev.rightful.law;

import java.time.LocalDate;
import java.time.Period;

/**
 * The ADMT rules of Article 11 that are dates and counts, in one place (RULES.md section 3).
 * Stateless; the response clocks and tiers of the two requests are in {@link RequestType}.
 */
public final class Admt {
  // 7200(b) [V2]: a use begun before 2027-01-01 must comply by that day; later uses from day one
  public static final LocalDate EXISTING_USES_COMPLY_BY = LocalDate.of(2027, 1, 1);
  // 7221 [V2]: wait at least 12 months before asking a consumer who opted out to opt back in
  public static final Period REASK_AFTER = Period.ofMonths(12);
  // 7222(j) [U]: after more than 4 access requests in 12 months the reply may be aggregate
  public static final int INDIVIDUAL_REPLIES_PER_YEAR = 4;

  private Admt() {}

  /** The day the Article 11 duties bind a use that started on {@code started}. */
  public static LocalDate compliesBy(LocalDate started) {
    return started.isBefore(EXISTING_USES_COMPLY_BY) ? EXISTING_USES_COMPLY_BY : started;
  }

  /**
   * Whether the opt-out must be offered for a use relying on {@code exception} (null for none): not
   * when an exception applies to the use's decision (7221(b)); then the appeal path or the
   * exception is named instead (7220).
   */
  public static boolean optOutOffered(AdmtException exception, SignificantDecision decision) {
    return exception == null || !exception.appliesTo(decision);
  }

  /** The first day the business may ask a consumer who opted out on {@code optedOut} to opt in. */
  public static LocalDate mayAskAgainFrom(LocalDate optedOut) {
    return optedOut.plus(REASK_AFTER);
  }

  /**
   * Whether the business may ask, on {@code today}, a consumer who opted out on {@code optedOut}.
   */
  public static boolean mayAskAgain(LocalDate optedOut, LocalDate today) {
    return !today.isBefore(mayAskAgainFrom(optedOut));
  }

  /**
   * Whether the reply to an access request received on {@code received} may be aggregate: the
   * consumer's answered ADMT access requests, received on {@code answered}, number at least four in
   * the 12 months up to it, so this is at least the fifth (7222(j) [U]).
   */
  public static boolean aggregateReplyAllowed(
      LocalDate received, java.util.Collection<LocalDate> answered) {
    LocalDate from = received.minusMonths(12);
    long inYear = answered.stream().filter(d -> d.isAfter(from) && !d.isAfter(received)).count();
    return inYear >= INDIVIDUAL_REPLIES_PER_YEAR;
  }
}
