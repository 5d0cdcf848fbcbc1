package dev.rightful.audit;

import dev.rightful.law.RecordKeeping;
import dev.rightful.store.DeferredInserts;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The append-only, hash-chained audit log: every step of every request, kept at least 24 months
 * (§7101). Thread-safe, and safe with several Rightful nodes appending to one database.
 *
 * <p>Callers record ids and facts, never consumer personal information (see {@link AuditEntry}).
 */
public final class AuditLog {
  /*
   * One chain, many writers, two steps. append() inserts the event into audit_pending on the
   * caller's handle: no lock, so a request's transaction never waits for another's, and its event
   * commits or rolls back with its work (a rolled-back transaction leaves no event and no gap).
   * chainPending(), the sequencer, then links committed pending events into audit_event in batches:
   * it locks the single row of audit_chain_head (SELECT … FOR UPDATE), gives each event seq + 1
   * and the previous hash, inserts the batch, deletes exactly those pending rows and moves the
   * head, all in one transaction. Sequencers on several nodes therefore queue on that row and the
   * chain cannot fork.
   *
   * Why not chain inside the caller's transaction, as the first version did: the head's lock was
   * then held until the caller committed, so every request transaction on every node waited for
   * every other's commit; on two cores it capped fulfilment at well under 100 requests a second
   * (docs/benchmarks.md). Here one lock and one commit serve a whole batch.
   *
   * The price is a short window, the sequencer's interval (AuditSequencer), in which a committed
   * event is not yet in the chain; readers (list, verify, purge) chain what is pending first, so
   * they never miss an event. occurred_at is the time of the append, so a transaction that commits
   * late can give an event an earlier time than the one chained before it; purge deletes a prefix
   * by seq and does not rely on the times being in order.
   *
   * Purging keeps the chain verifiable without rewriting a single hash: it deletes a prefix
   * (every event before the first one younger than the cut-off) and records in the head the first
   * kept seq and the hash of the last deleted event, which the first kept event already names as
   * its previous hash. The purge itself is then appended as an event, so the chain says when it
   * was shortened and by whom. A chain that does not verify is never purged: that would destroy
   * the evidence.
   */

  /** Records are kept at least this long: §7101's 24 months, as {@link RecordKeeping} has it. */
  public static final Period MINIMUM_RETENTION = RecordKeeping.minimum().period();

  private static final String COLUMNS =
      "seq, occurred_at, actor, action, subject_type, subject_id, details, prev_hash, hash";
  private static final int FETCH_SIZE = 1000;
  private static final int CHAIN_BATCH = 500;
  private static final String INSERT_PENDING =
      "INSERT INTO audit_pending (occurred_at, actor, action, subject_type, subject_id, details)"
          + " VALUES (:occurredAt, :actor, :action, :subjectType, :subjectId, :details)";

  private final Jdbi jdbi;
  private final Clock clock;

  public AuditLog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Appends an event in a transaction of its own; it is chained soon after. */
  public void append(AuditEntry entry) {
    jdbi.useHandle(handle -> append(handle, entry));
  }

  /**
   * Appends an event on the caller's handle: inside the caller's transaction when one is open (the
   * event commits or rolls back with the caller's work), else on its own. Takes no lock.
   */
  public void append(Handle handle, AuditEntry entry) {
    DeferredInserts.insert(handle, INSERT_PENDING, pending(entry));
  }

