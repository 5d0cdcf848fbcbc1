package dev.rightful.requests;

import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.law.RecordKeeping;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Deletes the records of consumer requests once their keeping period is over: every closed request
 * (completed or denied) that closed before the cut-off {@link RecordKeeping} gives for today, with
 * its timeline, attachments, codes, fulfilment jobs, package, recipient notices, mail and left-over
 * scheduled tasks. Open requests are never touched. Thread-safe, and safe with several nodes
 * purging one database at once.
 */
public final class RecordsPurge {
  /*
   * Batches. Each transaction takes the oldest BATCH_SIZE due requests, deletes all their rows and
   * appends one records.purged event (counts and the cut-off, no ids: the audit log outlives the
   * records it would name). A huge backlog therefore never holds locks for long, and a purge that
   * is stopped (a shutdown, a failure) keeps every batch it committed; the next run finds what is
   * still due and carries on. Between batches the purge stops if its thread is interrupted.
   *
   * Concurrency. The batch's rights_request rows are locked first (SELECT … FOR UPDATE, oldest
   * first), then the other tables' rows are deleted, then the requests. A second node purging at
   * the same time waits on those rows and, once the first commits, finds them gone and takes the
   * next ones, so two purges never delete the same rows or deadlock on them.
   *
   * What is kept. The suppression list (fulfil_suppression) must outlive the request: it keeps a
   * deleted consumer from being added again. The audit log has its own purge (AuditLog
   * .purgeOlderThan) and consent records their own lifetime; neither is touched here.
   *
   * mail_outbox.request_id holds the request's reference (R-…), which the templates also show;
   * rows are matched on the reference and, for rows written otherwise, on the id.
   */

  /** Requests deleted per transaction. */
  public static final int BATCH_SIZE = 200;

  /** The table of requests, deleted last in each batch. */
  public static final String REQUESTS = "rights_request";

  /** The audit action each batch records. */
  public static final String ACTION = "records.purged";

  // Completed or denied (closed_at is set exactly when a request closes), and closed long enough.
  private static final String DUE = "closed_at < :cutoff AND status IN ('completed', 'denied')";

  // A legal hold on the consumer keeps the request's record too: a claim may need it.
  private static final String NOT_HELD =
      " AND (email_key IS NULL OR email_key NOT IN (<held>))"
          + " AND (phone_key IS NULL OR phone_key NOT IN (<held>))";

  /**
   * The keyed hashes ({@code PiProtection.emailLookupKeys}, {@code phoneLookupKeys}) of the emails
   * and phones legal holds keep; the records of their requests are kept while the hold lasts.
   */
  @FunctionalInterface
  public interface HeldConsumers {
    Set<String> keys();
  }

  /** Where a request's rows are, and the column that names it, children before the request. */
  private static final List<Part> PARTS =
      List.of(
          new Part("request_entry", "request_id", Key.ID),
          new Part("request_attachment", "request_id", Key.ID),
          new Part("verification_code", "request_id", Key.ID),
          new Part("fulfil_job", "request_id", Key.ID),
          new Part("fulfil_package", "request_id", Key.ID),
          new Part("fulfil_notification", "request_id", Key.ID),
          new Part("mail_outbox", "request_id", Key.ID_OR_REFERENCE),
          // db-scheduler's one-time fulfilment tasks are named by the request id.
          new Part("scheduled_tasks", "task_instance", Key.ID),
          new Part(REQUESTS, "id", Key.ID));

  private enum Key {
    ID,
    ID_OR_REFERENCE
  }

  private record Part(String table, String column, Key key) {}

  private record Due(String id, String reference) {}

  /** Told after each batch commits, with the totals so far; the CLI prints progress with it. */
  @FunctionalInterface
  public interface Progress {
    Progress NONE = soFar -> {};

    void batchDone(PurgedRows soFar);
  }

  private final Jdbi jdbi;
  private final AuditLog audit;
  private final Clock clock;
  private final ZoneId zone;
  private final HeldConsumers held;
  private final int batchSize;

  /**
   * @param zone the business time zone, whose calendar counts the months
   */
  public RecordsPurge(Jdbi jdbi, AuditLog audit, Clock clock, ZoneId zone, HeldConsumers held) {
    this(jdbi, audit, clock, zone, held, BATCH_SIZE);
  }

