package dev.rightful.requests;

import dev.rightful.web.AddressLimit;
import dev.rightful.web.RateBuckets;
import dev.rightful.web.RateBuckets.Limit;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The rate limits on the public doors ({@link IntakeLimits}): intake, one-time code requests and
 * consent writes per client address, and mails (receipts, codes) to one email address. Each is a
 * Bucket4j token bucket in {@link RateBuckets} (shared in PostgreSQL, or this node's memory on H2),
 * keyed by a keyed hash of the address or email, never the value itself. Thread-safe.
 */
public final class IntakeLimiter {
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration DAY = Duration.ofDays(1);

  private final IntakeLimits limits;
  private final RateBuckets buckets;
  private final UnaryOperator<String> emailKey;
  private final UnaryOperator<String> addressKey;

  /**
   * @param emailKey the keyed hash of an email address ({@code PiProtection.emailKey})
   * @param addressKey the keyed hash of a client address ({@code PiProtection.secretKey})
   */
  public IntakeLimiter(
      IntakeLimits limits,
      RateBuckets buckets,
      UnaryOperator<String> emailKey,
      UnaryOperator<String> addressKey) {
    this.limits = limits;
    this.buckets = buckets;
    this.emailKey = emailKey;
    this.addressKey = addressKey;
  }

  /**
   * Counts one intake request from {@code clientAddress}; empty when it may go on, else how long
   * until it may.
   */
  public Optional<Duration> fromAddress(String clientAddress) {
    return buckets.take(
        "intake:" + addressKey.apply(clientAddress),
        List.of(
            new Limit(limits.perAddressPerMinute(), MINUTE),
            new Limit(limits.perAddressPerDay(), DAY)));
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
          buckets.take("receipt:" + key, List.of(new Limit(limits.perEmailPerDay(), DAY)));
      if (wait.isPresent()) {
        return wait;
      }
    }
    return Optional.empty();
  }

  /** Counts one "send me a code" from {@code clientAddress}; empty when it may go on. */
  public Optional<Duration> codeRequestFrom(String clientAddress) {
    return buckets.take(
        "code-request:" + addressKey.apply(clientAddress),
        List.of(new Limit(limits.codeRequestsPerAddressPerMinute(), MINUTE)));
  }

  /** Counts one code mailed to {@code email}; empty when it may be mailed. */
  public Optional<Duration> codeMailedTo(String email) {
    return buckets.take(
        "code-mail:" + emailKey.apply(email),
        List.of(new Limit(limits.codesPerEmailPerDay(), DAY)));
  }

  /** Counts one consent write from {@code clientAddress}; empty when it may go on. */
  public Optional<Duration> consentWriteFrom(String clientAddress) {
    return buckets.take(
        "consent:" + addressKey.apply(clientAddress),
        List.of(new Limit(limits.consentWritesPerAddressPerMinute(), MINUTE)));
  }

  /** Whole seconds, at least one, as {@code Retry-After} wants them. */
  public static long seconds(Duration wait) {
    return AddressLimit.seconds(wait);
  }
}
