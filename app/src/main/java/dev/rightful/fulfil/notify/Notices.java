package dev.rightful.fulfil.notify;

import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Recipient;
import dev.rightful.law.RecipientDuty;
import dev.rightful.requests.RightsRequest;
import dev.rightful.store.DeferredInserts;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The {@code fulfil_notification} table: which vendors a request is passed on to, and where each
 * notice stands. Every change of status is audited in the same transaction. Made before the request
 * service, so that an opt-out's notices are queued in the transaction that records the request.
 * Thread-safe.
 */
public final class Notices {
  /**
   * The vendor of a recipient whose companies the map does not name: a manual task, shown as such.
   */
  static final Recipient.Vendor UNNAMED =
      new Recipient.Vendor(
          "every company in this category (none named in the map)", null, null, null, null);

  private final Jdbi jdbi;
  private final DataMap map;
  private final AuditLog audit;
  private final Clock clock;

  public Notices(Jdbi jdbi, DataMap map, AuditLog audit, Clock clock) {
    this.jdbi = jdbi;
    this.map = map;
    this.audit = audit;
    this.clock = clock;
  }

  public DataMap map() {
    return map;
  }

  /**
   * Queues the notices of a request that is {@link NoticeKinds#toldOnReceipt}, on the caller's
   * handle.
   */
  public void received(Handle handle, RightsRequest request) {
    if (NoticeKinds.toldOnReceipt(request.type())) {
      // The request was stored in this transaction: none of its notices can be queued yet.
      enqueue(handle, request, NoticeKinds.kindOf(request.type()).orElseThrow(), new HashSet<>());
    }
  }

  /**
   * Requests told on receipt, still open, whose every notice is acknowledged: their work is done.
   * Only {@code requestId} when it is not null.
   */
  List<String> allTold(String requestId) {
    return jdbi.withHandle(
        handle -> {
          var query =
              handle.createQuery(
                  "SELECT n.request_id FROM fulfil_notification n"
                      + " JOIN rights_request r ON r.id = n.request_id"
                      + " WHERE n.kind IN ('opt-out', 'limit', 'opt-out-admt') AND r.status = 'verified'"
                      + (requestId == null ? "" : " AND n.request_id = :id")
                      + " GROUP BY n.request_id"
                      + " HAVING SUM(CASE WHEN n.status = 'acknowledged' THEN 0 ELSE 1 END) = 0");
          if (requestId != null) {
            query.bind("id", requestId);
          }
          return query.mapTo(String.class).list();
        });
  }

  /** How many notices of {@code kind} one request gets ({@link NoticeKinds#perRequest}). */
  public int perRequest(String kind) {
    return NoticeKinds.perRequest(map, kind);
  }

  /** The recipients a notice of {@code kind} goes to, by {@link RecipientDuty}. */
  public List<Recipient> recipientsFor(String kind) {
    return NoticeKinds.recipientsFor(map, kind);
  }

  /**
   * Records one pending notice per vendor of every recipient concerned, due on the request's
   * response date, on the caller's transaction; recording again adds nothing. Returns how many were
   * added.
   */
  public int enqueue(Handle handle, RightsRequest request, String kind) {
    // What is queued already, in one read; then the rest and their audit events in one batch
    // each: a deletion on a map with many recipients is several notices, on every request.
    Set<String> present =
        new HashSet<>(
            handle
                .createQuery(
                    "SELECT recipient_id, vendor FROM fulfil_notification"
                        + " WHERE request_id = :request AND kind = :kind")
                .bind("request", request.id())
                .bind("kind", kind)
                .map((rs, ctx) -> rs.getString(1) + "\n" + rs.getString(2))
                .list());
    return enqueue(handle, request, kind, present);
  }

  private static final String INSERT =
      "INSERT INTO fulfil_notification (request_id, kind, recipient_id, vendor, channel, status,"
          + " attempts, created_at, due_on)"
          + " VALUES (:request, :kind, :recipient, :vendor, :channel, 'pending', 0, :at, :due)";

  /**
   * One batch; in a {@link dev.rightful.store.GroupCommit} (intake), with the batch's other
   * requests' notices before the commit.
   */
  private static void insert(Handle handle, List<Map<String, Object>> rows) {
    if (DeferredInserts.defers(handle)) {
      rows.forEach(row -> DeferredInserts.insert(handle, INSERT, row));
      return;
    }
    PreparedBatch batch = handle.prepareBatch(INSERT);
    rows.forEach(row -> batch.bindMap(row).add());
    batch.execute();
  }

