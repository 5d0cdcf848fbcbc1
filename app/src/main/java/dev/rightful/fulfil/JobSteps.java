package dev.rightful.fulfil;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * The {@code fulfil_job} table: one row per step of a request's fulfilment (a company system, or
 * {@code respond}), so that a retried job skips what is done. Thread-safe.
 */
public final class JobSteps {
  private static final String COLUMNS =
      "request_id, step, kind, status, result, attempts, error_class, updated_at";

  /** A step without its found rows, as {@link #summary} reads it. */
  private static final String SUMMARY = "SELECT " + COLUMNS + " FROM fulfil_job";

  /** A step with its found rows, the ninth column. */
  private static final String WHOLE = "SELECT " + COLUMNS + ", found_sealed";

  /** The step that answers the consumer once every system is done. */
  public static final String RESPOND = "respond";

  private final Jdbi jdbi;
  private final Clock clock;

  public JobSteps(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * One step as stored. {@code foundSealed} holds personal information, sealed; the others do not.
   */
  public record Step(
      String requestId,
      String step,
      String kind,
      String status,
      String foundSealed,
      String result,
      int attempts,
      String errorClass,
      Instant updatedAt) {
    public boolean isDone() {
      return "done".equals(status);
    }

    public boolean isBlocked() {
      return "blocked".equals(status);
    }

    /** A manual system's step, waiting for a person to confirm the work. */
    public boolean isWaiting() {
      return "waiting".equals(status);
    }

    @Override
    public String toString() {
      return "Step[" + requestId + ", " + step + ", " + status + ", attempts=" + attempts + "]";
    }
  }

  public Optional<Step> find(String requestId, String step) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    WHOLE + " FROM fulfil_job WHERE request_id = :request AND step = :step")
                .bind("request", requestId)
                .bind("step", step)
                .map((rs, ctx) -> step(rs, rs.getString(9)))
                .findOne());
  }

  /** Every step of a request, in the order they were first recorded (no personal information). */
  public List<Step> list(String requestId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(SUMMARY + " WHERE request_id = :request ORDER BY updated_at, step")
                .bind("request", requestId)
                .map(JobSteps::summary)
                .list());
  }

  /** Keeps the rows found in a system before anything is changed there. */
  public void saveFound(String requestId, String step, String kind, String foundSealed) {
    upsert(requestId, step, kind, "running", foundSealed, null, null, false);
  }

  public void markDone(String requestId, String step, String kind, String result) {
    upsert(requestId, step, kind, "done", null, result, null, false);
  }

  /**
   * As {@link #markDone(String, String, String, String)}, with {@code alongside} (its audit event)
   * in the same transaction.
   */
  public void markDone(
      String requestId,
      String step,
      String kind,
      String result,
      java.util.function.Consumer<Handle> alongside) {
    jdbi.useTransaction(
        handle -> {
          markDone(handle, requestId, step, kind, result);
          alongside.accept(handle);
        });
  }

  /** As {@link #markDone(String, String, String, String)}, on the caller's transaction. */
  public void markDone(Handle handle, String requestId, String step, String kind, String result) {
    upsert(handle, requestId, step, kind, "done", null, result, null, false);
  }

  /**
   * A vendor system's step done with the rows it reported, sealed (null when it reports counts).
   */
  public void markDone(
      String requestId, String step, String kind, String result, String foundSealed) {
    upsert(requestId, step, kind, "done", foundSealed, result, null, false);
  }

  /** Counts a failed attempt; returns the attempts so far. */
  public int markFailed(String requestId, String step, String kind, String errorClass) {
    upsert(requestId, step, kind, "failed", null, null, errorClass, true);
    return find(requestId, step).orElseThrow().attempts();
  }

  public void markBlocked(String requestId, String step) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE fulfil_job SET status = 'blocked', updated_at = :at"
                        + " WHERE request_id = :request AND step = :step")
                .bind("request", requestId)
                .bind("step", step)
                .bind("at", OffsetDateTime.now(clock))
                .execute());
  }

  /** Opens a manual system's step: it waits until a person confirms the work. */
  public void markWaiting(String requestId, String step, String kind) {
    upsert(requestId, step, kind, "waiting", null, null, null, false);
  }

  /** The same in the caller's transaction (an email system's step with its mail). */
  public void markWaiting(Handle handle, String requestId, String step, String kind) {
    upsert(handle, requestId, step, kind, "waiting", null, null, null, false);
  }

  /**
   * Links an email system's waiting step to the mail that asked its vendor, in that mail's
   * transaction.
   */
  public void linkMail(Handle handle, String requestId, String step, long outboxId) {
    handle
        .createUpdate(
            "UPDATE fulfil_job SET outbox_id = :outbox WHERE request_id = :request AND step = :step")
        .bind("outbox", outboxId)
        .bind("request", requestId)
        .bind("step", step)
        .execute();
  }

  /** Requests with a step of {@code steps} waiting since before {@code before}, oldest first. */
  public List<String> waitingSince(Instant before, java.util.Collection<String> steps) {
    if (steps.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT DISTINCT request_id FROM fulfil_job WHERE status = 'waiting'"
                        + " AND updated_at < :before AND step IN (<steps>)")
                .bind("before", before.atOffset(java.time.ZoneOffset.UTC))
                .bindList("steps", List.copyOf(steps))
                .mapTo(String.class)
                .list());
  }

  /** A waiting step whose vendor mail the mail server refused for good. */
  public record RefusedMail(String requestId, String step, String error) {}

  /** Waiting steps whose vendor mail failed for good: nobody will reply to them. */
  public List<RefusedMail> refusedMail() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT j.request_id, j.step, o.last_error FROM fulfil_job j"
                        + " JOIN mail_outbox o ON o.id = j.outbox_id"
                        + " WHERE j.status = 'waiting' AND o.status = 'failed'"
                        + " ORDER BY j.updated_at")
                .map(
                    (rs, ctx) -> new RefusedMail(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list());
  }

  /**
   * A webhook system accepted the request for later (202): its step waits for the callback, unless
   * the callback already came (a fast vendor may call back before its 202 is read).
   */
  public void markWaitingUnlessDone(String requestId, String step, int reminders) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE fulfil_job SET status = 'waiting', error_class = NULL, updated_at = :at,"
                        + " attempts = :reminders"
                        + " WHERE request_id = :request AND step = :step AND status <> 'done'")
                .bind("reminders", reminders)
                .bind("request", requestId)
                .bind("step", step)
                .bind("at", OffsetDateTime.now(clock))
                .execute());
  }

  /**
   * A vendor's callback completes its step with the result and the rows it reported (sealed, or
   * null): whatever the step's state, unless it is done already; false then, so a second callback
   * changes nothing. {@code actor} is kept as who confirmed it.
   */
  public boolean finishUnlessDone(
      String requestId, String step, String actor, String result, String foundSealed) {
    return finish(requestId, step, actor, result, foundSealed, "status <> 'done'");
  }

  /**
   * Marks a waiting step done by {@code actor}; false when it was not waiting (already confirmed,
   * or never opened), so a second confirmation changes nothing.
   */
  public boolean confirm(String requestId, String step, String actor) {
    return confirm(requestId, step, actor, "{}", null);
  }

  /** The same, with the rows the person gathered, sealed, and their count as the result. */
  public boolean confirm(
      String requestId, String step, String actor, String result, String foundSealed) {
    return finish(requestId, step, actor, result, foundSealed, "status = 'waiting'");
  }

  private boolean finish(
      String requestId,
      String step,
      String actor,
      String result,
      String foundSealed,
      String condition) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "UPDATE fulfil_job SET status = 'done', result = :result,"
                            + " found_sealed = COALESCE(:found, found_sealed), error_class = NULL,"
                            + " confirmed_by = :actor, confirmed_at = :at, updated_at = :at"
                            + " WHERE request_id = :request AND step = :step AND "
                            + condition)
                    .bind("result", result)
                    .bind("found", foundSealed)
                    .bind("actor", actor)
                    .bind("at", now)
                    .bind("request", requestId)
                    .bind("step", step)
                    .execute())
        == 1;
  }

  /** Who confirmed a manual step, or empty. */
  public java.util.Optional<String> confirmedBy(String requestId, String step) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT confirmed_by FROM fulfil_job WHERE request_id = :request"
                        + " AND step = :step AND confirmed_by IS NOT NULL")
                .bind("request", requestId)
                .bind("step", step)
                .mapTo(String.class)
                .findOne());
  }

  /**
   * Keeps the values a correction replaced, sealed: the request's record of what was changed, never
   * in clear (7101). Kept when the found rows are forgotten.
   */
  public void savePrior(String requestId, String step, String priorSealed) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE fulfil_job SET prior_sealed = :prior"
                        + " WHERE request_id = :request AND step = :step")
                .bind("prior", priorSealed)
                .bind("request", requestId)
                .bind("step", step)
                .execute());
  }

  /** The sealed prior values of a correction step, or empty. */
  public java.util.Optional<String> findPrior(String requestId, String step) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT prior_sealed FROM fulfil_job WHERE request_id = :request"
                        + " AND step = :step AND prior_sealed IS NOT NULL")
                .bind("request", requestId)
                .bind("step", step)
                .mapTo(String.class)
                .findOne());
  }

  /** Requests with a blocked step, each with the step and its attempts, for the console queue. */
  public java.util.Map<String, Step> blocked() {
    java.util.Map<String, Step> out = new java.util.LinkedHashMap<>();
    jdbi.useHandle(
        handle ->
            handle
                .createQuery(SUMMARY + " WHERE status = 'blocked' ORDER BY updated_at")
                .map(JobSteps::summary)
                .forEach(step -> out.putIfAbsent(step.requestId(), step)));
    return out;
  }

  /** Drops the sealed rows found for a request once it is answered: they are no longer needed. */
  public void forgetFound(String requestId) {
    jdbi.useHandle(handle -> forgetFound(handle, requestId));
  }

  /** As {@link #forgetFound(String)}, on the caller's transaction. */
  public void forgetFound(Handle handle, String requestId) {
    handle
        .createUpdate("UPDATE fulfil_job SET found_sealed = NULL WHERE request_id = :request")
        .bind("request", requestId)
        .execute();
  }

  /** Lets staff try a blocked request again: its failed and blocked steps start from zero. */
  public int unblock(String requestId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE fulfil_job SET status = 'failed', attempts = 0, updated_at = :at"
                        + " WHERE request_id = :request AND status = 'blocked'")
                .bind("request", requestId)
                .bind("at", OffsetDateTime.now(clock))
                .execute());
  }

  private void upsert(
      String requestId,
      String step,
      String kind,
      String status,
      String foundSealed,
      String result,
      String errorClass,
      boolean attempt) {
    jdbi.useTransaction(
        handle ->
            upsert(
                handle, requestId, step, kind, status, foundSealed, result, errorClass, attempt));
  }

  private void upsert(
      Handle handle,
      String requestId,
      String step,
      String kind,
      String status,
      String foundSealed,
      String result,
      String errorClass,
      boolean attempt) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    int updated =
        handle
            .createUpdate(
                "UPDATE fulfil_job SET status = :status,"
                    + " found_sealed = COALESCE(:found, found_sealed),"
                    + " result = COALESCE(:result, result), error_class = :error,"
                    + " attempts = attempts + :attempt, updated_at = :at"
                    + " WHERE request_id = :request AND step = :step")
            .bind("status", status)
            .bind("found", foundSealed)
            .bind("result", result)
            .bind("error", errorClass)
            .bind("attempt", attempt ? 1 : 0)
            .bind("at", now)
            .bind("request", requestId)
            .bind("step", step)
            .execute();
    if (updated == 0) {
      handle
          .createUpdate(
              "INSERT INTO fulfil_job (request_id, step, kind, status, found_sealed, result,"
                  + " attempts, error_class, updated_at)"
                  + " VALUES (:request, :step, :kind, :status, :found, :result, :attempts,"
                  + " :error, :at)")
          .bind("request", requestId)
          .bind("step", step)
          .bind("kind", kind)
          .bind("status", status)
          .bind("found", foundSealed)
          .bind("result", result)
          .bind("attempts", attempt ? 1 : 0)
          .bind("error", errorClass)
          .bind("at", now)
          .execute();
    }
  }

  private static Step summary(ResultSet rs, StatementContext ctx) throws SQLException {
    return step(rs, null);
  }

  /** A step from {@link #COLUMNS}, in that order, with {@code foundSealed}. */
  private static Step step(ResultSet rs, String foundSealed) throws SQLException {
    return new Step(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        foundSealed,
        rs.getString(5),
        rs.getInt(6),
        rs.getString(7),
        rs.getObject(8, OffsetDateTime.class).toInstant());
  }
}
