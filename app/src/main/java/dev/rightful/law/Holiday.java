package dev.rightful.law;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day on which the business is closed, with the name people know it by. The date is the day
 * observed, which may differ from the nominal day (a Sunday holiday is observed on Monday).
 * Immutable and thread-safe.
 */
public record Holiday(LocalDate date, String name) {
  public Holiday {
    Objects.requireNonNull(date, "date");
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("a holiday needs a name: " + date);
    }
  }
}