  private Map<String, Object> pending(AuditEntry entry) {
    Map<String, Object> row = new HashMap<>();
    row.put(
        "occurredAt", Instant.now(clock).truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
    row.put("actor", entry.actor());
    row.put("action", entry.action());
    row.put("subjectType", entry.subjectType());
    row.put("subjectId", entry.subjectId());
    row.put("details", Details.json(entry.details()));
    return row;
  }

  /**
   * Appends several events on the caller's handle in one batch, in order (in a {@link
   * dev.rightful.store.GroupCommit}, with the batch's others before the commit). Takes no lock.
   */
  public void append(Handle handle, List<AuditEntry> entries) {
    if (DeferredInserts.defers(handle)) {
      entries.forEach(entry -> DeferredInserts.insert(handle, INSERT_PENDING, pending(entry)));
      return;
    }
    PreparedBatch batch = handle.prepareBatch(INSERT_PENDING);
    for (AuditEntry entry : entries) {
      batch.bindMap(pending(entry)).add();
    }
    batch.execute();
  }

  /**
   * Links every committed pending event into the chain, oldest append first, in batches of {@value
   * #CHAIN_BATCH}; returns how many. Safe to call from several threads and nodes at once.
   */
  public int chainPending() {
    int total = 0;
    int chained;
    do {
      chained = jdbi.inTransaction(this::chainBatch);
      total += chained;
    } while (chained == CHAIN_BATCH);
    return total;
  }

  private int chainBatch(Handle handle) {
    // Most calls find nothing: answer those without taking the lock.
    if (handle
        .createQuery("SELECT id FROM audit_pending LIMIT 1")
        .mapTo(Long.class)
        .findOne()
        .isEmpty()) {
      return 0;
    }
    ChainHead head = ChainHead.lock(handle);
    // Read after the lock, so a sequencer that waited sees what the one before it chained.
    List<Pending> pending =
        handle
            .createQuery(
                "SELECT id, occurred_at, actor, action, subject_type, subject_id, details"
                    + " FROM audit_pending ORDER BY id LIMIT "
                    + CHAIN_BATCH)
            .map(
                (rs, ctx) ->
                    new Pending(
                        rs.getLong("id"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("actor"),
                        rs.getString("action"),
                        rs.getString("subject_type"),
                        rs.getString("subject_id"),
                        rs.getString("details")))
            .list();
    if (pending.isEmpty()) {
      return 0;
    }
    PreparedBatch insert =
        handle.prepareBatch(
            "INSERT INTO audit_event ("
                + COLUMNS
                + ") VALUES (:seq, :occurredAt, :actor, :action, :subjectType, :subjectId,"
                + " :details, :prevHash, :hash)");
    AuditEvent event = null;
    long seq = head.lastSeq();
    String prevHash = head.lastHash();
    for (Pending entry : pending) {
      event =
          new AuditEvent(
                  ++seq,
                  entry.occurredAt(),
                  entry.actor(),
                  entry.action(),
                  entry.subjectType(),
                  entry.subjectId(),
                  entry.details(),
                  prevHash,
                  "")
              .sealed();
      prevHash = event.hash();
      insert
          .bind("seq", event.seq())
          .bind("occurredAt", event.occurredAt().atOffset(ZoneOffset.UTC))
          .bind("actor", event.actor())
          .bind("action", event.action())
          .bind("subjectType", event.subjectType())
          .bind("subjectId", event.subjectId())
          .bind("details", event.details())
          .bind("prevHash", event.prevHash())
          .bind("hash", event.hash())
          .add();
    }
    insert.execute();
    // By id, not by range: a row committed since the SELECT is not chained yet and must stay.
    handle
        .createUpdate("DELETE FROM audit_pending WHERE id IN (<ids>)")
        .bindList("ids", pending.stream().map(Pending::id).toList())
        .execute();
    head.advance(handle, event);
    return pending.size();
  }

  /** A row of audit_pending. */
  private record Pending(
      long id,
      Instant occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String details) {}

  /** Every stored event about one thing, oldest first. */
  public List<AuditEvent> list(String subjectType, String subjectId) {
    chainPending();
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
   * Chains what is pending, then checks every stored event in order: that its fields produce its
   * hash, that it links to the previous event's hash and that no sequence number is missing, from
   * the chain's anchor to its head. Streams the events, so memory does not grow with the log. Stops
   * at the first break.
   */
  public Verification verify() {
    chainPending();
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
