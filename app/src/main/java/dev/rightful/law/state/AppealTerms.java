package dev.rightful.law.state;

/**
 * A state's appeal of a refused request: the calendar days to decide it from its receipt, an
 * optional extension (0: none), and whether a denied appeal must tell the consumer how to contact
 * the Attorney General. Immutable.
 */
public record AppealTerms(
    int days, int extensionDays, boolean attorneyGeneralContact, String citation) {
  public AppealTerms {
    if (days <= 0 || extensionDays < 0) {
      throw new IllegalArgumentException("days must be positive: " + days + "+" + extensionDays);
    }
    Statute.requireCitation(citation);
  }
}
