package dev.rightful.fulfil;

import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.config.LegalClock;
import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.crypto.VendorSecrets;
import dev.rightful.datamap.DataMap;
import dev.rightful.fulfil.connector.Connector;
import dev.rightful.fulfil.notify.Notices;
import dev.rightful.law.RequestType;
import dev.rightful.mail.CompanyContact;
import dev.rightful.mail.Messages;
import dev.rightful.mail.Outbox;
import dev.rightful.requests.MailRequestMessages;
import dev.rightful.requests.RequestRepository;
import dev.rightful.requests.RequestService;
import dev.rightful.retention.Holds;
import dev.rightful.store.Database;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.Submissions;
import dev.rightful.testing.TestServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.function.Function;

/**
 * Rightful's own pieces that fulfilment needs, built as App builds them, on a fresh PostgreSQL
 * schema, without the HTTP server or its scheduler: tests drive the jobs themselves.
 */
final class Rig implements AutoCloseable {
  final Database database;
  final CryptoPiProtection pi = new CryptoPiProtection(TestServer.KEYS);
  final AuditLog audit;
  final RequestService requests;
  final DataMap map;
  final Outbox outbox;
  final Messages messages;
  final Notices notices;
  // what the fulfilment it builds records its step timings in
  final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  Rig(String schema, DataMap map) {
    this.map = map;
    this.database = Database.open(Postgres.freshSchema(schema), Postgres.USER, "", 4);
    this.audit = new AuditLog(database.jdbi(), TestServer.CLOCK);
    this.outbox = new Outbox(database.jdbi(), pi, TestServer.CLOCK);
    this.messages = new Messages(CompanyContact.from(map.business(), null), TestServer.CLOCK);
    this.notices = new Notices(database.jdbi(), map, audit, TestServer.CLOCK);
    LegalClock legal = LegalClock.standard();
    this.requests =
        new RequestService(
            database.jdbi(),
            new RequestRepository(pi),
            legal.deadlines(),
            TestServer.CLOCK,
            legal.zone(),
            (handle, actor, action, request, facts) ->
                audit.append(handle, new AuditEntry(actor, action, "request", request.id(), facts)),
            new MailRequestMessages(messages, outbox),
            null);
  }

  Fulfilment fulfilment(Function<String, Connector> connectors, int maxAttempts, String secret) {
    return fulfilmentWithEnv(
        connectors, maxAttempts, name -> name.equals(VendorSecrets.SHARED) ? secret : null);
  }

  /** Fulfilment reading environment variables from {@code env} (webhook secrets). */
  Fulfilment fulfilmentWithEnv(
      Function<String, Connector> connectors, int maxAttempts, Function<String, String> env) {
    return new Fulfilment(
        new Fulfilment.Parts(
            map,
            database.jdbi(),
            pi,
            requests,
            audit,
            connectors,
            notices,
            new Holds(database.jdbi(), pi, TestServer.CLOCK),
            env,
            messages,
            outbox,
            new FulfilmentService.Settings(
                maxAttempts,
                Duration.ofDays(7),
                "https://privacy.example.com",
                LegalClock.standard().zone()),
            Duration.ofMinutes(1),
            TestServer.CLOCK,
            meters));
  }

  /** A verified request from Jane Doe. */
  String verifiedRequest(RequestType type) {
    String id =
        requests
            .submit(
                Submissions.api(type, "jane.doe@example.com", "Jane Doe", "Jane Doe"), "consumer")
            .request()
            .id();
    if (type.requiresVerification()) {
      requests.recordVerification(
          id, new RequestService.Verification(3, true, "test"), "staff:test");
    }
    return id;
  }

  long count(String sql) {
    return database.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  @Override
  public void close() {
    database.close();
  }
}
