package dev.rightful.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.rightful.law.RequestType;
import dev.rightful.store.Database;
import dev.rightful.testing.TestClock;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DispatcherTest {
  static final String FROM = "privacy-noreply@acme.example";
  final TestClock clock = TestClock.at("2026-03-02");
  final DispatcherSettings settings = DispatcherSettings.every(Duration.ofMillis(50));

  static Stream<MailDatabases> databases() {
    return MailDatabases.fresh("mail_dispatch_test");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void every_kind_of_message_arrives_with_its_subject_and_facts(MailDatabases db) throws Exception {
    GreenMail smtp = startSmtp(0);
    try (Database database = db.open()) {
      Outbox outbox = outbox(database);
      List<SampleMessages.Sample> samples = SampleMessages.all(clock);
      database.jdbi().useTransaction(h -> samples.forEach(s -> outbox.enqueue(h, s.message())));

      var result = dispatcher(outbox, smtp).dispatchOnce();

      assertThat(result.sent()).isEqualTo(samples.size());
      MimeMessage[] received = smtp.getReceivedMessages();
      assertThat(received).hasSize(samples.size());
      for (SampleMessages.Sample sample : samples) {
        MimeMessage mail =
            Arrays.stream(received)
                .filter(m -> subject(m).equals(sample.message().subject()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no mail for " + sample));
        assertThat(subject(mail)).contains(sample.subjectPart());
        assertThat(text(mail)).as(sample.toString()).contains(sample.facts());
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(SampleMessages.CONSUMER);
        assertThat(mail.getFrom()[0].toString()).isEqualTo(FROM);
        assertThat(mail.getMessageID()).endsWith("@acme.example>");
      }
      assertThat(outbox.list(20))
          .allSatisfy(
              e -> {
                assertThat(e.status()).isEqualTo(MailStatus.SENT);
                assertThat(e.sentAt()).isEqualTo(clock.instant());
                assertThat(e.attempts()).isEqualTo(1);
              });
    } finally {
      smtp.stop();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void an_smtp_outage_keeps_the_message_pending_with_backoff_until_the_server_returns(
      MailDatabases db) throws Exception {
    int port = freePort();
    try (Database database = db.open()) {
      Outbox outbox = outbox(database);
      long id = database.jdbi().inTransaction(h -> outbox.enqueue(h, OutboxTest.receipt("R-1")));
      Dispatcher dispatcher = new Dispatcher(outbox, smtpAt(port), settings, clock);

      assertThat(dispatcher.dispatchOnce().retried()).isEqualTo(1);
      OutboxEntry afterFirst = outbox.find(id).orElseThrow();
      assertThat(afterFirst.status()).isEqualTo(MailStatus.PENDING);
      assertThat(afterFirst.attempts()).isEqualTo(1);
      assertThat(afterFirst.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(30));
      assertThat(afterFirst.lastError())
          .isEqualTo("cannot connect to the SMTP server")
          .doesNotContain("@");

      // Not due yet: the backoff holds the message back.
      clock.advance(Duration.ofSeconds(29));
      assertThat(dispatcher.dispatchOnce().total()).isZero();
      assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(1);

      clock.advance(Duration.ofSeconds(1));
      assertThat(dispatcher.dispatchOnce().retried()).isEqualTo(1);
      OutboxEntry afterSecond = outbox.find(id).orElseThrow();
      assertThat(afterSecond.attempts()).isEqualTo(2);
      assertThat(afterSecond.nextAttemptAt()).isEqualTo(clock.instant().plusSeconds(60));

      GreenMail smtp = startSmtp(port);
      try {
        clock.advance(Duration.ofSeconds(60));
        assertThat(dispatcher.dispatchOnce().sent()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        OutboxEntry sent = outbox.find(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(MailStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(3);
        assertThat(sent.sentAt()).isEqualTo(clock.instant());
        // Sent messages are not sent again.
        clock.advance(Duration.ofHours(2));
        assertThat(dispatcher.dispatchOnce().total()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
      } finally {
        smtp.stop();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void two_nodes_dispatching_at_once_never_send_a_message_twice(MailDatabases db) throws Exception {
    GreenMail smtp = startSmtp(0);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try (Database first = db.open();
        Database second = db.open()) {
      Outbox outbox = outbox(first);
      int count = 40;
      first
          .jdbi()
          .useTransaction(
              h -> {
                for (int i = 0; i < count; i++) {
                  outbox.enqueue(h, OutboxTest.receipt("R-" + i));
                }
              });
      List<Dispatcher> dispatchers =
          List.of(dispatcher(outbox(first), smtp), dispatcher(outbox(second), smtp));
      CountDownLatch go = new CountDownLatch(1);
      List<Future<Dispatcher.Result>> results = new ArrayList<>();
      for (Dispatcher dispatcher : dispatchers) {
        results.add(
            nodes.submit(
                () -> {
                  go.await();
                  return dispatcher.dispatchOnce();
                }));
      }
      go.countDown();
      int sent = 0;
      for (Future<Dispatcher.Result> result : results) {
        sent += result.get().sent();
      }

      assertThat(sent).isEqualTo(count);
      MimeMessage[] received = smtp.getReceivedMessages();
      assertThat(received).hasSize(count);
      assertThat(Arrays.stream(received).map(DispatcherTest::subject).distinct()).hasSize(count);
      assertThat(outbox.list(100))
          .hasSize(count)
          .allSatisfy(
              e -> {
                assertThat(e.status()).isEqualTo(MailStatus.SENT);
                assertThat(e.attempts()).isEqualTo(1);
              });
    } finally {
      nodes.shutdownNow();
      smtp.stop();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void a_message_claimed_by_a_node_that_died_is_sent_by_another_after_the_lease(MailDatabases db)
      throws Exception {
    GreenMail smtp = startSmtp(0);
    try (Database first = db.open();
        Database second = db.open()) {
      Outbox dying = outbox(first);
      long id = first.jdbi().inTransaction(h -> dying.enqueue(h, OutboxTest.receipt("R-1")));
      Outbox.Claim claim = dying.claimNext(settings.lease()).orElseThrow();
      assertThat(claim.id()).isEqualTo(id);

      Dispatcher survivor = dispatcher(outbox(second), smtp);
      assertThat(survivor.dispatchOnce().total()).isZero();

      clock.advance(settings.lease());
      assertThat(survivor.dispatchOnce().sent()).isEqualTo(1);
      assertThat(smtp.getReceivedMessages()).hasSize(1);
      // The late node's outcome no longer applies: its claim token is gone.
      dying.markRetry(claim, clock.instant(), "late");
      OutboxEntry entry = dying.find(id).orElseThrow();
      assertThat(entry.status()).isEqualTo(MailStatus.SENT);
      assertThat(entry.attempts()).isEqualTo(2);
      assertThat(entry.lastError()).isNull();
    } finally {
      smtp.stop();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void without_an_smtp_host_messages_are_kept_in_the_dev_outbox(MailDatabases db) {
    try (Database database = db.open()) {
      Outbox outbox = outbox(database);
      long id = database.jdbi().inTransaction(h -> outbox.enqueue(h, OutboxTest.receipt("R-1")));
      Dispatcher dev = new Dispatcher(outbox, null, settings, clock);

      assertThat(dev.dispatchOnce().held()).isEqualTo(1);
      OutboxEntry entry = outbox.find(id).orElseThrow();
      assertThat(entry.status()).isEqualTo(MailStatus.HELD);
      assertThat(entry.status().label()).isEqualTo("Not sent — dev outbox");
      assertThat(entry.sentAt()).isNull();
      assertThat(entry.body()).contains("R-1");
      clock.advance(Duration.ofHours(1));
      assertThat(dev.dispatchOnce().total()).isZero();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void the_background_thread_sends_what_is_enqueued(MailDatabases db) throws Exception {
    GreenMail smtp = startSmtp(0);
    try (Database database = db.open()) {
      Outbox outbox = outbox(database);
      long id;
      try (Dispatcher dispatcher = dispatcher(outbox, smtp)) {
        dispatcher.start();
        id = database.jdbi().inTransaction(h -> outbox.enqueue(h, OutboxTest.receipt("R-1")));
        // A bounded wait for the poll, not a timing assertion.
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
      }
      assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(MailStatus.SENT);
    } finally {
      smtp.stop();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  void the_documented_example_confirms_receipt_with_the_requests_state_change(MailDatabases db)
      throws Exception {
    GreenMail server = startSmtp(0);
    try (Database database = db.open()) {
      Jdbi jdbi = database.jdbi();
      Sealer sealer = new ReversibleTestSealer();
      SmtpSettings smtp =
          new SmtpSettings("127.0.0.1", server.getSmtp().getPort(), FROM, null, null, false);
      // tag::mail-example[]
      Messages messages = new Messages(SampleMessages.ACME, clock); // CompanyContact.from(map)
      Outbox outbox = new Outbox(jdbi, sealer, clock);
      MailMessage receipt =
          messages.receipt(
              "R-1001",
              "ana.consumer@mail.example",
              RequestType.DELETE,
              LocalDate.of(2026, 3, 2),
              "We will email you a six-digit code.",
              LocalDate.of(2026, 4, 15));
      jdbi.useTransaction(
          handle -> {
            // ... the request's own state change, on the same handle ...
            outbox.enqueue(handle, receipt); // commits or rolls back with it
          });
      try (Dispatcher dispatcher =
          new Dispatcher(outbox, smtp, DispatcherSettings.every(Duration.ofSeconds(5)), clock)) {
        dispatcher.dispatchOnce(); // the app calls dispatcher.start() instead
      }
      // end::mail-example[]
      assertThat(server.getReceivedMessages()).hasSize(1);
      assertThat(text(server.getReceivedMessages()[0]))
          .contains("We will respond by Wednesday, April 15, 2026");
    } finally {
      server.stop();
    }
  }

  private Outbox outbox(Database database) {
    return new Outbox(database.jdbi(), new ReversibleTestSealer(), clock);
  }

  private Dispatcher dispatcher(Outbox outbox, GreenMail smtp) {
    return new Dispatcher(outbox, smtpAt(smtp.getSmtp().getPort()), settings, clock);
  }

  private static SmtpSettings smtpAt(int port) {
    return new SmtpSettings("127.0.0.1", port, FROM, null, null, false);
  }

  /** A GreenMail SMTP server on {@code port}, or on a free port when {@code port} is 0. */
  private static GreenMail startSmtp(int port) {
    ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    GreenMail smtp = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
    smtp.start();
    return smtp;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage mail) throws Exception {
    return mail.getContent().toString().replace("\r\n", "\n");
  }
}
