package dev.rightful.datamap;

import dev.rightful.law.Category;
import dev.rightful.law.VerificationTier;

/** What the business says it collects in one CCPA category. */
public record CategoryUse(
    Category category,
    boolean collected,
    String specifics,
    VerificationTier verificationTier,
    Location location) {}
