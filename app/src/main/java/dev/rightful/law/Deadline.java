package dev.rightful.law;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A legal due date with the rule that sets it: the last day to act, the unit and count of days the
 * rule gives, and its citation. The date is inclusive: acting on it is on time. Immutable and
 * thread-safe.
 */
public record Deadline(LocalDate date, Unit unit, int count, String citation) {

  /** How a rule counts its days. */
  public enum Unit implements Vocabulary {
    CALENDAR_DAYS("calendar-days"),
    BUSINESS_DAYS("business-days");

    private final String id;

    Unit(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    public static Optional<Unit> fromId(String id) {
      return Vocabulary.parse(Unit.class, id);
    }
  }

  public Deadline {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(unit, "unit");
    if (count <= 0) {
      throw new IllegalArgumentException("count must be positive: " + count);
    }
    if (citation == null || citation.isBlank()) {
      throw new IllegalArgumentException("a deadline needs a citation");
    }
  }

  /** Calendar days from {@code today} to the deadline: 0 on the day, negative once overdue. */
  public long daysLeft(LocalDate today) {
    return ChronoUnit.DAYS.between(today, date);
  }

  /** {@link #daysLeft(LocalDate)} for the date the clock shows in its own zone. */
  public long daysLeft(Clock clock) {
    return daysLeft(LocalDate.now(clock));
  }

  /** Whether {@code today} is after the deadline. */
  public boolean isOverdue(LocalDate today) {
    return today.isAfter(date);
  }

  public boolean isOverdue(Clock clock) {
    return isOverdue(LocalDate.now(clock));
  }

  /** Calendar days past the deadline; 0 while it has not passed. */
  public long daysOverdue(LocalDate today) {
    return Math.max(0, -daysLeft(today));
  }
}
