package dev.rightful.console;

import dev.rightful.requests.RequestService;
import dev.rightful.requests.RequestStatus;
import dev.rightful.requests.RightsRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the queue for a {@link QueueFilter} in the order staff work it: soonest effective due date
 * first (the extended date if the request was extended), then oldest received. Thread-safe.
 */
final class ConsoleQueue {
  static final Comparator<RightsRequest> ORDER =
      Comparator.comparing(RightsRequest::effectiveDueBy).thenComparing(RightsRequest::receivedAt);

  private final RequestService requests;

  ConsoleQueue(RequestService requests) {
    this.requests = requests;
  }

  /**
   * At most {@code limit} requests. For several statuses each is read with the same limit and the
   * lists merged: the first {@code limit} of the union are among the first {@code limit} of each.
   */
  List<RightsRequest> list(QueueFilter filter, int limit) {
    if (filter.statuses().isEmpty()) {
      return requests.queue(null, limit);
    }
    List<RightsRequest> merged = new ArrayList<>();
    for (RequestStatus status : filter.statuses()) {
      merged.addAll(requests.queue(status, limit));
    }
    merged.sort(ORDER);
    return merged.size() > limit ? List.copyOf(merged.subList(0, limit)) : merged;
  }
}