  /** Queues what is not in {@code present} (recipient id, a newline, vendor name); adds to it. */
  private int enqueue(Handle handle, RightsRequest request, String kind, Set<String> present) {
    // The request's own response date: 45 days for a deletion or correction (7021(b)), 15
    // business days for an opt-out (7026(f)) or a limit (7027(g)), as the law's calendar set it.
    LocalDate due = request.effectiveDueBy();
    List<Map<String, Object>> rows = new ArrayList<>();
    List<AuditEntry> queued = new ArrayList<>();
    for (Recipient recipient : recipientsFor(kind)) {
      // A recipient the law says must be told is told even when the map names none of its
      // companies: one task for staff to pass the request on to all of them.
      List<Recipient.Vendor> vendors =
          recipient.vendors().isEmpty() ? List.of(UNNAMED) : recipient.vendors();
      for (Recipient.Vendor v : vendors) {
        if (!present.add(recipient.id() + "\n" + v.name())) {
          continue;
        }
        Map<String, Object> row = new HashMap<>();
        row.put("request", request.id());
        row.put("kind", kind);
        row.put("recipient", recipient.id());
        row.put("vendor", v.name());
        row.put("channel", v.channel());
        row.put("at", OffsetDateTime.now(clock));
        row.put("due", due);
        rows.add(row);
        queued.add(
            new AuditEntry(
                "system",
                "fulfil.recipient-notice-queued",
                "request",
                request.id(),
                Map.of(
                    "kind", kind,
                    "recipient", recipient.id(),
                    "vendor", v.name(),
                    "channel", v.channel(),
                    "dueOn", due.toString())));
      }
    }
    if (!queued.isEmpty()) {
      insert(handle, rows);
      audit.append(handle, queued);
    }
    return queued.size();
  }

  public int enqueue(RightsRequest request, String kind) {
    return jdbi.inTransaction(handle -> enqueue(handle, request, kind));
  }

