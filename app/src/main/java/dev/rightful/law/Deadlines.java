package dev.rightful.law;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The legal clocks of a request: when receipt must be confirmed, when the response is due, and
 * whether an extension may move it. Immutable and thread-safe; settings are changed by copying
 * ({@link #withCalendar}, {@link #withCountReceiptDayAsDayOne}).
 *
 * <p>Every date here is a function of the request type and the day the request was received, and of
 * nothing else: no method takes a verification date or state, so time spent verifying can never
 * pause or restart a clock (7021(b); CC 1798.130(a)(2)(A)).
 */
public final class Deadlines {

  // 7021(a): confirm receipt within 10 business days
  private static final int CONFIRM_RECEIPT_BUSINESS_DAYS = 10;
  private static final String CONFIRM_RECEIPT_CITATION = "7021(a)";
  // 7021(b), CC 1798.145(i)(1): one extension of up to 45 more days, noticed within the first 45
  private static final int MAX_EXTENSION_DAYS = 45;
  private static final String EXTENSION_CITATION = "7021(b); CC 1798.145(i)(1)";

  private static final Deadlines STANDARD = new Deadlines(BusinessCalendar.california(), true);

  private final BusinessCalendar calendar;
  private final boolean countReceiptDayAsDayOne;

  private Deadlines(BusinessCalendar calendar, boolean countReceiptDayAsDayOne) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.countReceiptDayAsDayOne = countReceiptDayAsDayOne;
  }

  /** The California calendar, with the day of receipt counted as day 1. */
  public static Deadlines standard() {
    return STANDARD;
  }

  public Deadlines withCalendar(BusinessCalendar calendar) {
    return new Deadlines(calendar, countReceiptDayAsDayOne);
  }

  /**
   * Whether a calendar-day period counts the day of receipt as day 1 (the conservative reading of
   * 7021(b), "begin on the day the business receives the request"; default) or starts the next day.
   * Business-day periods always start on the first business day after receipt.
   */
  public Deadlines withCountReceiptDayAsDayOne(boolean countReceiptDayAsDayOne) {
    return new Deadlines(calendar, countReceiptDayAsDayOne);
  }

  public BusinessCalendar calendar() {
    return calendar;
  }

  public boolean countReceiptDayAsDayOne() {
    return countReceiptDayAsDayOne;
  }

  /** The last day to confirm receipt, for the request types that need it (7021(a)). */
  public Optional<Deadline> acknowledgeBy(RequestType type, LocalDate received) {
    if (!type.clock().confirmsReceipt()) {
      return Optional.empty();
    }
    return Optional.of(
        new Deadline(
            calendar.addBusinessDays(received, CONFIRM_RECEIPT_BUSINESS_DAYS),
            Deadline.Unit.BUSINESS_DAYS,
            CONFIRM_RECEIPT_BUSINESS_DAYS,
            CONFIRM_RECEIPT_CITATION));
  }

  /** The last day to respond, before any extension. */
  public Deadline dueBy(RequestType type, LocalDate received) {
    ResponseClock clock = type.clock();
    LocalDate date =
        switch (clock.unit()) {
          case CALENDAR_DAYS -> plusCalendarDays(received, clock.count());
          case BUSINESS_DAYS -> calendar.addBusinessDays(received, clock.count());
        };
    return new Deadline(date, clock.unit(), clock.count(), clock.citation());
  }

  /** The latest the response can be due after the one extension, if the type allows one. */
  public Optional<Deadline> latestExtendedDueBy(RequestType type, LocalDate received) {
    if (!type.clock().extendable()) {
      return Optional.empty();
    }
    return Optional.of(extended(dueBy(type, received), MAX_EXTENSION_DAYS));
  }

  /**
   * Decides a proposed extension. {@code earlier} holds the extensions already granted for this
   * request (empty for none); only one is allowed.
   */
  public ExtensionOutcome extend(
      RequestType type, LocalDate received, List<Extension> earlier, Extension proposed) {
    Optional<ExtensionRefusal> refusal = refusal(type, received, earlier, proposed);
    if (refusal.isPresent()) {
      return new ExtensionOutcome.Refused(refusal.get());
    }
    return new ExtensionOutcome.Granted(
        proposed, extended(dueBy(type, received), proposed.additionalDays()));
  }

  private Optional<ExtensionRefusal> refusal(
      RequestType type, LocalDate received, List<Extension> earlier, Extension proposed) {
    if (!type.clock().extendable()) {
      return Optional.of(ExtensionRefusal.NOT_EXTENDABLE);
    }
    if (!earlier.isEmpty()) {
      return Optional.of(ExtensionRefusal.ALREADY_EXTENDED);
    }
    if (proposed.reason() == null || proposed.reason().isBlank()) {
      return Optional.of(ExtensionRefusal.REASON_MISSING);
    }
    if (proposed.additionalDays() < 1 || proposed.additionalDays() > MAX_EXTENSION_DAYS) {
      return Optional.of(ExtensionRefusal.DAYS_OUT_OF_RANGE);
    }
    if (proposed.noticeDate().isBefore(received)) {
      return Optional.of(ExtensionRefusal.NOTICE_BEFORE_RECEIPT);
    }
    if (proposed.noticeDate().isAfter(dueBy(type, received).date())) {
      return Optional.of(ExtensionRefusal.NOTICE_TOO_LATE);
    }
    return Optional.empty();
  }

  private static Deadline extended(Deadline original, int additionalDays) {
    return new Deadline(
        original.date().plusDays(additionalDays),
        Deadline.Unit.CALENDAR_DAYS,
        original.count() + additionalDays,
        EXTENSION_CITATION);
  }

  private LocalDate plusCalendarDays(LocalDate received, int days) {
    return countReceiptDayAsDayOne ? received.plusDays(days - 1L) : received.plusDays(days);
  }
}
