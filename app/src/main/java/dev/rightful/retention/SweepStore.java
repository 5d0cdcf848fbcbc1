package dev.rightful.retention;

import static dev.rightful.retention.Holds.at;
import static dev.rightful.retention.Holds.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Sweeps, their progress per rule and table, and the lease that lets one node sweep at a time, in
 * Rightful's own database. Every method is one short statement or transaction. Thread-safe.
 */
final class SweepStore {
  static final String LEASE = "sweep";

  private final Jdbi jdbi;

  SweepStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** A sweep row. */
  record Sweep(
      long id,
      Instant asOf,
      SweepReport.Trigger trigger,
      String node,
      Instant startedAt,
      Instant finishedAt) {}

  /** A step row: one target of a sweep and how far it got. */
  record Step(
      long sweepId,
      int seq,
      String ruleId,
      String systemId,
      String table,
      String action,
      String status,
      Long expired,
      Long held,
      Long blocked,
      long done,
      int batches,
      long maxBatchMicros,
      String lastKey,
      String pendingKey,
      Integer pendingRows,
      String note) {

    boolean open() {
      return status.equals("pending");
    }

    String target() {
      return systemId + "." + table;
    }
  }

  /** The lease: who holds it, until when, and when the schedule next runs. */
  record Lease(String owner, Instant until, Instant nextRunAt) {}

