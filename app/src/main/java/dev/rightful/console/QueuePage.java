package dev.rightful.console;

import dev.rightful.fulfil.JobSteps;
import dev.rightful.requests.RequestFinder;
import dev.rightful.requests.RightsRequest;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * What the queue page shows: one page of the requests a {@link QueueView} selects, in its order, as
 * of {@code today} in the business's zone. Immutable.
 *
 * @param total how many requests match in all pages
 * @param blocked the blocked fulfilment step of each request that has one
 */
public record QueuePage(
    ConsoleUser user,
    QueueView view,
    List<RequestFinder.Row> rows,
    long total,
    LocalDate today,
    Map<String, JobSteps.Step> blocked) {

  public QueuePage {
    rows = List.copyOf(rows);
    blocked = Map.copyOf(blocked);
  }

  public QueueFilter filter() {
    return view.filter();
  }

  /** The number of pages, at least one. */
  public int pages() {
    return (int) Math.max(1, (total + QueueView.PAGE_SIZE - 1) / QueueView.PAGE_SIZE);
  }

  /** The position of the first row listed, from 1. */
  public long first() {
    return (long) (view.page() - 1) * QueueView.PAGE_SIZE + 1;
  }

  public long last() {
    return first() + rows.size() - 1;
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
