package dev.rightful.requests;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The rate limits on public intake ({@link IntakeLimits}): one Bucket4j token bucket per client
 * address and one per email address a request names, the latter keyed by the keyed hash of the
 * address, never the address itself. Thread-safe.
 */
public final class IntakeLimiter {
  /*
   * The buckets live in this node's memory, in Caffeine maps bounded in size and dropped a day
   * after their last use (when a full day bucket has refilled anyway). So limits hold per node
   * and restart empty: with N nodes behind a load balancer a sender gets at most N times the
   * limit. Bucket4j's JDBC back-end would share them; it is not wired yet (issue 13, item 1).
   * A bucket evicted under pressure starts full again, which only ever lets a sender through.
   */
  private static final int MAX_KEYS = 100_000;

  private final IntakeLimits limits;
  private final UnaryOperator<String> emailKey;
  private final Cache<String, Bucket> addresses = buckets();
  private final Cache<String, Bucket> emails = buckets();

  /**
   * @param emailKey the keyed hash of an email address ({@code PiProtection.emailKey})
   */
  public IntakeLimiter(IntakeLimits limits, UnaryOperator<String> emailKey) {
    this.limits = limits;
    this.emailKey = emailKey;
  }

  /**
   * Counts one request from {@code clientAddress}; empty when it may go on, else how long until it
   * may.
   */
  public Optional<Duration> fromAddress(String clientAddress) {
    Bucket bucket =
        addresses.get(
            clientAddress,
            key ->
                Bucket.builder()
                    .addLimit(perPeriod(limits.perAddressPerMinute(), Duration.ofMinutes(1)))
                    .addLimit(perPeriod(limits.perAddressPerDay(), Duration.ofDays(1)))
                    .build());
    return take(bucket);
  }

  /**
   * Counts one receipt to each email address {@code submission} names (the subject's and the
   * requester's); empty when it may go on, else how long until it may.
   */
  public Optional<Duration> naming(Submission submission) {
    Set<String> named = new LinkedHashSet<>();
    if (submission.subject() != null && submission.subject().email() != null) {
      named.add(emailKey.apply(submission.subject().email()));
    }
    if (submission.requester() != null && submission.requester().email() != null) {
      named.add(emailKey.apply(submission.requester().email()));
    }
    for (String key : named) {
      Optional<Duration> wait =
          take(
              emails.get(
                  key,
                  k ->
                      Bucket.builder()
                          .addLimit(perPeriod(limits.perEmailPerDay(), Duration.ofDays(1)))
                          .build()));
      if (wait.isPresent()) {
        return wait;
      }
    }
    return Optional.empty();
  }

  /** Whole seconds, at least one, as {@code Retry-After} wants them. */
  public static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  private static Optional<Duration> take(Bucket bucket) {
    ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Optional.empty()
        : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** {@code count} per {@code period}, all refilled when the period ends: a plain fixed window. */
  private static Bandwidth perPeriod(int count, Duration period) {
    return Bandwidth.builder().capacity(count).refillIntervally(count, period).build();
  }

  private static Cache<String, Bucket> buckets() {
    return Caffeine.newBuilder()
        .maximumSize(MAX_KEYS)
        .expireAfterAccess(Duration.ofDays(1))
        .build();
  }
}
