package dev.rightful.console;

import java.util.Optional;

/**
 * The one-line confirmation a request page shows after an action redirected to it, named by the
 * {@code ?done=} parameter. Fixed texts: nothing the browser sends is echoed.
 */
public enum Flash {
  ENTERED("entered", "Request entered. Read the confirmation below to the caller."),
  VERIFIED("verified", "Identity verified."),
  DOWNGRADED(
      "downgraded",
      "Verified to a reasonable degree only: the request is now answered as a request to know"
          + " categories (7024(a))."),
  NOT_VERIFIED(
      "not-verified",
      "Not verified: the data points matched do not meet the required degree. The request stays"
          + " open and its clock keeps running (7021(b))."),
  AGENT_CONFIRMED("agent-confirmed", "Recorded that the consumer confirmed the agent directly."),
  EXTENDED(
      "extended",
      "Extended. The notice with the reason is queued to the requester's email, if they gave one."),
  DENIED(
      "denied",
      "Denied. The denial with its basis is queued to the requester's email, if they gave one."),
  COMPLETED(
      "completed", "Completed. The response is queued to the requester's email, if they gave one."),
  NOTED("noted", "Note added."),
  FULFIL_STARTED(
      "fulfil-started",
      "Fulfilment started. It runs in the background; this page shows each step as it is done."),
  NOTICE_CONFIRMED("notice-confirmed", "Recorded that the vendor acted on the notice."),
  STEP_CONFIRMED(
      "step-confirmed", "Recorded that the work in that system is done. Fulfilment carries on."),
  ASSIGNED("assigned", "Assigned."),
  UNASSIGNED("unassigned", "Assigned to nobody.");

  private final String id;
  private final String message;

  Flash(String id, String message) {
    this.id = id;
    this.message = message;
  }

  public String id() {
    return id;
  }

  public String message() {
    return message;
  }

  static Optional<Flash> parse(String text) {
    for (Flash flash : values()) {
      if (flash.id.equals(text)) {
        return Optional.of(flash);
      }
    }
    return Optional.empty();
  }
}
