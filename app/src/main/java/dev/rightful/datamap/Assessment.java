package dev.rightful.datamap;

import dev.rightful.law.Category;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A risk assessment kept beside the data map ({@code assessments/*.yaml}) with the content 11 CCR
 * 7152 requires, and the map facts it covers. {@code coversDigest} is the digest of those facts
 * when it was last reviewed, so that a change to them shows; {@code materialChange} is the day a
 * known change took place, from which the 45 days to update it run (7155).
 */
public record Assessment(
    String id,
    String title,
    Covers covers,
    String purpose,
    Set<Category> categories,
    List<String> operationalElements,
    List<String> benefits,
    List<String> negativeImpacts,
    List<String> safeguards,
    Boolean proceed,
    List<String> reviewers,
    List<String> approvers,
    LocalDate conducted,
    LocalDate lastReviewed,
    LocalDate approved,
    LocalDate materialChange,
    String coversDigest,
    Location location,
    Location lastReviewedAt,
    Location digestAt) {

  /**
   * The processing an assessment covers, by map reference: recipient ids (a sale or share),
   * sensitive kinds ({@code precise-geolocation}…, or {@code L} for category L as a whole) and
   * purpose ids.
   */
  public record Covers(List<String> recipients, List<String> sensitive, List<String> purposes) {
    public Covers {
      recipients = List.copyOf(recipients);
      sensitive = List.copyOf(sensitive);
      purposes = List.copyOf(purposes);
    }
  }
}
