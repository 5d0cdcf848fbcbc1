package dev.rightful.law.state;

import dev.rightful.law.Deadline;
import dev.rightful.law.Extension;
import dev.rightful.law.ExtensionOutcome;
import dev.rightful.law.ExtensionRefusal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The clocks of a jurisdiction's requests and appeals. Every state period is in calendar days from
 * receipt (STATES.md, "Counting days"): no weekend or holiday moves them. California's request-type
 * clocks, some in business days, stay with {@link dev.rightful.law.Deadlines}; for know, delete and
 * correct requests both give the same dates. Immutable and thread-safe.
 */
public final class StateDeadlines {
  private static final StateDeadlines STANDARD = new StateDeadlines(true);

  private final boolean countReceiptDayAsDayOne;

  private StateDeadlines(boolean countReceiptDayAsDayOne) {
    this.countReceiptDayAsDayOne = countReceiptDayAsDayOne;
  }

  /** The conservative reading: the day of receipt is day 1. */
  public static StateDeadlines standard() {
    return STANDARD;
  }

  /** With {@code false}, the literal reading: day 1 is the day after receipt. */
  public StateDeadlines withCountReceiptDayAsDayOne(boolean countReceiptDayAsDayOne) {
    return new StateDeadlines(countReceiptDayAsDayOne);
  }

  /** The last day to answer a request received on {@code received}, before any extension. */
  public Deadline dueBy(Jurisdiction jurisdiction, LocalDate received) {
    ResponseTerms terms = jurisdiction.response();
    return calendarDays(received, terms.days(), terms.citation());
  }

  /** The latest the answer can be due after the one extension. */
  public Deadline latestExtendedDueBy(Jurisdiction jurisdiction, LocalDate received) {
    ResponseTerms terms = jurisdiction.response();
    return calendarDays(received, terms.maximumDays(), terms.citation());
  }

  /**
   * Decides a proposed extension: one only, with a reason, of at most the state's extension days,
   * noticed no later than the last day of the first period.
   */
  public ExtensionOutcome extend(
      Jurisdiction jurisdiction, LocalDate received, List<Extension> earlier, Extension proposed) {
    ResponseTerms terms = jurisdiction.response();
    Deadline due = dueBy(jurisdiction, received);
    ExtensionRefusal refusal = null;
    if (!earlier.isEmpty()) {
      refusal = ExtensionRefusal.ALREADY_EXTENDED;
    } else if (proposed.reason() == null || proposed.reason().isBlank()) {
      refusal = ExtensionRefusal.REASON_MISSING;
    } else if (proposed.additionalDays() < 1 || proposed.additionalDays() > terms.extensionDays()) {
      refusal = ExtensionRefusal.DAYS_OUT_OF_RANGE;
    } else if (proposed.noticeDate().isBefore(received)) {
      refusal = ExtensionRefusal.NOTICE_BEFORE_RECEIPT;
    } else if (proposed.noticeDate().isAfter(due.date())) {
      refusal = ExtensionRefusal.NOTICE_TOO_LATE;
    }
    if (refusal != null) {
      return new ExtensionOutcome.Refused(refusal);
    }
    return new ExtensionOutcome.Granted(
        proposed,
        new Deadline(
            due.date().plusDays(proposed.additionalDays()),
            Deadline.Unit.CALENDAR_DAYS,
            terms.days() + proposed.additionalDays(),
            terms.citation()));
  }

  /** The last day to decide an appeal received on {@code received}; empty without an appeal. */
  public Optional<Deadline> appealDueBy(Jurisdiction jurisdiction, LocalDate received) {
    return jurisdiction
        .findAppeal()
        .map(appeal -> calendarDays(received, appeal.days(), appeal.citation()));
  }

  /** The last day to decide an appeal with its extension, where the state allows one. */
  public Optional<Deadline> appealExtendedDueBy(Jurisdiction jurisdiction, LocalDate received) {
    return jurisdiction
        .findAppeal()
        .filter(appeal -> appeal.extensionDays() > 0)
        .map(
            appeal ->
                calendarDays(received, appeal.days() + appeal.extensionDays(), appeal.citation()));
  }

  private Deadline calendarDays(LocalDate received, int days, String citation) {
    LocalDate date =
        countReceiptDayAsDayOne ? received.plusDays(days - 1L) : received.plusDays(days);
    return new Deadline(date, Deadline.Unit.CALENDAR_DAYS, days, citation);
  }
}
