package dev.rightful.testing;

import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.config.LegalClock;
import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.law.DenialBasis;
import dev.rightful.law.RequestType;
import dev.rightful.mail.CompanyContact;
import dev.rightful.mail.Messages;
import dev.rightful.mail.Outbox;
import dev.rightful.requests.MailRequestMessages;
import dev.rightful.requests.RequestRepository;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.ResponseNature;
import dev.rightful.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Rightful's own database (H2 or PostgreSQL, migrated) with requests received and closed at chosen
 * times through the real {@code RequestService}, and rows of every table that holds a request's
 * records, for the records purge's tests. Outbox and audit times are TestServer's.
 */
public final class RecordsRig implements AutoCloseable {
  public static final ZoneId LA = ZoneId.of("America/Los_Angeles");

  /** Each table a request's records are in, with the SQL that counts one request's rows. */
  private static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    TABLES.put("rights_request", "SELECT COUNT(*) FROM rights_request WHERE id = :id");
    TABLES.put("request_entry", "SELECT COUNT(*) FROM request_entry WHERE request_id = :id");
    TABLES.put(
        "request_attachment", "SELECT COUNT(*) FROM request_attachment WHERE request_id = :id");
    TABLES.put(
        "verification_code", "SELECT COUNT(*) FROM verification_code WHERE request_id = :id");
    TABLES.put("fulfil_job", "SELECT COUNT(*) FROM fulfil_job WHERE request_id = :id");
    TABLES.put("fulfil_package", "SELECT COUNT(*) FROM fulfil_package WHERE request_id = :id");
    TABLES.put(
        "fulfil_notification", "SELECT COUNT(*) FROM fulfil_notification WHERE request_id = :id");
    TABLES.put(
        "mail_outbox",
        "SELECT COUNT(*) FROM mail_outbox WHERE request_id = :id OR request_id = :reference");
    TABLES.put("scheduled_tasks", "SELECT COUNT(*) FROM scheduled_tasks WHERE task_instance = :id");
  }

  public final Database database;
  public final AuditLog audit;
  private final CryptoPiProtection pi = new CryptoPiProtection(TestServer.KEYS);
  private final Messages messages;
  private final Outbox outbox;

  public RecordsRig(String url, String user) {
    this.database = Database.open(url, user, "", 4);
    this.audit = new AuditLog(database.jdbi(), TestServer.CLOCK);
    this.outbox = new Outbox(database.jdbi(), pi, TestServer.CLOCK);
    this.messages =
        new Messages(
            CompanyContact.from(DataMapLoader.load(Repo.exampleMap()).orThrow().business(), null),
            TestServer.CLOCK);
  }

  /** The requests service as it ran at {@code instant}. */
  public RequestService at(Instant instant) {
    return new RequestService(
        database.jdbi(),
        new RequestRepository(pi),
        LegalClock.standard().deadlines(),
        Clock.fixed(instant, ZoneOffset.UTC),
        LA,
        (handle, actor, action, request, facts) ->
            audit.append(handle, new AuditEntry(actor, action, "request", request.id(), facts)),
        new MailRequestMessages(messages, outbox),
        null);
  }

  /** A request received at {@code received} and left open, with rows in every table. */
  public String open(String received) {
    String id = submit(Instant.parse(received));
    leftovers(id);
    return id;
  }

  /**
   * A know request received a week before {@code closed}, answered then, with every table's rows.
   */
  public String completed(String closed) {
    Instant at = Instant.parse(closed);
    String id = submit(at.minusSeconds(7 * 24 * 3600));
    at(at).recordVerification(id, new RequestService.Verification(2, false, "test"), "staff:test");
    at(at).complete(id, ResponseNature.COMPLIED, "Here are the categories.", "staff:test");
    leftovers(id);
    return id;
  }

  /** As {@link #completed}, denied instead. */
  public String denied(String closed) {
    Instant at = Instant.parse(closed);
    String id = submit(at.minusSeconds(7 * 24 * 3600));
    at(at).deny(id, DenialBasis.UNVERIFIED, "We could not verify you.", "staff:test");
    leftovers(id);
    return id;
  }

  private String submit(Instant received) {
    RequestService service = at(received);
    String id =
        service
            .submit(
                Submissions.api(
                    RequestType.KNOW_CATEGORIES, "jane.doe@example.com", "Jane Doe", null),
                "consumer")
            .request()
            .id();
    service.note(id, "Called back about the request.", "staff:test");
    return id;
  }

  /**
   * Rows a request may still have, in the tables closing does not empty or that fulfilment fills:
   * an attachment and a code (deleted on close, so here as left-overs), a fulfilment step with its
   * sealed rows, a package, a recipient notice, a vendor mail named by the id, a scheduled task,
   * and a suppression entry, which the purge must keep.
   */
  public void leftovers(String id) {
    OffsetDateTime now = OffsetDateTime.now(TestServer.CLOCK);
    database
        .jdbi()
        .useTransaction(
            handle -> {
              handle
                  .createUpdate(
                      "INSERT INTO request_attachment (request_id, kind, media_type, size_bytes,"
                          + " content_sealed, created_at) VALUES (:id, 'signed-permission',"
                          + " 'application/pdf', 3, 'sealed', :now)")
                  .bind("id", id)
                  .bind("now", now)
                  .execute();
              handle
                  .createUpdate(
                      "INSERT INTO verification_code (request_id, code_hash, email_key,"
                          + " created_at, expires_at) VALUES (:id, 'h', 'k', :now, :now)")
                  .bind("id", id)
                  .bind("now", now)
                  .execute();
              handle
                  .createUpdate(
                      "INSERT INTO fulfil_job (request_id, step, kind, status, found_sealed,"
                          + " prior_sealed, updated_at) VALUES (:id, 'company_db', 'correct',"
                          + " 'done', 'sealed rows', 'sealed prior values', :now)")
                  .bind("id", id)
                  .bind("now", now)
                  .execute();
              handle
                  .createUpdate(
                      "INSERT INTO fulfil_package (request_id, zip_sealed, created_at, expires_at)"
                          + " VALUES (:id, 'sealed zip', :now, :now)")
                  .bind("id", id)
                  .bind("now", now)
                  .execute();
              handle
                  .createUpdate(
                      "INSERT INTO fulfil_notification (request_id, recipient_id, vendor, channel,"
                          + " status, created_at, kind) VALUES (:id, 'ads', 'Ad Co', 'email',"
                          + " 'acknowledged', :now, 'delete')")
                  .bind("id", id)
                  .bind("now", now)
                  .execute();
              handle
                  .createUpdate(
                      "INSERT INTO mail_outbox (message_id, request_id, kind, recipient_sealed,"
                          + " subject, body_sealed, status, created_at, next_attempt_at)"
                          + " VALUES (:message, :id, 'vendor-request', 'sealed', 'Request',"
                          + " 'sealed', 'sent', :now, :now)")
                  .bind("message", UUID.randomUUID().toString())
                  .bind("id", id)
                  .bind("now", now)
                  .execute();
              handle
                  .createUpdate(
                      "INSERT INTO scheduled_tasks (task_name, task_instance, execution_time,"
                          + " picked, version) VALUES ('fulfil-request', :id, :now, FALSE, 1)")
                  .bind("id", id)
                  .bind("now", now)
                  .execute();
              handle
                  .createUpdate(
                      "INSERT INTO fulfil_suppression (key_hash, kind, request_id, added_at)"
                          + " VALUES (:key, 'email', :id, :now)")
                  .bind("key", "suppressed-" + id)
                  .bind("id", id)
                  .bind("now", now)
                  .execute();
            });
  }

  /** The request's rows in each table, by SQL of the test's own. */
  public Map<String, Long> rowsOf(String id) {
    String reference =
        database
            .jdbi()
            .withHandle(
                handle ->
                    handle
                        .createQuery("SELECT reference FROM rights_request WHERE id = :id")
                        .bind("id", id)
                        .mapTo(String.class)
                        .findOne()
                        .orElse("none"));
    Map<String, Long> rows = new LinkedHashMap<>();
    TABLES.forEach(
        (table, sql) ->
            rows.put(
                table,
                database
                    .jdbi()
                    .withHandle(
                        handle -> {
                          var query = handle.createQuery(sql).bind("id", id);
                          if (sql.contains(":reference")) {
                            query.bind("reference", reference);
                          }
                          return query.mapTo(Long.class).one();
                        })));
    return rows;
  }

  public long count(String sql) {
    return database.jdbi().withHandle(handle -> handle.createQuery(sql).mapTo(Long.class).one());
  }

  @Override
  public void close() {
    database.close();
  }
}
