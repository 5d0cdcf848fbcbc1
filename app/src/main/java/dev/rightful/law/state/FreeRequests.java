package dev.rightful.law.state;

/**
 * How many requests a consumer may make free of charge in 12 months; beyond that, or for manifestly
 * unfounded, excessive or repetitive requests, a reasonable fee or a refusal the controller must
 * justify. {@code note} states a different limit for one right (e.g. Colorado's portability), or is
 * null. Immutable.
 */
public record FreeRequests(int perTwelveMonths, String note, String citation) {
  public FreeRequests {
    if (perTwelveMonths <= 0) {
      throw new IllegalArgumentException("at least one request is free: " + perTwelveMonths);
    }
    Statute.requireCitation(citation);
  }
}
