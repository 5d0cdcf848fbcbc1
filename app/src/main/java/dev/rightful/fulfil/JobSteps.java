package dev.rightful.fulfil;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.Update;

/**
 * The {@code fulfil_job} table: one row per step of a request's fulfilment (a company system, or
 * {@code respond}), so that a retried job skips what is done. Kinds and states are stored as their
 * {@link StepKind#id()} and {@link JobState#id()}, bound as parameters. Thread-safe.
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
      StepKind kind,
      JobState status,
      String foundSealed,
      String result,
      int attempts,
      String errorClass,
      Instant updatedAt) {
    public boolean isDone() {
      return status == JobState.DONE;
    }

    public boolean isBlocked() {
      return status == JobState.BLOCKED;
    }

    public boolean isFailed() {
      return status == JobState.FAILED;
    }

    /** A manual system's step, waiting for a person to confirm the work. */
    public boolean isWaiting() {
      return status == JobState.WAITING;
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
  public void saveFound(String requestId, String step, StepKind kind, String foundSealed) {
    upsert(requestId, step, kind, JobState.RUNNING, foundSealed, null, null, false);
  }

  public void markDone(String requestId, String step, StepKind kind, String result) {
    upsert(requestId, step, kind, JobState.DONE, null, result, null, false);
  }

  /** As {@link #markDone}, on the caller's transaction. */
  public void markDone(Handle handle, String requestId, String step, StepKind kind, String result) {
    upsert(handle, requestId, step, kind, JobState.DONE, null, result, null, false);
  }

  /**
   * A vendor system's step done with the rows it reported, sealed (null when it reports counts).
   */
  public void markDone(
      String requestId, String step, StepKind kind, String result, String foundSealed) {
    upsert(requestId, step, kind, JobState.DONE, foundSealed, result, null, false);
  }

  /** Counts a failed attempt; returns the attempts so far. */
  public int markFailed(String requestId, String step, StepKind kind, String errorClass) {
    upsert(requestId, step, kind, JobState.FAILED, null, null, errorClass, true);
    return find(requestId, step).orElseThrow().attempts();
  }

  public void markBlocked(String requestId, String step) {
    updateStep(
        "UPDATE fulfil_job SET status = :blocked, updated_at = :at"
            + " WHERE request_id = :request AND step = :step",
        requestId,
        step,
        update -> update.bind("blocked", JobState.BLOCKED.id()).bind("at", now()));
  }

  /** Opens a manual system's step: it waits until a person confirms the work. */
  public void markWaiting(String requestId, String step, StepKind kind) {
    upsert(requestId, step, kind, JobState.WAITING, null, null, null, false);
  }

  /** The same in the caller's transaction (an email system's step with its mail). */
  public void markWaiting(Handle handle, String requestId, String step, StepKind kind) {
    upsert(handle, requestId, step, kind, JobState.WAITING, null, null, null, false);
  }

  /** Who confirmed a manual step, or empty. */
  public Optional<String> confirmedBy(String requestId, String step) {
    return column("confirmed_by", requestId, step);
  }

  /**
   * Keeps the values a correction replaced, sealed: the request's record of what was changed, never
   * in clear (7101). Kept when the found rows are forgotten.
   */
  public void savePrior(String requestId, String step, String priorSealed) {
    updateStep(
        "UPDATE fulfil_job SET prior_sealed = :prior WHERE request_id = :request AND step = :step",
        requestId,
        step,
        update -> update.bind("prior", priorSealed));
  }

  /** The sealed prior values of a correction step, or empty. */
  public Optional<String> findPrior(String requestId, String step) {
    return column("prior_sealed", requestId, step);
  }

  /** Requests with a blocked step, each with the step and its attempts, for the console queue. */
  public Map<String, Step> blocked() {
    Map<String, Step> out = new LinkedHashMap<>();
    jdbi.useHandle(
        handle ->
            handle
                .createQuery(SUMMARY + " WHERE status = :blocked ORDER BY updated_at")
                .bind("blocked", JobState.BLOCKED.id())
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
                    "UPDATE fulfil_job SET status = :failed, attempts = 0, updated_at = :at"
                        + " WHERE request_id = :request AND status = :blocked")
                .bind("failed", JobState.FAILED.id())
                .bind("blocked", JobState.BLOCKED.id())
                .bind("request", requestId)
                .bind("at", now())
                .execute());
  }

  private void upsert(
      String requestId,
      String step,
      StepKind kind,
      JobState status,
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
      StepKind kind,
      JobState status,
      String foundSealed,
      String result,
      String errorClass,
      boolean attempt) {
    OffsetDateTime now = now();
    int updated =
        handle
            .createUpdate(
                "UPDATE fulfil_job SET status = :status,"
                    + " found_sealed = COALESCE(:found, found_sealed),"
                    + " result = COALESCE(:result, result), error_class = :error,"
                    + " attempts = attempts + :attempt, updated_at = :at"
                    + " WHERE request_id = :request AND step = :step")
            .bind("status", status.id())
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
          .bind("kind", kind.id())
          .bind("status", status.id())
          .bind("found", foundSealed)
          .bind("result", result)
          .bind("attempts", attempt ? 1 : 0)
          .bind("error", errorClass)
          .bind("at", now)
          .execute();
    }
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

  /** A nullable column of one step, empty when null or when there is no such step. */
  private Optional<String> column(String column, String requestId, String step) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + column
                        + " FROM fulfil_job WHERE request_id = :request AND step = :step AND "
                        + column
                        + " IS NOT NULL")
                .bind("request", requestId)
                .bind("step", step)
                .mapTo(String.class)
                .findOne());
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }

  private static Step summary(ResultSet rs, StatementContext ctx) throws SQLException {
    return step(rs, null);
  }

  /** A step from {@link #COLUMNS}, in that order, with {@code foundSealed}. */
  private static Step step(ResultSet rs, String foundSealed) throws SQLException {
    return new Step(
        rs.getString(1),
        rs.getString(2),
        StepKind.fromId(rs.getString(3)),
        JobState.fromId(rs.getString(4)),
        foundSealed,
        rs.getString(5),
        rs.getInt(6),
        rs.getString(7),
        rs.getObject(8, OffsetDateTime.class).toInstant());
  }
}
