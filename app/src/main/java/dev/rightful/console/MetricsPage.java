package dev.rightful.console;

import dev.rightful.audit.ReportYear;
import dev.rightful.audit.RequestMetrics;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The §7102 metrics page (rule 45): one row per kind of request for a calendar year, or what is
 * wrong with the year asked for. Immutable.
 *
 * @param rows the report, empty when {@code error} is set
 * @param currentYear the last year that can be chosen
 */
public record MetricsPage(
    ConsoleUser user, int year, List<RequestMetrics.Row> rows, int currentYear, String error) {
  public MetricsPage {
    rows = List.copyOf(rows);
  }

  /** The years offered, newest first. */
  public List<Integer> years() {
    return IntStream.rangeClosed(ReportYear.FIRST, currentYear)
        .map(y -> currentYear + ReportYear.FIRST - y)
        .boxed()
        .toList();
  }

  /** The kind in the words of 7102(a)(1). */
  public String kind(RequestMetrics.Row row) {
    return switch (row.kind()) {
      case "know" -> "Requests to know";
      case "delete" -> "Requests to delete";
      case "correct" -> "Requests to correct";
      case "opt-out" -> "Requests to opt out of sale or sharing";
      case "limit-sensitive" -> "Requests to limit";
      case "opt-out-admt" -> "Requests to opt out of automated decisionmaking technology";
      case "access-admt" -> "Requests to access automated decisionmaking information";
      default -> row.kind();
    };
  }

  /** Days with one decimal, or a dash when no request of the kind was answered. */
  public String days(Double days) {
    return days == null ? "–" : String.format(Locale.ROOT, "%.1f", days);
  }
}
