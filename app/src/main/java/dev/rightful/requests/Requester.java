package dev.rightful.requests;

/**
 * Who submitted the request. For the consumer themself only {@code kind} is set; an agent or a
 * parent gives their own name and email, and an agent states its authority.
 */
public record Requester(RequesterKind kind, String name, String email, AgentAuthority authority) {
  public static Requester consumer() {
    return new Requester(RequesterKind.CONSUMER, null, null, null);
  }
}
