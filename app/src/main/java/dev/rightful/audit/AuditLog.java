package dev.rightful.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The append-only, hash-chained audit log: every step of every request, kept at least 24 months
 * (§7101). Thread-safe, and safe with several Rightful nodes appending to one database.
 *
 * <p>Callers record ids and facts, never consumer personal information (see {@link AuditEntry}).
 */
public final class AuditLog {
  /*
   * One chain, many writers. Every append locks the single row of audit_chain_head (SELECT … FOR
   * UPDATE), reads the newest seq and hash, inserts seq + 1 linked to that hash and moves the head,
   * all in one transaction. Appends from every node therefore queue on that row and the chain
   * cannot fork. The alternative, a unique constraint on seq and a retry on conflict, was rejected
   * because append must work inside a caller's transaction: on PostgreSQL a failed INSERT aborts the
   * whole transaction, so the retry would have to redo the caller's work, which only the caller can.
   * The cost is that the lock is held until the caller commits, so appends serialize for the length
   * of the caller's transaction: keep those short, and use the default READ COMMITTED isolation
   * (under REPEATABLE READ PostgreSQL fails a transaction whose locked row changed meanwhile).
   * A rolled-back caller transaction rolls back its event and the head move together: no gap.
   *
   * Purging keeps the chain verifiable without rewriting a single hash: it deletes a prefix
   * (every event before the first one younger than the cut-off) and records in the head the first
   * kept seq and the hash of the last deleted event, which the first kept event already names as
   * its previous hash. The purge itself is then appended as an event, so the chain says when it
   * was shortened and by whom. A chain that does not verify is never purged: that would destroy
   * the evidence.
   */

  /** Records are kept at least this long. */
  // §7101(a): maintain records of consumer requests and responses for at least 24 months.
  public static final Period MINIMUM_RETENTION = Period.ofMonths(24);

  private static final String COLUMNS =
      "seq, occurred_at, actor, action, subject_type, subject_id, details, prev_hash, hash";
  private static final int FETCH_SIZE = 1000;

  private final Jdbi jdbi;
  private final Clock clock;

  public AuditLog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Appends an event in a transaction of its own. */
  public AuditEvent append(AuditEntry entry) {
    return jdbi.inTransaction(handle -> append(handle, entry));
  }

  /**
   * Appends an event on the caller's handle: inside the caller's transaction when one is open (the
   * event commits or rolls back with the caller's work), else in a transaction of its own.
   */
  public AuditEvent append(Handle handle, AuditEntry entry) {
    String details = Details.json(entry.details());
    return handle.inTransaction(
        h -> {
          ChainHead head = ChainHead.lock(h);
          // Time is read under the lock, so occurred_at follows seq on each node.
          AuditEvent event =
              new AuditEvent(
                      head.lastSeq() + 1,
                      Instant.now(clock).truncatedTo(ChronoUnit.MICROS),
                      entry.actor(),
                      entry.action(),
                      entry.subjectType(),
                      entry.subjectId(),
                      details,
                      head.lastHash(),
                      "")
                  .sealed();
          h.createUpdate(
                  "INSERT INTO audit_event ("
                      + COLUMNS
                      + ") VALUES (:seq, :occurredAt, :actor, :action, :subjectType, :subjectId,"
                      + " :details, :prevHash, :hash)")
              .bind("seq", event.seq())
              .bind("occurredAt", event.occurredAt().atOffset(ZoneOffset.UTC))
              .bind("actor", event.actor())
              .bind("action", event.action())
              .bind("subjectType", event.subjectType())
              .bind("subjectId", event.subjectId())
              .bind("details", event.details())
              .bind("prevHash", event.prevHash())
              .bind("hash", event.hash())
              .execute();
          head.advance(h, event);
          return event;
        });
  }

  /** Every stored event about one thing, oldest first. */
  public List<AuditEvent> list(String subjectType, String subjectId) {
    return jdbi.withHandle(
        handle ->
            handle
                .createQuery(
                    "SELECT "
                        + COLUMNS
                        + " FROM audit_event WHERE subject_type = :type AND subject_id = :id"
                        + " ORDER BY seq")
                .bind("type", subjectType)
                .bind("id", subjectId)
                .map((rs, ctx) -> event(rs))
                .list());
  }