  RecordsPurge(
      Jdbi jdbi, AuditLog audit, Clock clock, ZoneId zone, HeldConsumers held, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("a batch holds at least one request");
    }
    this.jdbi = jdbi;
    this.audit = audit;
    this.clock = clock;
    this.zone = zone;
    this.held = held;
    this.batchSize = batchSize;
  }

  /** Requests closed before this instant are due today. */
  public Instant cutoff(RecordKeeping keeping) {
    return keeping.cutoff(LocalDate.ofInstant(clock.instant(), zone), zone);
  }

  /** The dry run: the rows a purge would delete now, counted; changes nothing. */
  public PurgedRows count(RecordKeeping keeping) {
    Instant cutoff = cutoff(keeping);
    Set<String> kept = held.keys();
    return jdbi.withHandle(
        handle -> {
          Map<String, Long> rows = new LinkedHashMap<>();
          for (Part part : PARTS) {
            rows.put(part.table(), countDue(handle, part, cutoff, kept));
          }
          return new PurgedRows(cutoff, rows);
        });
  }

  private static long countDue(Handle handle, Part part, Instant cutoff, Set<String> kept) {
    String column = part.column();
    String where =
        switch (part.key()) {
          case ID -> column + " IN (" + due("id", kept) + ")";
          case ID_OR_REFERENCE ->
              column
                  + " IN ("
                  + due("id", kept)
                  + ") OR "
                  + column
                  + " IN ("
                  + due("reference", kept)
                  + ")";
        };
    return bindHeld(
            handle
                .createQuery("SELECT COUNT(*) FROM " + part.table() + " WHERE " + where)
                .bind("cutoff", cutoff.atOffset(ZoneOffset.UTC)),
            kept)
        .mapTo(Long.class)
        .one();
  }

  private static String due(String column, Set<String> kept) {
    return "SELECT " + column + " FROM " + REQUESTS + " WHERE " + due(kept);
  }

  private static String due(Set<String> kept) {
    return kept.isEmpty() ? DUE : DUE + NOT_HELD;
  }

  private static Query bindHeld(Query query, Set<String> kept) {
    return kept.isEmpty() ? query : query.bindList("held", List.copyOf(kept));
  }

  /** Deletes every due request's records, recording each batch as done by {@code actor}. */
  public PurgedRows purge(RecordKeeping keeping, String actor) {
    return purge(keeping, actor, Progress.NONE);
  }

  /**
   * Deletes every due request's records in batches of {@value #BATCH_SIZE}, each in its own
   * transaction with its audit event by {@code actor}; returns the rows deleted per table.
   */
  public PurgedRows purge(RecordKeeping keeping, String actor, Progress progress) {
    Instant cutoff = cutoff(keeping);
    Map<String, Long> none = new LinkedHashMap<>();
    PARTS.forEach(part -> none.put(part.table(), 0L));
    PurgedRows total = new PurgedRows(cutoff, none);
    Set<String> kept = held.keys();
    while (!Thread.currentThread().isInterrupted()) {
      Map<String, Long> batch =
          jdbi.inTransaction(handle -> batch(handle, cutoff, kept, keeping, actor));
      if (batch.isEmpty()) {
        break;
      }
      total = total.plus(batch);
      progress.batchDone(total);
    }
    return total;
  }

  /** Deletes the oldest due requests; their rows per table, or nothing when none is due. */
  private Map<String, Long> batch(
      Handle handle, Instant cutoff, Set<String> kept, RecordKeeping keeping, String actor) {
    List<Due> due =
        bindHeld(
                handle
                    .createQuery(
                        "SELECT id, reference FROM "
                            + REQUESTS
                            + " WHERE "
                            + due(kept)
                            + " ORDER BY closed_at, id LIMIT "
                            + batchSize
                            + " FOR UPDATE")
                    .bind("cutoff", cutoff.atOffset(ZoneOffset.UTC)),
                kept)
            .map((rs, ctx) -> new Due(rs.getString("id"), rs.getString("reference")))
            .list();
    if (due.isEmpty()) {
      return Map.of();
    }
    List<String> ids = due.stream().map(Due::id).toList();
    List<String> idsAndReferences = new ArrayList<>(ids);
    due.forEach(request -> idsAndReferences.add(request.reference()));
    Map<String, Long> deleted = new LinkedHashMap<>();
    for (Part part : PARTS) {
      int rows =
          handle
              .createUpdate(
                  "DELETE FROM " + part.table() + " WHERE " + part.column() + " IN (<keys>)")
              .bindList("keys", part.key() == Key.ID ? ids : idsAndReferences)
              .execute();
      deleted.put(part.table(), (long) rows);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("cutoff", cutoff.toString());
    details.put("keepMonths", keeping.months());
    details.put("requests", ids.size());
    details.put("rows", deleted);
    audit.append(handle, new AuditEntry(actor, ACTION, "records", "requests", details));
    return deleted;
  }
}
