package dev.rightful.verify;

import java.time.Duration;

/**
 * How one-time codes behave: how long a code lives, how many wrong tries kill it, and how many
 * codes one email address and one client address may be sent per hour. These are the business's
 * security policy, not rules of law; each is an option ({@code --code-lifetime-minutes} and the
 * others in {@code Options}). Immutable.
 */
public record VerificationSettings(
    Duration codeLifetime, int maxAttempts, int codesPerEmailPerHour, int codesPerClientPerHour) {

  /** The window the two per-hour limits count in. */
  public static final Duration RATE_WINDOW = Duration.ofHours(1);

  public VerificationSettings {
    if (codeLifetime.isNegative() || codeLifetime.isZero() || codeLifetime.toHours() >= 24) {
      throw new IllegalArgumentException("a code lives more than 0 and less than 24 hours");
    }
    if (maxAttempts < 1 || codesPerEmailPerHour < 1 || codesPerClientPerHour < 1) {
      throw new IllegalArgumentException("attempt and rate limits are at least 1");
    }
  }

  /** 15 minutes, 5 tries, 5 codes an hour per email address and 10 per client address. */
  public static VerificationSettings defaults() {
    return new VerificationSettings(Duration.ofMinutes(15), 5, 5, 10);
  }

  /** How long a code row is still needed: to be checked, and to count against the limits. */
  Duration keepRowsFor() {
    return codeLifetime.compareTo(RATE_WINDOW) > 0 ? codeLifetime : RATE_WINDOW;
  }
}