  /**
   * Checks every stored event in order: that its fields produce its hash, that it links to the
   * previous event's hash and that no sequence number is missing, from the chain's anchor to its
   * head. Streams the events, so memory does not grow with the log. Stops at the first break.
   */
  public Verification verify() {
    // One snapshot for the head and the events, so concurrent appends and purges cannot make a
    // sound chain look broken.
    return jdbi.inTransaction(
        TransactionIsolationLevel.REPEATABLE_READ,
        handle -> {
          ChainHead head = ChainHead.read(handle);
          ChainVerifier verifier = new ChainVerifier(head);
          try (Stream<AuditEvent> events =
              handle
                  .createQuery(
                      "SELECT " + COLUMNS + " FROM audit_event WHERE seq <= :last ORDER BY seq")
                  .bind("last", head.lastSeq())
                  .setFetchSize(FETCH_SIZE)
                  .map((rs, ctx) -> event(rs))
                  .stream()) {
            Iterator<AuditEvent> stored = events.iterator();
            while (stored.hasNext() && verifier.accept(stored.next())) {
              // accept() does the work
            }
          }
          return verifier.finish();
        });
  }

  /**
   * Deletes the oldest events, those recorded more than {@code age} ago, and re-anchors the chain
   * so it still verifies; records the purge as an event by {@code actor}.
   *
   * @throws IllegalArgumentException if {@code age} is under {@link #MINIMUM_RETENTION}
   * @throws IllegalStateException if the chain does not verify
   */
  public PurgeResult purgeOlderThan(Period age, String actor) {
    ZonedDateTime now = Instant.now(clock).atZone(ZoneOffset.UTC);
    Instant cutoff = now.minus(age).toInstant();
    if (age.isNegative() || cutoff.isAfter(now.minus(MINIMUM_RETENTION).toInstant())) {
      // §7101(a): records are kept at least 24 months.
      throw new IllegalArgumentException(
          "refusing to purge audit events younger than 24 months (CCPA regulations §7101): " + age);
    }
    Verification verification = verify();
    if (!verification.ok()) {
      Verification.Break broken = verification.firstBreak().orElseThrow();
      throw new IllegalStateException(
          "refusing to purge a broken audit chain (event #"
              + broken.seq()
              + ": "
              + broken.reason()
              + ")");
    }
    return jdbi.inTransaction(handle -> purge(handle, cutoff, actor));
  }

  private PurgeResult purge(Handle handle, Instant cutoff, String actor) {
    ChainHead head = ChainHead.lock(handle);
    OffsetDateTime at = cutoff.atOffset(ZoneOffset.UTC);
    // A prefix only: events are deleted up to the first one young enough to keep, even if a node
    // with a slow clock recorded an older time after it.
    Long firstYoung =
        handle
            .createQuery("SELECT MIN(seq) FROM audit_event WHERE occurred_at >= :cutoff")
            .bind("cutoff", at)
            .mapTo(Long.class)
            .one();
    long firstKept = firstYoung == null ? head.lastSeq() + 1 : firstYoung;
    if (firstKept <= head.anchorSeq()) {
      return new PurgeResult(0, head.anchorSeq());
    }
    String lastDeletedHash =
        handle
            .createQuery("SELECT hash FROM audit_event WHERE seq = :seq")
            .bind("seq", firstKept - 1)
            .mapTo(String.class)
            .one();
    int deleted =
        handle
            .createUpdate("DELETE FROM audit_event WHERE seq < :firstKept")
            .bind("firstKept", firstKept)
            .execute();
    head.reanchor(handle, firstKept, lastDeletedHash);
    append(
        handle,
        new AuditEntry(
            actor,
            "audit.purged",
            "audit",
            "chain",
            Map.of("cutoff", cutoff.toString(), "deleted", deleted, "firstKept", firstKept)));
    return new PurgeResult(deleted, firstKept);
  }

  private static AuditEvent event(ResultSet rs) throws SQLException {
    return new AuditEvent(
        rs.getLong("seq"),
        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("details"),
        rs.getString("prev_hash"),
        rs.getString("hash"));
  }
}
