package dev.rightful.law;

import java.util.Objects;
import java.util.Optional;

/**
 * A kind of consumer request Rightful handles, with the clock it runs on, whether it counts against
 * the two-know-responses limit, and how sure the business must be of the requester.
 */
public enum RequestType implements Vocabulary {
  // CC 1798.110; 7062(b): categories need a reasonable degree of certainty (2 data points)
  KNOW_CATEGORIES(
      "know-categories", ResponseClock.FORTY_FIVE_CALENDAR_DAYS, true, VerificationTier.REASONABLE),
  // CC 1798.110; 7062(c): specific pieces need 3 data points and a signed declaration
  KNOW_SPECIFIC(
      "know-specific",
      ResponseClock.FORTY_FIVE_CALENDAR_DAYS,
      true,
      VerificationTier.REASONABLY_HIGH),
  // CC 1798.105; 7062(d): tier set per category by the data map, by sensitivity and risk
  DELETE("delete", ResponseClock.FORTY_FIVE_CALENDAR_DAYS, false, VerificationTier.REASONABLE),
  // CC 1798.106; 7062(d): tier set per category by the data map, by sensitivity and risk
  CORRECT("correct", ResponseClock.FORTY_FIVE_CALENDAR_DAYS, false, VerificationTier.REASONABLE),
  // CC 1798.120; 7026, 7060(b): no verification for an opt-out of sale or sharing
  OPT_OUT("opt-out", ResponseClock.OPT_OUT_FIFTEEN_BUSINESS_DAYS, false, VerificationTier.NONE),
  // CC 1798.121; 7027(e): no verification for a request to limit
  LIMIT_SENSITIVE(
      "limit-sensitive", ResponseClock.LIMIT_FIFTEEN_BUSINESS_DAYS, false, VerificationTier.NONE),
  // 7221(n) [V2]: ADMT opt-out needs no verification (7060(b)) and is done in 15 business days
  OPT_OUT_ADMT(
      "opt-out-admt",
      ResponseClock.ADMT_OPT_OUT_FIFTEEN_BUSINESS_DAYS,
      false,
      VerificationTier.NONE),
  // 7222(b),(e) [V2]: ADMT access is verified as a request for specific pieces (7062(c)); it runs
  // on the 45-day clock of 7021(b) [U: 7222 read as keeping the ordinary response period]
  ACCESS_ADMT(
      "access-admt",
      ResponseClock.FORTY_FIVE_CALENDAR_DAYS,
      false,
      VerificationTier.REASONABLY_HIGH),
  // CC 1798.83: the statute asks for no verification [U]; it discloses recipients, not data
  DIRECT_MARKETING(
      "direct-marketing", ResponseClock.SHINE_THE_LIGHT_THIRTY_DAYS, false, VerificationTier.NONE);

  private final String id;
  private final ResponseClock clock;
  private final boolean know;
  private final VerificationTier tier;

  RequestType(String id, ResponseClock clock, boolean know, VerificationTier tier) {
    this.id = id;
    this.clock = clock;
    this.know = know;
    this.tier = tier;
  }

  @Override
  public String id() {
    return id;
  }

  public ResponseClock clock() {
    return clock;
  }

  /** Whether this is a request to know, limited to two responses per 12 months (CC 1798.130(b)). */
  public boolean isKnow() {
    return know;
  }

  public boolean requiresVerification() {
    return tier != VerificationTier.NONE;
  }

  /**
   * The verification tier when nothing raises it. For delete and correct the data map sets a tier
   * per category; this is the tier of an ordinary category.
   */
  public VerificationTier defaultVerificationTier() {
    return tier;
  }

  /** Whether the data map sets the tier per category (delete and correct, 7062(d)). */
  public boolean tierSetPerCategory() {
    return this == DELETE || this == CORRECT;
  }

  /** The default tier for data of {@code category}: per category for delete and correct. */
  public VerificationTier defaultVerificationTier(Category category) {
    Objects.requireNonNull(category, "category");
    return tierSetPerCategory() ? VerificationTier.defaultFor(category) : tier;
  }

  /**
   * Whether a signed declaration under penalty of perjury is required (7062(c)); from 2026 ADMT
   * access is verified to the same standard (7222(e) [V2]).
   */
  public boolean requiresSignedDeclaration() {
    return this == KNOW_SPECIFIC || this == ACCESS_ADMT;
  }

  /** Whether this request concerns automated decisionmaking technology (Art. 11, 7220-7222). */
  public boolean isAdmt() {
    return this == OPT_OUT_ADMT || this == ACCESS_ADMT;
  }

  public static Optional<RequestType> fromId(String id) {
    return Vocabulary.parse(RequestType.class, id);
  }
}
