package dev.rightful.law.state;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A duty toward known minors aged {@code fromAge} up to, not including, {@code underAge}, from a
 * date ({@code null}: since the law is in force). Immutable.
 */
public record MinorRule(
    int fromAge, int underAge, MinorDuty duty, LocalDate from, LocalDate until, String citation) {
  public MinorRule {
    if (fromAge < 0 || underAge <= fromAge) {
      throw new IllegalArgumentException("ages " + fromAge + " to under " + underAge);
    }
    Objects.requireNonNull(duty, "duty");
    Statute.requireCitation(citation);
  }

  public MinorRule(int fromAge, int underAge, MinorDuty duty, LocalDate from, String citation) {
    this(fromAge, underAge, duty, from, null, citation);
  }

  /** Whether the duty applies on {@code date}; {@code until} is the last day, if any. */
  public boolean appliesOn(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
  }

  /** Whether a consumer of {@code age} is covered. */
  public boolean covers(int age) {
    return age >= fromAge && age < underAge;
  }
}
