package dev.rightful.web;

import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;

/**
 * A rate limit per client address, as a feature's routes see it: counts one use and says how long
 * to wait when the limit is reached. Lets features be limited without knowing where the buckets
 * live.
 */
@FunctionalInterface
public interface AddressLimit {
  /** No limit: for servers and tests built without one. */
  AddressLimit NONE = address -> Optional.empty();

  /** Counts one use from {@code clientAddress}; empty when it may go on, else how long to wait. */
  Optional<Duration> take(String clientAddress);

  /**
   * Counts one use from the request's client address and, when the limit is reached, sets {@code
   * Retry-After} and throws a 429 problem whose detail says what was refused.
   */
  default void check(Context ctx, String refused) {
    Optional<Duration> wait = take(ctx.ip());
    if (wait.isPresent()) {
      ctx.header("Retry-After", Long.toString(seconds(wait.get())));
      throw new ApiProblem(
          429,
          "Too many requests",
          refused + " Too many came from this address; try again after the time in Retry-After.",
          null);
    }
  }

  /** Whole seconds, at least one, as {@code Retry-After} wants them. */
  static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
