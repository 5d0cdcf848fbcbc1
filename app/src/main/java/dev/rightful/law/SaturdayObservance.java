package dev.rightful.law;

import java.util.Optional;

/**
 * What happens to a fixed-date holiday that falls on a Saturday. A Saturday is never a business
 * day, so the only question is whether the preceding Friday is closed too.
 *
 * <p>{@link #NOT_OBSERVED} is the default: it never lengthens a business-day deadline, so it is the
 * conservative reading. {@link #PRECEDING_FRIDAY} matches the California courts' calendar (CCP 135
 * lets the Judicial Council pick the day; the courts close the Friday before).
 */
public enum SaturdayObservance implements Vocabulary {
  NOT_OBSERVED("not-observed"),
  PRECEDING_FRIDAY("preceding-friday");

  private final String id;

  SaturdayObservance(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static Optional<SaturdayObservance> fromId(String id) {
    return Vocabulary.parse(SaturdayObservance.class, id);
  }
}
