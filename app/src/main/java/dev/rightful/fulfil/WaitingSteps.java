package dev.rightful.fulfil;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * The {@code fulfil_job} rows of steps that wait on someone outside Rightful: a person confirming
 * the work in a manual or email system, or a vendor's webhook calling back. Each finishing update
 * is conditional on the step's state, so a second confirmation or callback changes nothing. The
 * rows themselves are made and read by {@link JobSteps}. Thread-safe.
 */
final class WaitingSteps {
  private final Jdbi jdbi;
  private final Clock clock;

  WaitingSteps(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Links an email system's waiting step to the mail that asked its vendor, in that mail's
   * transaction.
   */
  void linkMail(Handle handle, String requestId, String step, long outboxId) {
    handle
        .createUpdate(
            "UPDATE fulfil_job SET outbox_id = :outbox WHERE request_id = :request AND step = :step")
        .bind("outbox", outboxId)
        .bind("request", requestId)
        .bind("step", step)
        .execute();
  }

  /** Requests with a step of {@code steps} waiting since before {@code before}, oldest first. */
  List<String> waitingSince(Instant before, Collection<String> steps) {
    if (steps.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT DISTINCT request_id FROM fulfil_job WHERE status = :waiting"
                        + " AND updated_at < :before AND step IN (<steps>)")
                .bind("waiting", JobState.WAITING.id())
                .bind("before", before.atOffset(ZoneOffset.UTC))
                .bindList("steps", List.copyOf(steps))
                .mapTo(String.class)
                .list());
  }

  /** A waiting step whose vendor mail the mail server refused for good. */
  record RefusedMail(String requestId, String step, String error) {}

  /** Waiting steps whose vendor mail failed for good: nobody will reply to them. */
  List<RefusedMail> refusedMail() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT j.request_id, j.step, o.last_error FROM fulfil_job j"
                        + " JOIN mail_outbox o ON o.id = j.outbox_id"
                        + " WHERE j.status = :waiting AND o.status = 'failed'"
                        + " ORDER BY j.updated_at")
                .bind("waiting", JobState.WAITING.id())
                .map(
                    (rs, ctx) -> new RefusedMail(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list());
  }

  /**
   * A webhook system accepted the request for later (202): its step waits for the callback, unless
   * the callback already came (a fast vendor may call back before its 202 is read).
   */
  void markWaitingUnlessDone(String requestId, String step, int reminders) {
    updateStep(
        "UPDATE fulfil_job SET status = :waiting, error_class = NULL, updated_at = :at,"
            + " attempts = :reminders"
            + " WHERE request_id = :request AND step = :step AND status <> :done",
        requestId,
        step,
        update ->
            update
                .bind("waiting", JobState.WAITING.id())
                .bind("done", JobState.DONE.id())
                .bind("reminders", reminders)
                .bind("at", now()));
  }

  /**
   * A vendor's callback completes its step with the result and the rows it reported (sealed, or
   * null): whatever the step's state, unless it is done already; false then, so a second callback
   * changes nothing. {@code actor} is kept as who confirmed it.
   */
  boolean finishUnlessDone(
      String requestId, String step, String actor, String result, String foundSealed) {
    return finish(requestId, step, actor, result, foundSealed, "status <> :state", JobState.DONE);
  }

  /**
   * Marks a waiting step done by {@code actor}; false when it was not waiting (already confirmed,
   * or never opened), so a second confirmation changes nothing.
   */
  boolean confirm(String requestId, String step, String actor) {
    return confirm(requestId, step, actor, "{}", null);
  }

  /** The same, with the rows the person gathered, sealed, and their count as the result. */
  boolean confirm(String requestId, String step, String actor, String result, String foundSealed) {
    return finish(requestId, step, actor, result, foundSealed, "status = :state", JobState.WAITING);
  }

  /** Marks the step done when {@code condition} on {@code :state} holds; true when it did. */
  private boolean finish(
      String requestId,
      String step,
      String actor,
      String result,
      String foundSealed,
      String condition,
      JobState state) {
    OffsetDateTime now = now();
    return updateStep(
            "UPDATE fulfil_job SET status = :done, result = :result,"
                + " found_sealed = COALESCE(:found, found_sealed), error_class = NULL,"
                + " confirmed_by = :actor, confirmed_at = :at, updated_at = :at"
                + " WHERE request_id = :request AND step = :step AND "
                + condition,
            requestId,
            step,
            update ->
                update
                    .bind("done", JobState.DONE.id())
                    .bind("state", state.id())
                    .bind("result", result)
                    .bind("found", foundSealed)
                    .bind("actor", actor)
                    .bind("at", now))
        == 1;
  }

  /** Runs an update of one step's row; {@code binds} binds all but {@code :request, :step}. */
  private int updateStep(String sql, String requestId, String step, Consumer<Update> binds) {
    return jdbi.withHandle(
        handle -> {
          Update update = handle.createUpdate(sql).bind("request", requestId).bind("step", step);
          binds.accept(update);
          return update.execute();
        });
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
