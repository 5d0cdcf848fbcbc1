package dev.rightful.law.state;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One right as a state grants it: from when ({@code null}: since the law is in force), with what
 * limit of scope in plain words ({@code null}: none), and the section that grants it. Immutable.
 */
public record RightGrant(StateRight right, LocalDate from, String scope, String citation) {
  public RightGrant {
    Objects.requireNonNull(right, "right");
    Statute.requireCitation(citation);
  }

  /** Whether the right is granted on {@code date}, given the law is in force then. */
  public boolean grantedOn(LocalDate date) {
    return from == null || !date.isBefore(from);
  }
}
