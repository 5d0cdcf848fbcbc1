package dev.rightful.center;

import dev.rightful.requests.RightsRequest;
import io.javalin.http.Context;

/**
 * Applies an opt-out preference signal ({@code Sec-GPC: 1}) sent from a privacy-center page where
 * the consumer is identified by their request, to that consumer and not only to the browser
 * (7025(c)(1)). Implemented by the consent capability; thread-safe.
 */
@FunctionalInterface
public interface KnownConsumerSignal {
  /** Ignores every signal, for a privacy center wired without the consent capability. */
  KnownConsumerSignal NONE = (ctx, request) -> false;

  /**
   * Records the signal the page request carries, if any, for the consumer of {@code request}.
   *
   * @return whether the page should show "Opt-Out Request Honored": the signal was sent and the
   *     consumer's opt-out of sale and sharing stands (7025(c)(6))
   */
  boolean honour(Context ctx, RightsRequest request);
}
