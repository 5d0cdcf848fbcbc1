package dev.rightful.datamap;

import dev.rightful.law.Category;
import dev.rightful.law.VerificationTier;
import java.util.List;

/**
 * What the business says it collects in one CCPA category. {@code usedFor} is stated for category L
 * only: what sensitive personal information is used for (7027(m) ids or the map's own purpose ids);
 * null when the map does not say.
 */
public record CategoryUse(
    Category category,
    boolean collected,
    String specifics,
    VerificationTier verificationTier,
    Location location,
    List<Use> usedFor) {

  /** One stated use of sensitive personal information, with where the map states it. */
  public record Use(String purpose, Location location) {}

  public CategoryUse(
      Category category,
      boolean collected,
      String specifics,
      VerificationTier verificationTier,
      Location location) {
    this(category, collected, specifics, verificationTier, location, null);
  }
}
