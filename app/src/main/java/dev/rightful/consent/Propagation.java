package dev.rightful.consent;

import dev.rightful.law.Deadlines;
import dev.rightful.law.RequestType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * Turns each opt-out of sale or sharing into one task per recipient vendor of the data map that
 * receives the data, due 15 business days after receipt (7026(f)), and tracks the tasks to
 * completion. The {@link PropagationWorker} delivers them. Thread-safe.
 */
public final class Propagation implements OptOutListener {
  /** Business days are counted on the California calendar, in California's time zone. */
  public static final ZoneId CALIFORNIA = ZoneId.of("America/Los_Angeles");

  private final Jdbi jdbi;
  private final Practices practices;
  private final GppStrings gpp;
  private final Deadlines deadlines;
  private final Clock clock;

  public Propagation(
      Jdbi jdbi, Practices practices, GppStrings gpp, Deadlines deadlines, Clock clock) {
    this.jdbi = jdbi;
    this.practices = practices;
    this.gpp = gpp;
    this.deadlines = deadlines;
    this.clock = clock;
  }

  @Override
  public void optedOut(
      String subjectKey,
      Set<ConsentPurpose> purposes,
      SubjectState state,
      Instant at,
      ChoiceSource source) {
    if (source == ChoiceSource.RIGHTS_REQUEST) {
      // One notice per vendor per opt-out: a rights request's opt-out is passed on by fulfilment's
      // recipient notices for that request, with the identifiers the consumer gave, its due date
      // and the staff console's tracking (docs/consent.md, "Propagation").
      return;
    }
    LocalDate received = at.atZone(CALIFORNIA).toLocalDate();
    // 7026(f)(1): cease within 15 business days; (f)(2)-(3): notify those sold or shared to
    LocalDate due = deadlines.dueBy(RequestType.OPT_OUT, received).date();
    GppStrings.Encoded strings = gpp.encode(state, clock);
    jdbi.useTransaction(
        handle -> {
          for (Practices.Destination destination : practices.destinations()) {
            Set<ConsentPurpose> concerned = EnumSet.noneOf(ConsentPurpose.class);
            purposes.stream().filter(destination::receives).forEach(concerned::add);
            if (concerned.isEmpty()) {
              continue;
            }
            PropagationTask.Channel channel =
                destination.webhook() != null
                    ? PropagationTask.Channel.WEBHOOK
                    : destination.email() != null
                        ? PropagationTask.Channel.EMAIL
                        : PropagationTask.Channel.MANUAL;
            handle
                .createUpdate(
                    "INSERT INTO consent_propagation (subject, purposes, recipient, vendor,"
                        + " channel, target, gpp, us_privacy, status, attempts, received_at,"
                        + " due_on, next_attempt_at) VALUES (:subject, :purposes, :recipient,"
                        + " :vendor, :channel, :target, :gpp, :usp, :status, 0, :at, :due, :at)")
                .bind("subject", subjectKey)
                .bind("purposes", ids(concerned))
                .bind("recipient", destination.recipientId())
                .bind("vendor", destination.vendor())
                .bind("channel", channel.id())
                .bind(
                    "target",
                    channel == PropagationTask.Channel.WEBHOOK
                        ? destination.webhook()
                        : destination.email())
                .bind("gpp", strings.gpp())
                .bind("usp", strings.usPrivacy())
                .bind("status", PropagationTask.Status.PENDING.id())
                .bind("at", ConsentLedger.utc(at))
                .bind("due", due)
                .execute();
          }
        });
  }

  /** Tasks, newest first; {@code status} null for all. */
  public List<PropagationTask> list(PropagationTask.Status status, int limit) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM consent_propagation"
                        + (status == null ? "" : " WHERE status = :status")
                        + " ORDER BY id DESC LIMIT :limit")
                .bind("status", status == null ? null : status.id())
                .bind("limit", limit)
                .map((rs, ctx) -> PropagationRows.task(rs))
                .list());
  }

  /** Open tasks past their due date. */
  public List<PropagationTask> overdue() {
    LocalDate today = clock.instant().atZone(CALIFORNIA).toLocalDate();
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT * FROM consent_propagation WHERE status <> 'done' AND due_on < :today"
                        + " ORDER BY due_on, id")
                .bind("today", today)
                .map((rs, ctx) -> PropagationRows.task(rs))
                .list());
  }

  public Optional<PropagationTask> find(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT * FROM consent_propagation WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> PropagationRows.task(rs))
                .findOne());
  }

  /** Marks a task done (the recipient confirmed); false when there is no such task. */
  public boolean markDone(long id) {
    return markDone(id, handle -> {});
  }

  /** As above, running {@code alongside} in the same transaction when the task was found. */
  boolean markDone(long id, java.util.function.Consumer<org.jdbi.v3.core.Handle> alongside) {
    return jdbi.inTransaction(
        handle -> {
          boolean found =
              handle
                      .createUpdate(
                          "UPDATE consent_propagation SET status = 'done', completed_at = :now"
                              + " WHERE id = :id")
                      .bind("now", ConsentLedger.utc(clock.instant()))
                      .bind("id", id)
                      .execute()
                  == 1;
          if (found) {
            alongside.accept(handle);
          }
          return found;
        });
  }

  static String ids(Set<ConsentPurpose> purposes) {
    return purposes.stream().map(ConsentPurpose::id).collect(Collectors.joining(","));
  }

  static Set<ConsentPurpose> purposes(String ids) {
    Set<ConsentPurpose> out = EnumSet.noneOf(ConsentPurpose.class);
    for (String id : ids.split(",")) {
      ConsentPurpose.fromId(id.strip().toLowerCase(Locale.ROOT)).ifPresent(out::add);
    }
    return out;
  }
}
