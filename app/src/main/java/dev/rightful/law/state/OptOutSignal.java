package dev.rightful.law.state;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A universal opt-out mechanism a state requires controllers to honour as an opt-out of sale and
 * targeted advertising, from a date. {@code mechanism} is {@link #GPC} for Global Privacy Control.
 * Immutable.
 */
public record OptOutSignal(String mechanism, LocalDate from, String citation) {
  public static final String GPC = "gpc";

  public OptOutSignal {
    Objects.requireNonNull(mechanism, "mechanism");
    Objects.requireNonNull(from, "from");
    Statute.requireCitation(citation);
  }

  /** Whether honouring the signal is required on {@code date}. */
  public boolean requiredOn(LocalDate date) {
    return !date.isBefore(from);
  }
}