  public List<Notice> list(String requestId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + Notice.COLUMNS
                        + " FROM fulfil_notification WHERE request_id = :request"
                        + " ORDER BY id")
                .bind("request", requestId)
                .map((rs, ctx) -> Notice.from(rs))
                .list());
  }

  public Optional<Notice> find(long id) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT " + Notice.COLUMNS + " FROM fulfil_notification WHERE id = :id")
                .bind("id", id)
                .map((rs, ctx) -> Notice.from(rs))
                .findOne());
  }

  /** Pending notices of one channel, oldest first, at most {@code limit}. */
  List<Notice> pending(String channel, int limit) {
    return pending(channel, "", Map.of(), limit);
  }

  /** One request's pending notices of one channel, oldest first. */
  List<Notice> pending(String channel, String requestId) {
    return pending(channel, " AND request_id = :request", Map.of("request", requestId), 0);
  }

  private List<Notice> pending(
      String channel, String condition, Map<String, Object> binds, int limit) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + Notice.COLUMNS
                        + " FROM fulfil_notification WHERE status = 'pending'"
                        + " AND channel = :channel"
                        + condition
                        + " ORDER BY id")
                .bind("channel", channel)
                .bindMap(binds)
                .setMaxRows(limit)
                .map((rs, ctx) -> Notice.from(rs))
                .list());
  }

  /** The vendor of the map a notice goes to; empty when the map no longer names it. */
  public Optional<Recipient.Vendor> vendorOf(Notice notice) {
    return map.findRecipient(notice.recipientId()).stream()
        .flatMap(r -> r.vendors().stream())
        .filter(v -> v.name().equals(notice.vendor()))
        .findFirst();
  }

  /**
   * Moves a notice to {@code status} (null: keep it) after an attempt, counting the attempt when
   * {@code attempt} is true, with the error in our own words or null; audited when the status
   * changes. {@code actor} is who caused it.
   */
  void record(Notice notice, String status, boolean attempt, String error, String actor) {
    jdbi.useTransaction(handle -> record(handle, notice, status, attempt, error, actor, Map.of()));
  }

  /** Told of each notice that has just been delivered or acknowledged, in its transaction. */
  interface Told {
    void told(Handle handle, Notice notice);
  }

  private volatile Told told = (handle, notice) -> {};

  /** {@code told} hears of every notice told from now on (the consumer's follow-up mail). */
  void whenTold(Told told) {
    this.told = told;
  }

  void record(
      Handle handle,
      Notice notice,
      String status,
      boolean attempt,
      String error,
      String actor,
      Map<String, Object> facts) {
    String next = status == null ? notice.status() : status;
    boolean nowTold = !notice.isTold() && ("sent".equals(next) || "acknowledged".equals(next));
    boolean closes = !next.equals(notice.status()) && !next.equals("failed");
    handle
        .createUpdate(
            "UPDATE fulfil_notification SET status = :status, attempts = attempts + :attempt,"
                + " last_error = :error, completed_at = COALESCE(:done, completed_at)"
                + " WHERE id = :id")
        .bind("status", next)
        .bind("attempt", attempt ? 1 : 0)
        .bind("error", error)
        .bindByType("done", closes ? OffsetDateTime.now(clock) : null, OffsetDateTime.class)
        .bind("id", notice.id())
        .execute();
    if (!next.equals(notice.status())) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("notice", notice.id());
      details.put("recipient", notice.recipientId());
      details.put("vendor", notice.vendor());
      details.put("attempts", notice.attempts() + (attempt ? 1 : 0));
      details.putAll(facts);
      audit.append(
          handle,
          new AuditEntry(
              actor, "fulfil.recipient-notice-" + next, "request", notice.requestId(), details));
    }
    if (nowTold) {
      told.told(handle, notice);
    }
  }

  /**
   * How many of the request's notices of {@code kind} are not yet told, on the caller's handle. The
   * request's row is locked first: two notices told at once in two transactions would each see the
   * other still pending, and neither would send the follow-up; locked, the second counts after the
   * first has committed.
   */
  long notYetTold(Handle handle, String requestId, String kind) {
    handle
        .createQuery("SELECT id FROM rights_request WHERE id = :id FOR UPDATE")
        .bind("id", requestId)
        .mapTo(String.class)
        .findOne();
    return handle
        .createQuery(
            "SELECT COUNT(*) FROM fulfil_notification WHERE request_id = :request AND kind = :kind"
                + " AND status NOT IN ('sent', 'acknowledged')")
        .bind("request", requestId)
        .bind("kind", kind)
        .mapTo(Long.class)
        .one();
  }

  /** Links an email notice to the outbox message it goes out as, counting the attempt; audited. */
  void mailed(Handle handle, Notice notice, long outboxId) {
    handle
        .createUpdate(
            "UPDATE fulfil_notification SET outbox_id = :outbox, attempts = attempts + 1,"
                + " last_error = NULL WHERE id = :id")
        .bind("outbox", outboxId)
        .bind("id", notice.id())
        .execute();
    audit.append(
        handle,
        new AuditEntry(
            "system",
            "fulfil.recipient-notice-mailed",
            "request",
            notice.requestId(),
            Map.of(
                "notice", notice.id(),
                "recipient", notice.recipientId(),
                "vendor", notice.vendor(),
                "outbox", outboxId)));
  }

  /** Marks a notice acknowledged by {@code actor}, on the caller's transaction; audited. */
  void acknowledge(Handle handle, Notice notice, String actor, Map<String, Object> facts) {
    handle
        .createUpdate("UPDATE fulfil_notification SET confirmed_by = :actor WHERE id = :id")
        .bind("actor", actor)
        .bind("id", notice.id())
        .execute();
    record(handle, notice, "acknowledged", false, null, actor, facts);
  }

  /** How many open notices are past their due date ({@link #overdue}'s rule), for the metrics. */
  public long countOverdue(LocalDate today) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT COUNT(*) FROM fulfil_notification WHERE status <> 'acknowledged'"
                        + " AND due_on < :today")
                .bind("today", today)
                .mapTo(Long.class)
                .one());
  }

  /** Open notices past their due date, oldest due first, for the console and the API. */
  public List<Notice> overdue(LocalDate today, int limit) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + Notice.COLUMNS
                        + " FROM fulfil_notification WHERE status <> 'acknowledged'"
                        + " AND due_on < :today ORDER BY due_on, id")
                .bind("today", today)
                .setMaxRows(limit)
                .map((rs, ctx) -> Notice.from(rs))
                .list());
  }
}
