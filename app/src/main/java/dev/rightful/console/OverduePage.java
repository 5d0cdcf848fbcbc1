package dev.rightful.console;

import dev.rightful.consent.PropagationTask;
import dev.rightful.fulfil.notify.Notice;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The vendor notices overdue: the notices of rights requests (deletions, corrections, opt-outs
 * passed on) and the consent opt-outs passed on to recipients (7026(f)), each still open after its
 * due date. Immutable.
 *
 * @param references the reference of each request a notice belongs to, by request id
 * @param today the day in the business's zone, for request notices
 * @param californiaToday the day in California, on whose calendar consent propagation is due
 */
public record OverduePage(
    ConsoleUser user,
    List<Notice> notices,
    Map<String, String> references,
    List<PropagationTask> propagation,
    LocalDate today,
    LocalDate californiaToday) {
  public OverduePage {
    notices = List.copyOf(notices);
    references = Map.copyOf(references);
    propagation = List.copyOf(propagation);
  }

  public long daysLate(Notice notice) {
    return ChronoUnit.DAYS.between(notice.dueOn(), today);
  }

  public long daysLate(PropagationTask task) {
    return ChronoUnit.DAYS.between(task.dueOn(), californiaToday);
  }

  public String reference(Notice notice) {
    return references.getOrDefault(notice.requestId(), notice.requestId());
  }
}
