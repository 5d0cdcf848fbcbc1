package dev.rightful.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.audit.AuditEvent;
import dev.rightful.law.DenialBasis;
import dev.rightful.requests.ResponseNature;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.TestDatabase;
import dev.rightful.testing.TestServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Verification data is deleted when a request closes, and the record that it existed stays (rule
 * 15); the signed declaration is kept as part of the request's records (7062(c); rule 11).
 */
class VerificationEvidenceTest {
  static final TestClock clock = TestClock.serverDate();
  static TestServer server;
  static VerifyApi api;

  @BeforeAll
  static void start() {
    server =
        TestServer.startWithCompany(
            Repo.exampleMap(),
            TestDatabase.withDemo(TestDatabase.Kind.H2, "verify_evidence").target(),
            clock);
    api = new VerifyApi(server);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @BeforeEach
  void a_new_hour_for_the_rate_limits() {
    clock.advance(Duration.ofHours(2));
  }

  @Test
  void completing_a_request_deletes_its_codes_and_records_that_it_did() {
    var request =
        api.submit(
            "{'type':'know-specific','subject':{'email':'jane.doe@example.com','name':'Jane Doe',"
                + "'phone':'+1 415-555-0100'},'declaration':{'signed':true,'signedBy':'Jane Doe'}}");
    api.code(request); // replaced by the next: two rows
    api.check(request, api.code(request));
    var bystander =
        api.submit(
            "{'type':'delete','subject':{'email':'marcus.lee@example.com','name':'Marcus Lee'}}");
    api.code(bystander);
    assertThat(UnverifiedDenialTest.codeRows(server, request)).isEqualTo(2);

    server
        .app()
        .services()
        .requests()
        .complete(request.id(), ResponseNature.COMPLIED, "Here is your information.", "staff:test");

    assertThat(UnverifiedDenialTest.codeRows(server, request)).isZero();
    assertThat(UnverifiedDenialTest.codeRows(server, bystander)).isEqualTo(1);
    AuditEvent deleted = evidenceDeleted(request);
    assertThat(deleted.details())
        .contains("\"oneTimeCodes\":2")
        .contains("\"declarationKept\":true");
    var stored = server.app().services().requests().get(request.id());
    assertThat(stored.declarationSigned()).isTrue();
    assertThat(stored.payload().declarationSignedBy()).isEqualTo("Jane Doe");
    assertThat(stored.dataPointsMatched()).isEqualTo(3);
    assertThat(server.app().services().audit().verify().ok()).isTrue();
  }

  @Test
  void denying_a_request_deletes_its_codes_too() {
    var request =
        api.submit(
            "{'type':'delete','subject':{'email':'jane.doe@example.com','name':'Jane Dough'}}");
    api.code(request);
    server
        .app()
        .services()
        .requests()
        .deny(
            request.id(), DenialBasis.UNVERIFIED, "We could not match your details.", "staff:test");
    assertThat(UnverifiedDenialTest.codeRows(server, request)).isZero();
    assertThat(evidenceDeleted(request).details()).contains("\"oneTimeCodes\":1");
  }

  @Test
  void a_closed_request_gets_no_new_code() {
    var request =
        api.submit(
            "{'type':'delete','subject':{'email':'closed@example.com','name':'Closed Case'}}");
    server
        .app()
        .services()
        .requests()
        .deny(
            request.id(), DenialBasis.UNVERIFIED, "We could not match your details.", "staff:test");
    assertThat(api.askForCode(request.id()).statusCode()).isEqualTo(202);
    assertThat(api.codeMails(request)).isEmpty();
    assertThat(UnverifiedDenialTest.codeRows(server, request)).isZero();
  }

  static AuditEvent evidenceDeleted(VerifyApi.Submitted request) {
    List<AuditEvent> events =
        server.app().services().audit().list("request", request.id()).stream()
            .filter(e -> e.action().equals("evidence.deleted"))
            .toList();
    assertThat(events).hasSize(1);
    return events.get(0);
  }
}
