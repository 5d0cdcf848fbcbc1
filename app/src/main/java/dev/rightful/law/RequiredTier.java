package dev.rightful.law;

import java.util.Collection;
import java.util.Objects;

/**
 * The verification tier a request needs before the business acts on it (7062). Stateless and
 * thread-safe.
 *
 * <p>A request to delete or correct is verified "to a reasonable degree or a reasonably high degree
 * of certainty depending on the sensitivity of the personal information and the risk of harm"
 * (7062(d)): the data map gives each category its tier, and a request that may reach information of
 * several categories needs the strictest of them, because verification happens once for the whole
 * request. Every other type has a fixed tier (see {@link RequestType}).
 */
public final class RequiredTier {
  private RequiredTier() {}

  /**
   * The tier for a request of {@code type} when the information it may reach falls into categories
   * whose tiers are {@code categoryTiers}. For delete and correct that is the highest of them, and
   * never less than the type's own tier; other types ignore {@code categoryTiers}.
   */
  public static VerificationTier of(RequestType type, Collection<VerificationTier> categoryTiers) {
    Objects.requireNonNull(type, "type");
    VerificationTier tier = type.defaultVerificationTier();
    if (!type.tierSetPerCategory()) {
      return tier;
    }
    // 7062(d): by the sensitivity of the information and the risk of harm
    // (VerificationTier is declared from the weakest tier to the strictest)
    for (VerificationTier candidate : categoryTiers) {
      if (candidate.compareTo(tier) > 0) {
        tier = candidate;
      }
    }
    return tier;
  }
}
