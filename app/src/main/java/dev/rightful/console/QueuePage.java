package dev.rightful.console;

import dev.rightful.requests.RightsRequest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What the queue page shows: the requests of one filter, soonest due first, as of {@code today} in
 * the business's zone. Immutable.
 *
 * @param truncated whether more requests match than the page lists
 */
public record QueuePage(
    ConsoleUser user,
    QueueFilter filter,
    List<RightsRequest> requests,
    LocalDate today,
    boolean truncated) {

  public QueuePage {
    requests = List.copyOf(requests);
  }

  public List<QueueFilter> filters() {
    return List.of(QueueFilter.values());
  }

  /** Days from today to the effective due date; negative once it has passed. */
  public long daysLeft(RightsRequest request) {
    return ChronoUnit.DAYS.between(today, request.effectiveDueBy());
  }

  /** Open past its due date: the response is late (7021(b)). */
  public boolean overdue(RightsRequest request) {
    return request.isOpen() && today.isAfter(request.effectiveDueBy());
  }
}
