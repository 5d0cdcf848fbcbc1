package dev.rightful.law;

import java.util.Optional;

/**
 * The clock a request runs on: how long the business has to respond, in which unit, under which
 * rule, and whether receipt must be confirmed and the time extended. Every response period lives
 * here and only here.
 */
public enum ResponseClock implements Vocabulary {
  // 7021(b): respond within 45 calendar days; 7021(a) confirmation and the extension apply
  FORTY_FIVE_CALENDAR_DAYS(
      "45-calendar-days", Deadline.Unit.CALENDAR_DAYS, 45, "7021(b)", true, true),
  // 7026(f)(1): stop selling or sharing within 15 business days of receipt
  OPT_OUT_FIFTEEN_BUSINESS_DAYS(
      "opt-out-15-business-days", Deadline.Unit.BUSINESS_DAYS, 15, "7026(f)(1)", false, false),
  // 7027(g)(1): stop using sensitive PI beyond the permitted purposes within 15 business days
  LIMIT_FIFTEEN_BUSINESS_DAYS(
      "limit-15-business-days", Deadline.Unit.BUSINESS_DAYS, 15, "7027(g)(1)", false, false),
  // 7221(n) [V2]: stop processing the consumer's information with the ADMT within 15 business days
  ADMT_OPT_OUT_FIFTEEN_BUSINESS_DAYS(
      "admt-opt-out-15-business-days", Deadline.Unit.BUSINESS_DAYS, 15, "7221(n)", false, false),
  // CC 1798.83(b)(1)(C): Shine the Light, respond within 30 days of receipt at a designated address
  SHINE_THE_LIGHT_THIRTY_DAYS(
      "30-calendar-days", Deadline.Unit.CALENDAR_DAYS, 30, "CC 1798.83(b)(1)(C)", false, false);

  private final String id;
  private final Deadline.Unit unit;
  private final int count;
  private final String citation;
  private final boolean confirmReceipt;
  private final boolean extendable;

  ResponseClock(
      String id,
      Deadline.Unit unit,
      int count,
      String citation,
      boolean confirmReceipt,
      boolean extendable) {
    this.id = id;
    this.unit = unit;
    this.count = count;
    this.citation = citation;
    this.confirmReceipt = confirmReceipt;
    this.extendable = extendable;
  }

  @Override
  public String id() {
    return id;
  }

  public Deadline.Unit unit() {
    return unit;
  }

  /** The number of days in {@link #unit()}. */
  public int count() {
    return count;
  }

  public String citation() {
    return citation;
  }

  /** Whether the business must confirm receipt (7021(a)). */
  public boolean confirmsReceipt() {
    return confirmReceipt;
  }

  /** Whether one extension may be taken (7021(b); CC 1798.145(i)(1)). */
  public boolean extendable() {
    return extendable;
  }

  public static Optional<ResponseClock> fromId(String id) {
    return Vocabulary.parse(ResponseClock.class, id);
  }
}
