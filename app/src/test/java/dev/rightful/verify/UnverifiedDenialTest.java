package dev.rightful.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.Services;
import dev.rightful.mail.MailKind;
import dev.rightful.requests.RightsRequest;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.TestDatabase;
import dev.rightful.testing.TestServer;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sweep that denies requests still unverified at their due date, telling the consumer that
 * their identity could not be verified (7021(b), 7022(a), 7024(b); rule 6), with the clock moved
 * forward instead of waiting 45 days.
 */
class UnverifiedDenialTest {
  static final TestClock clock = TestClock.serverDate();
  static TestServer server;
  static VerifyApi api;
  static VerificationSweep sweep;

  @BeforeAll
  static void start() {
    server =
        TestServer.startWithCompany(
            Repo.exampleMap(),
            TestDatabase.withDemo(TestDatabase.Kind.H2, "verify_denial").target(),
            clock);
    api = new VerifyApi(server);
    Services services = server.app().services();
    sweep =
        new VerificationSweep(
            services.requests(),
            new OneTimeCodes(
                services.database().jdbi(), services.pi(), clock, VerificationSettings.defaults()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static void moveTo(LocalDate day) {
    var target = day.atTime(9, 0).atZone(ZoneId.of("America/Los_Angeles")).toInstant();
    clock.advance(Duration.between(clock.instant(), target));
  }

  static RightsRequest stored(VerifyApi.Submitted request) {
    return server.app().services().requests().get(request.id());
  }

  @Test
  void an_unverified_request_is_denied_on_its_due_date_and_not_before() {
    // Received Sunday 2026-11-29: due 2027-01-12 (45 days, the day of receipt counted as day 1).
    var unverified =
        api.submit(
            "{'type':'know-categories','subject':{'email':'jane.doe@example.com','name':'Jane"
                + " Dough'}}");
    api.check(unverified, api.code(unverified)); // one point: stays unverified
    var verified =
        api.submit(
            "{'type':'delete','subject':{'email':'jane.doe@example.com','name':'Jane Doe'}}");
    api.check(verified, api.code(verified));
    assertThat(stored(unverified).dueBy()).isEqualTo(LocalDate.of(2027, 1, 12));

    moveTo(LocalDate.of(2027, 1, 11));
    sweep.runOnce();
    assertThat(stored(unverified).status().id()).isEqualTo("received");

    moveTo(LocalDate.of(2027, 1, 12));
    sweep.runOnce();
    RightsRequest denied = stored(unverified);
    assertThat(denied.status().id()).isEqualTo("denied");
    assertThat(denied.denialBasis().id()).isEqualTo("unverified");
    assertThat(stored(verified).status().id())
        .as("a verified request waits for staff, however late")
        .isEqualTo("verified");

    var letter =
        server.app().services().outbox().list(1000).stream()
            .filter(mail -> mail.kind() == MailKind.DENIAL)
            .filter(mail -> unverified.reference().equals(mail.requestId()))
            .toList();
    assertThat(letter).hasSize(1);
    assertThat(letter.get(0).to()).isEqualTo("jane.doe@example.com");
    // 7024(b): a request for categories that cannot be verified points to the privacy policy
    assertThat(letter.get(0).body())
        .contains("we could not verify your identity")
        .contains("privacy notice");
    assertThat(server.app().services().requests().timeline(unverified.id(), true))
        .extracting(entry -> entry.kind())
        .contains("denied");

    assertThat(sweep.runOnce().denied()).as("a second run denies nothing twice").isZero();
  }

  @Test
  void the_sweep_deletes_code_rows_that_no_longer_work_or_count() {
    var request =
        api.submit("{'type':'delete','subject':{'email':'sweep@example.com','name':'Sweep Test'}}");
    api.code(request);
    assertThat(codeRows(request)).isEqualTo(1);
    sweep.runOnce();
    assertThat(codeRows(request)).as("still counts against the hourly limit").isEqualTo(1);
    clock.advance(Duration.ofMinutes(61));
    sweep.runOnce();
    assertThat(codeRows(request)).isZero();
  }

  static int codeRows(VerifyApi.Submitted request) {
    return codeRows(server, request);
  }

  /** How many one-time code rows {@code server} holds for the request. */
  static int codeRows(TestServer server, VerifyApi.Submitted request) {
    return server
        .app()
        .services()
        .database()
        .jdbi()
        .withHandle(
            handle ->
                handle
                    .createQuery("SELECT COUNT(*) FROM verification_code WHERE request_id = :id")
                    .bind("id", request.id())
                    .mapTo(Integer.class)
                    .one());
  }
}
