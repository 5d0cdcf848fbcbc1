package dev.rightful.console;

import dev.rightful.requests.RequestStatus;
import java.util.List;
import java.util.Optional;

/** Which requests the queue page lists: the open ones (the default), one status, or all. */
public enum QueueFilter {
  OPEN(
      "open",
      "Open (received or verified)",
      List.of(RequestStatus.RECEIVED, RequestStatus.VERIFIED)),
  RECEIVED("received", "Received, not yet verified", List.of(RequestStatus.RECEIVED)),
  VERIFIED("verified", "Verified", List.of(RequestStatus.VERIFIED)),
  COMPLETED("completed", "Completed", List.of(RequestStatus.COMPLETED)),
  DENIED("denied", "Denied", List.of(RequestStatus.DENIED)),
  ALL("all", "All", List.of());

  private final String id;
  private final String label;
  private final List<RequestStatus> statuses;

  QueueFilter(String id, String label, List<RequestStatus> statuses) {
    this.id = id;
    this.label = label;
    this.statuses = statuses;
  }

  public String id() {
    return id;
  }

  public String label() {
    return label;
  }

  /** The statuses listed; empty for all. */
  List<RequestStatus> statuses() {
    return statuses;
  }

  /** The filter a {@code ?status=} parameter names; absent or blank means {@link #OPEN}. */
  static Optional<QueueFilter> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.of(OPEN);
    }
    for (QueueFilter filter : values()) {
      if (filter.id.equals(text.strip())) {
        return Optional.of(filter);
      }
    }
    return Optional.empty();
  }
}
