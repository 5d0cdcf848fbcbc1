package dev.rightful.console;

import dev.rightful.law.RequestType;
import dev.rightful.law.VerificationTier;
import dev.rightful.requests.RequesterKind;
import dev.rightful.requests.RightsRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Words and formats the console shows for stored values: request types in plain words, dates, times
 * in the business's zone, and where verification stands. Stateless and thread-safe.
 */
public final class Labels {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm z", Locale.US);
  private static final DateTimeFormatter SPOKEN =
      DateTimeFormatter.ofPattern("EEEE, MMMM d, uuuu", Locale.US);

  private Labels() {}

  /** What the consumer asked for, completing "a request …". */
  public static String type(RequestType type) {
    return switch (type) {
      case KNOW_CATEGORIES -> "to know the categories of information";
      case KNOW_SPECIFIC -> "to know specific pieces of information";
      case DELETE -> "to delete";
      case CORRECT -> "to correct";
      case OPT_OUT -> "to opt out of sale or sharing";
      case LIMIT_SENSITIVE -> "to limit the use of sensitive information";
      case DIRECT_MARKETING -> "for direct-marketing disclosures (Shine the Light)";
      case OPT_OUT_ADMT -> "to opt out of automated decisionmaking (ADMT)";
      case ACCESS_ADMT -> "to access information about automated decisionmaking (ADMT)";
    };
  }

  public static String requester(RequesterKind kind) {
    return switch (kind) {
      case CONSUMER -> "the consumer";
      case AUTHORIZED_AGENT -> "an authorized agent";
      case PARENT_OR_GUARDIAN -> "a parent or guardian";
    };
  }

  /** How the request will be verified, as staff say it on the call (7021(a)). */
  public static String verificationPlan(VerificationTier tier) {
    return switch (tier) {
      case NONE -> "This request needs no identity verification.";
      case REASONABLE ->
          "Before we answer, we will verify your identity by matching two pieces of information"
              + " you gave us against our records.";
      case REASONABLY_HIGH ->
          "Before we answer, we will verify your identity by matching three pieces of information"
              + " you gave us against our records, and ask you to sign a declaration under penalty"
              + " of perjury that you are the person the request is about.";
    };
  }

  /** A date as {@code 2027-01-12}; an empty string for none. */
  public static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  /** A date as said on the phone: {@code Tuesday, January 12, 2027}. */
  public static String spoken(LocalDate date) {
    return SPOKEN.format(date);
  }

  /** A moment in the business's zone, e.g. {@code 2026-11-29 09:00 PST}. */
  public static String time(OffsetDateTime time, ZoneId zone) {
    return time == null ? "" : TIME.format(time.atZoneSameInstant(zone));
  }

  /**
   * Where verification stands, in a few words: not needed (opt-out, limit: 7026, 7027(e)), done,
   * done to the lower tier and answered as categories (7024(a)), tried without success (or closed
   * without it), or not yet.
   */
  public static String verification(RightsRequest request) {
    if (!request.originalType().requiresVerification()) {
      return "not needed";
    }
    if (request.verifiedAt() != null) {
      return request.wasDowngraded() ? "verified (categories only)" : "verified";
    }
    if (request.dataPointsMatched() > 0 || !request.isOpen()) {
      return "not verified (" + request.dataPointsMatched() + " data points)";
    }
    return "pending";
  }
}
