package dev.rightful.law.state;

/**
 * How long a controller has to answer a request: calendar days from receipt, and the one extension,
 * which must be noticed (with its reason) within the first period. Immutable.
 */
public record ResponseTerms(int days, int extensionDays, String citation) {
  public ResponseTerms {
    if (days <= 0 || extensionDays < 0) {
      throw new IllegalArgumentException("days must be positive: " + days + "+" + extensionDays);
    }
    Statute.requireCitation(citation);
  }

  public int maximumDays() {
    return days + extensionDays;
  }
}
