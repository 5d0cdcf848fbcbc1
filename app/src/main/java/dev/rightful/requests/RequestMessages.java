package dev.rightful.requests;

import org.jdbi.v3.core.Handle;

/**
 * The messages the lifecycle sends the consumer, queued inside the transaction that causes them (a
 * transactional outbox), so a state change and its message commit or fail together.
 */
public interface RequestMessages {
  /** Receipt confirmation: describes verification and the expected response date (7021(a)). */
  void receipt(Handle handle, RightsRequest request, String statusUrl);

  /** Extension notice with its reason, within the first 45 days (7021(b)). */
  void extension(Handle handle, RightsRequest request);

  /**
   * The answer to a completed request, with a link to the consumer's access package ({@code null}:
   * none). The only form an implementation writes: a wrapper that forwarded a shorter form would
   * drop the link, and the consumer would never get their data.
   */
  void response(Handle handle, RightsRequest request, String text, String accessLink);

  /** The answer to a completed request that has no access package. */
  default void response(Handle handle, RightsRequest request, String text) {
    response(handle, request, text, null);
  }

  /** A denial with its basis and explanation (CC 1798.145(i)(2)). */
  void denial(Handle handle, RightsRequest request);

  /** Asks the consumer to confirm an agent's signed permission (7063(a)). */
  void agentConfirmation(Handle handle, RightsRequest request, String confirmUrl);
}