  /**
   * Takes the lease for {@code owner} when nobody holds it, its holder's time ran out, or {@code
   * owner} holds it already; with {@code onlyWhenDue}, only once the schedule is due. One
   * conditional UPDATE, so of several nodes exactly one wins.
   */
  boolean claim(String owner, Instant now, Duration length, boolean onlyWhenDue) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "UPDATE retention_lease SET owner = :owner, lease_until = :until"
                            + " WHERE name = :name"
                            + " AND (owner IS NULL OR owner = :owner OR lease_until < :now)"
                            + (onlyWhenDue ? " AND next_run_at <= :now" : ""))
                    .bind("owner", owner)
                    .bind("until", at(now.plus(length)))
                    .bind("now", at(now))
                    .bind("name", LEASE)
                    .execute())
        == 1;
  }

  /** Sets when the schedule first runs, unless a node did already. */
  void scheduleIfUnset(Instant first) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE retention_lease SET next_run_at = :first"
                        + " WHERE name = :name AND next_run_at IS NULL")
                .bind("first", at(first))
                .bind("name", LEASE)
                .execute());
  }

  /** Extends the lease; false when {@code owner} no longer holds it. */
  boolean renew(String owner, Instant now, Duration length) {
    return jdbi.withHandle(
            handle ->
                handle
                    .createUpdate(
                        "UPDATE retention_lease SET lease_until = :until"
                            + " WHERE name = :name AND owner = :owner")
                    .bind("until", at(now.plus(length)))
                    .bind("name", LEASE)
                    .bind("owner", owner)
                    .execute())
        == 1;
  }

  /** Gives the lease up; {@code nextRunAt}, when given, moves the schedule. */
  void release(String owner, Instant nextRunAt) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE retention_lease SET owner = NULL, lease_until = NULL"
                        + (nextRunAt != null ? ", next_run_at = :next" : "")
                        + " WHERE name = :name AND owner = :owner")
                .bind("next", nextRunAt == null ? null : at(nextRunAt))
                .bind("name", LEASE)
                .bind("owner", owner)
                .execute());
  }

  Lease lease() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT owner, lease_until, next_run_at FROM retention_lease WHERE name = :n")
                .bind("n", LEASE)
                .map(
                    (rs, ctx) ->
                        new Lease(
                            rs.getString("owner"),
                            instant(rs, "lease_until"),
                            instant(rs, "next_run_at")))
                .one());
  }

  /** The sweep that began and did not finish, if any: the next sweep resumes it. */
  Optional<Sweep> unfinished() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT id, as_of, trigger_kind, node, started_at, finished_at"
                        + " FROM retention_sweep WHERE status = 'running' ORDER BY id")
                .map(SweepStore::sweep)
                .findFirst());
  }

  /** The sweep begun last, finished or not; empty before the first sweep. */
  Optional<Sweep> latest() {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT id, as_of, trigger_kind, node, started_at, finished_at"
                        + " FROM retention_sweep ORDER BY id DESC")
                .setMaxRows(1)
                .map(SweepStore::sweep)
                .findFirst());
  }

  Optional<Sweep> find(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT id, as_of, trigger_kind, node, started_at, finished_at"
                        + " FROM retention_sweep WHERE id = :id")
                .bind("id", id)
                .map(SweepStore::sweep)
                .findOne());
  }

  /** Records a new sweep and one pending step per target, in sweep order. */
  Sweep begin(
      Instant asOf, SweepReport.Trigger trigger, String node, Instant now, List<Target> targets) {
    long id =
        jdbi.inTransaction(
            handle -> {
              long sweep =
                  handle
                      .createUpdate(
                          "INSERT INTO retention_sweep (as_of, trigger_kind, node, status,"
                              + " started_at) VALUES (:asOf, :trigger, :node, 'running', :now)")
                      .bind("asOf", at(asOf))
                      .bind("trigger", trigger.name().toLowerCase(java.util.Locale.ROOT))
                      .bind("node", node)
                      .bind("now", at(now))
                      .executeAndReturnGeneratedKeys("id")
                      .mapTo(Long.class)
                      .one();
              int seq = 0;
              for (Target target : targets) {
                handle
                    .createUpdate(
                        "INSERT INTO retention_sweep_step (sweep_id, seq, rule_id, system_id,"
                            + " table_name, action, status) VALUES (:sweep, :seq, :rule,"
                            + " :system, :table, :action, 'pending')")
                    .bind("sweep", sweep)
                    .bind("seq", seq++)
                    .bind("rule", target.rule().id())
                    .bind("system", target.system().id())
                    .bind("table", target.table().name())
                    .bind(
                        "action", target.rule().action().name().toLowerCase(java.util.Locale.ROOT))
                    .execute();
              }
              return sweep;
            });
    return find(id).orElseThrow();
  }

  List<Step> steps(long sweepId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery("SELECT * FROM retention_sweep_step WHERE sweep_id = :id ORDER BY seq")
                .bind("id", sweepId)
                .map(SweepStore::step)
                .list());
  }

  /** What stays of the table's expired rows, counted when the step ends. */
  void counted(Step step, long expired, long held, long blocked) {
    update(
        step,
        "expired = :expired, held = :held, blocked = :blocked",
        h -> h.bind("expired", expired).bind("held", held).bind("blocked", blocked));
  }

  /**
   * A batch up to {@code key} changed {@code rows} rows and is about to commit. Written inside the
   * company transaction, so that a resumed sweep knows the count of a batch that committed just
   * before the node stopped.
   */
  void pending(Step step, String key, int rows) {
    update(
        step,
        "pending_key = :key, pending_rows = :rows",
        h -> h.bind("key", key).bind("rows", rows));
  }

  /**
   * Inside a batch's transaction: the pending batch before it (which committed) is done, and this
   * one, up to {@code key} with {@code rows} rows, is pending. One write per batch.
   *
   * @param previousMicros how long the previous batch's transaction took
   */
  void advance(Step step, String key, int rows, long previousMicros) {
    update(
        step,
        "last_key = COALESCE(pending_key, last_key), done = done + COALESCE(pending_rows, 0),"
            + " batches = batches + CASE WHEN pending_key IS NULL THEN 0 ELSE 1 END,"
            + " max_batch_micros = CASE WHEN pending_key IS NOT NULL AND max_batch_micros < :prev"
            + " THEN :prev ELSE max_batch_micros END, pending_key = :key, pending_rows = :rows",
        h -> h.bind("prev", previousMicros).bind("key", key).bind("rows", rows));
  }

  /** A batch committed: move past {@code key}, count its rows, forget the pending batch. */
  void progressed(Step step, String key, long rows, long micros) {
    update(
        step,
        "last_key = :key, done = done + :rows, batches = batches + 1, pending_key = NULL,"
            + " pending_rows = NULL, max_batch_micros = CASE WHEN max_batch_micros < :micros"
            + " THEN :micros ELSE max_batch_micros END",
        h -> h.bind("key", key).bind("rows", rows).bind("micros", micros));
  }

  /** The pending batch did not commit: forget it, the range is swept again. */
  void abandonPending(Step step) {
    update(step, "pending_key = NULL, pending_rows = NULL", h -> h);
  }

  /** The step ended; its keys are cleared, as they may be personal information. */
  void finishStep(Step step, String status, String note, Instant now) {
    update(
        step,
        "status = :status, note = :note, finished_at = :now, last_key = NULL,"
            + " pending_key = NULL, pending_rows = NULL",
        h -> h.bind("status", status).bind("note", note).bind("now", at(now)));
  }

  void finish(long sweepId, Instant now) {
    jdbi.useHandle(
        handle ->
            handle
                .createUpdate(
                    "UPDATE retention_sweep SET status = 'finished', finished_at = :now"
                        + " WHERE id = :id")
                .bind("now", at(now))
                .bind("id", sweepId)
                .execute());
  }

  Step reload(Step step) {
    return steps(step.sweepId()).get(step.seq());
  }

  private void update(
      Step step,
      String set,
      java.util.function.UnaryOperator<org.jdbi.v3.core.statement.Update> binder) {
    jdbi.useHandle(
        (Handle handle) ->
            binder
                .apply(
                    handle.createUpdate(
                        "UPDATE retention_sweep_step SET "
                            + set
                            + " WHERE sweep_id = :sweep AND seq = :seq"))
                .bind("sweep", step.sweepId())
                .bind("seq", step.seq())
                .execute());
  }

  private static Sweep sweep(ResultSet rs, StatementContext context) throws SQLException {
    return new Sweep(
        rs.getLong("id"),
        instant(rs, "as_of"),
        SweepReport.Trigger.valueOf(
            rs.getString("trigger_kind").toUpperCase(java.util.Locale.ROOT)),
        rs.getString("node"),
        instant(rs, "started_at"),
        instant(rs, "finished_at"));
  }

  private static Step step(ResultSet rs, StatementContext context) throws SQLException {
    return new Step(
        rs.getLong("sweep_id"),
        rs.getInt("seq"),
        rs.getString("rule_id"),
        rs.getString("system_id"),
        rs.getString("table_name"),
        rs.getString("action"),
        rs.getString("status"),
        rs.getObject("expired", Long.class),
        rs.getObject("held", Long.class),
        rs.getObject("blocked", Long.class),
        rs.getLong("done"),
        rs.getInt("batches"),
        rs.getLong("max_batch_micros"),
        rs.getString("last_key"),
        rs.getString("pending_key"),
        rs.getObject("pending_rows", Integer.class),
        rs.getString("note"));
  }
}
