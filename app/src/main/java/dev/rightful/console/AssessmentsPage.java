package dev.rightful.console;

import java.time.LocalDate;
import java.util.List;

/**
 * The risk assessments page: each assessment with its next review date, and each processing the map
 * shows that no assessment covers, with the day its assessment is due. Immutable.
 */
public record AssessmentsPage(
    ConsoleUser user, LocalDate today, List<Row> assessments, List<Missing> missing) {
  public AssessmentsPage {
    assessments = List.copyOf(assessments);
    missing = List.copyOf(missing);
  }

  /** One assessment; {@code reviewDue} is the first day it is overdue for review. */
  public record Row(
      String id, String title, String covers, LocalDate lastReviewed, LocalDate reviewDue) {}

  /** Processing with no assessment and the last day to have one. */
  public record Missing(String what, String processing, LocalDate dueBy) {}

  public boolean overdue(LocalDate firstOverdueDay) {
    return firstOverdueDay != null && !today.isBefore(firstOverdueDay);
  }

  public boolean late(LocalDate dueBy) {
    return today.isAfter(dueBy);
  }
}
