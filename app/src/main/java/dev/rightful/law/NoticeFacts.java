package dev.rightful.law;

import java.time.LocalDate;

/**
 * The numbers of law a CCPA notice states about how requests are handled and about minors. Each is
 * fixed by the statute or regulations; the notice prints them, it does not choose them.
 */
public final class NoticeFacts {
  private NoticeFacts() {}

  /** Business days to confirm receipt of a request to know, delete or correct (7021(a)). */
  public static final int CONFIRM_RECEIPT_WITHIN_BUSINESS_DAYS = 10;

  /**
   * Calendar days to respond, counted from the day the request is received (CC 1798.130(a)(2)(A);
   * 7021(b)).
   */
  public static final int RESPOND_WITHIN_DAYS = 45;

  /**
   * Calendar days of the one extension allowed, with notice and reasons within the first 45 (CC
   * 1798.145(i)(1); 7021(b)).
   */
  public static final int EXTENSION_DAYS = 45;

  /**
   * How many responses to requests to know a business owes one consumer in 12 months (CC
   * 1798.130(b)).
   */
  public static final int MAX_KNOW_RESPONSES_PER_12_MONTHS = 2;

  /** The months a response to a request to know covers by default (CC 1798.130(a)(2)(B)). */
  public static final int LOOKBACK_MONTHS = 12;

  /**
   * The earliest date a consumer may ask a response to reach back to (CC 1798.130(a)(2)(B);
   * 7024(h)).
   */
  public static final LocalDate LOOKBACK_EARLIEST = LocalDate.of(2022, 1, 1);

  /**
   * Below this age, personal information is sold or shared only with opt-in consent (CC
   * 1798.120(c)).
   */
  public static final int MINORS_OPT_IN_UNDER_AGE = 16;

  /**
   * Below this age, a parent or guardian gives that consent instead of the consumer (CC
   * 1798.120(c); 7070).
   */
  public static final int PARENTAL_CONSENT_UNDER_AGE = 13;

  /** The longest a privacy policy may go without review and update (CC 1798.130(a)(5)). */
  public static final int MAX_REVIEW_MONTHS = 12;
}
