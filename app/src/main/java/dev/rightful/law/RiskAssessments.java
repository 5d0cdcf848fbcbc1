package dev.rightful.law;

import java.time.LocalDate;

/**
 * When a risk assessment is due, when it must be reviewed or updated, and which period an annual
 * submission to the CPPA covers (11 CCR 7155, 7157). Pure date arithmetic on calendar days.
 */
public final class RiskAssessments {
  /** The day Article 10 took effect: processing under way before it is "existing" (7155). */
  public static final LocalDate IN_FORCE = LocalDate.of(2026, 1, 1);

  /** The last day to assess processing already under way on {@link #IN_FORCE} (7155). */
  public static final LocalDate EXISTING_PROCESSING_DEADLINE = LocalDate.of(2027, 12, 31);

  /** The first year a submission is made for; it also covers 2026 (7157). */
  public static final int FIRST_SUBMISSION_YEAR = 2027;

  private static final int REVIEW_YEARS = 3;
  private static final int UPDATE_DAYS = 45;

  private RiskAssessments() {}

  /**
   * The last day by which processing that started on {@code started} must have its assessment.
   * 7155: before new processing starts, so the start day itself; processing under way before
   * 2026-01-01 by 2027-12-31. A null start (the map does not say when it began) counts as under way
   * before 2026, which the map asserts by leaving it out.
   */
  public static LocalDate dueBy(LocalDate started) {
    if (started == null || started.isBefore(IN_FORCE)) {
      return EXISTING_PROCESSING_DEADLINE;
    }
    return started;
  }

  /** Whether processing with no assessment is past its deadline on {@code today} (7155). */
  public static boolean missingIsOverdue(LocalDate started, LocalDate today) {
    return today.isAfter(dueBy(started));
  }

  /**
   * The first day an assessment last reviewed on {@code lastReviewed} is overdue for review: three
   * years on (7155, review at least once every three years). From a leap day, {@link
   * LocalDate#plusYears} lands on February 28, the earlier of the two readings, so a review is
   * never reported on time a day late.
   */
  public static LocalDate reviewOverdueFrom(LocalDate lastReviewed) {
    return lastReviewed.plusYears(REVIEW_YEARS);
  }

  public static boolean reviewOverdue(LocalDate lastReviewed, LocalDate today) {
    return !today.isBefore(reviewOverdueFrom(lastReviewed));
  }

  /**
   * The last day to update an assessment after a material change to the processing it covers on
   * {@code changed}: 45 calendar days (7155).
   */
  public static LocalDate updateDueBy(LocalDate changed) {
    return changed.plusDays(UPDATE_DAYS);
  }

  public static boolean updateOverdue(LocalDate changed, LocalDate today) {
    return today.isAfter(updateDueBy(changed));
  }

  /**
   * The period a submission for {@code year} covers and its due date (7157): the first, for 2027,
   * covers 2026 and 2027 and is due 2028-04-01; each later one covers its calendar year and is due
   * April 1 of the next.
   *
   * @throws IllegalArgumentException for a year before 2027, which has no submission of its own
   */
  public static SubmissionPeriod submission(int year) {
    if (year < FIRST_SUBMISSION_YEAR) {
      throw new IllegalArgumentException(
          "there is no submission for "
              + year
              + ": the first one, for "
              + FIRST_SUBMISSION_YEAR
              + ", covers 2026 and 2027 (7157)");
    }
    LocalDate from = year == FIRST_SUBMISSION_YEAR ? IN_FORCE : LocalDate.of(year, 1, 1);
    return new SubmissionPeriod(
        year, from, LocalDate.of(year, 12, 31), LocalDate.of(year + 1, 4, 1));
  }

  /** The days a submission covers, both inclusive, and the day it is due to the CPPA. */
  public record SubmissionPeriod(int year, LocalDate from, LocalDate to, LocalDate due) {
    public boolean contains(LocalDate day) {
      return day != null && !day.isBefore(from) && !day.isAfter(to);
    }
  }
}
