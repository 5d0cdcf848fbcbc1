package dev.rightful.console;

import dev.rightful.fulfil.JobSteps;
import dev.rightful.requests.RightsRequest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * What the queue page shows: the requests of one filter, soonest due first, as of {@code today} in
 * the business's zone. Immutable.
 *
 * @param truncated whether more requests match than the page lists
 * @param blocked the blocked fulfilment step of each request that has one
 */
public record QueuePage(
    ConsoleUser user,
    QueueFilter filter,
    List<RightsRequest> requests,
    LocalDate today,
    boolean truncated,
    Map<String, JobSteps.Step> blocked) {

  public QueuePage {
    requests = List.copyOf(requests);
    blocked = Map.copyOf(blocked);
  }

  /** The step fulfilment is blocked at for this request (a system that stays down), or null. */
  public JobSteps.Step blockedStep(RightsRequest request) {
    return request.isOpen() ? blocked.get(request.id()) : null;
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
