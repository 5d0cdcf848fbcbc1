package dev.rightful.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.audit.AuditEntry;
import dev.rightful.law.Deadlines;
import dev.rightful.law.DenialBasis;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle with a clock the test moves: the worked dates of RULES.md (received Monday
 * 2026-03-02), the extension on day 45 versus 46, agents, and the denial of requests still
 * unverified at the due date.
 */
class RequestLifecycleTest {
  static final ZoneId LA = ZoneId.of("America/Los_Angeles");
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A service over the test server's database, on a clock starting 2026-03-02 10:00 in LA. */
  static RequestService serviceAt(TestClock clock) {
    var services = server.app().services();
    return new RequestService(
        services.database().jdbi(),
        new RequestRepository(services.pi()),
        Deadlines.standard(),
        clock,
        LA,
        (handle, actor, action, request, facts) ->
            services
                .audit()
                .append(handle, new AuditEntry(actor, action, "request", request.id(), facts)),
        new MailRequestMessages(services.messages(), services.outbox()),
        null);
  }

  static Submission submission(String json) throws Exception {
    return new SubmissionParser()
        .parse(new ObjectMapper().readTree(json.replace('\'', '"')), Channel.API);
  }

  static TestClock mondayMarchSecond() {
    return TestClock.utc(Instant.parse("2026-03-02T18:00:00Z"));
  }

  @Test
  void the_worked_dates_of_the_rules_come_out_of_intake() throws Exception {
    RequestService service = serviceAt(mondayMarchSecond());
    var delete =
        service
            .submit(
                submission("{'type':'delete','subject':{'email':'worked@example.com','name':'W'}}"),
                "consumer")
            .request();
    assertThat(delete.acknowledgeBy()).hasToString("2026-03-16");
    assertThat(delete.dueBy()).hasToString("2026-04-15");
    var optOut =
        service
            .submit(
                submission("{'type':'opt-out','subject':{'email':'worked@example.com'}}"),
                "consumer")
            .request();
    assertThat(optOut.dueBy()).hasToString("2026-03-23");
  }

  @Test
  void verification_on_day_30_leaves_the_due_date_unchanged() throws Exception {
    TestClock clock = mondayMarchSecond();
    RequestService service = serviceAt(clock);
    var request =
        service
            .submit(
                submission("{'type':'delete','subject':{'email':'day30@example.com','name':'D'}}"),
                "consumer")
            .request();
    clock.advance(Duration.ofDays(29));
    var verified =
        service.recordVerification(
            request.id(), new RequestService.Verification(2, false, "test"), "staff:t");
    assertThat(verified.effectiveDueBy()).hasToString("2026-04-15");
  }

  @Test
  void an_extension_on_day_45_is_allowed_and_on_day_46_refused() throws Exception {
    TestClock clock = mondayMarchSecond();
    RequestService service = serviceAt(clock);
    var onTime =
        service
            .submit(
                submission("{'type':'delete','subject':{'email':'ext45@example.com','name':'E'}}"),
                "consumer")
            .request();
    var late =
        service
            .submit(
                submission("{'type':'delete','subject':{'email':'ext46@example.com','name':'E'}}"),
                "consumer")
            .request();
    clock.advance(Duration.ofDays(44)); // 2026-04-15, day 45
    assertThat(service.extend(onTime.id(), 45, "Archived records.", "staff:t").extendedDueBy())
        .hasToString("2026-05-30");
    clock.advance(Duration.ofDays(1)); // 2026-04-16, day 46
    assertThatThrownBy(() -> service.extend(late.id(), 45, "Archived records.", "staff:t"))
        .isInstanceOf(RequestRuleViolation.class)
        .hasMessageContaining("first 45 days");
  }

  @Test
  void an_agent_with_signed_permission_waits_for_the_consumer_but_a_power_of_attorney_does_not()
      throws Exception {
    RequestService service = serviceAt(mondayMarchSecond());
    var permission =
        service
            .submit(
                submission(
                    "{'type':'delete','subject':{'email':'principal@example.com','name':'P'},'requester':{'kind':'authorized-agent','name':'Acme Agents','email':'agent@acme.example','authority':'signed-permission'}}"),
                "agent")
            .request();
    service.recordVerification(
        permission.id(), new RequestService.Verification(2, false, "test"), "staff:t");
    assertThatThrownBy(
            () -> service.complete(permission.id(), ResponseNature.COMPLIED, null, "staff:t"))
        .hasMessageContaining("7063");
    service.confirmAgent(permission.id(), "consumer");
    assertThat(service.complete(permission.id(), ResponseNature.COMPLIED, null, "staff:t").status())
        .isEqualTo(RequestStatus.COMPLETED);

    var attorney =
        service
            .submit(
                submission(
                    "{'type':'delete','subject':{'email':'principal2@example.com','name':'P'},'requester':{'kind':'authorized-agent','name':'Law Firm','email':'lawyer@firm.example','authority':'power-of-attorney'}}"),
                "agent")
            .request();
    service.recordVerification(
        attorney.id(), new RequestService.Verification(2, false, "test"), "staff:t");
    assertThat(service.complete(attorney.id(), ResponseNature.COMPLIED, null, "staff:t").status())
        .isEqualTo(RequestStatus.COMPLETED);
  }

  @Test
  void a_request_still_unverified_at_its_due_date_is_denied_with_that_reason() throws Exception {
    TestClock clock = mondayMarchSecond();
    RequestService service = serviceAt(clock);
    var unverified =
        service
            .submit(
                submission(
                    "{'type':'know-specific','subject':{'email':'silent@example.com','name':'S'}}"),
                "consumer")
            .request();
    var verified =
        service
            .submit(
                submission(
                    "{'type':'delete','subject':{'email':'answered@example.com','name':'A'}}"),
                "consumer")
            .request();
    service.recordVerification(
        verified.id(), new RequestService.Verification(2, false, "test"), "staff:t");
    clock.advance(Duration.ofDays(43)); // 2026-04-14: not due yet
    assertThat(service.denyUnverifiedPastDue())
        .extracting(RightsRequest::id)
        .doesNotContain(unverified.id());
    clock.advance(Duration.ofDays(1)); // 2026-04-15: the due date
    assertThat(service.denyUnverifiedPastDue())
        .extracting(RightsRequest::id)
        .contains(unverified.id())
        .doesNotContain(verified.id());
    var denied = service.get(unverified.id());
    assertThat(denied.denialBasis()).isEqualTo(DenialBasis.UNVERIFIED);
    assertThat(service.timeline(denied.id(), true))
        .anySatisfy(e -> assertThat(e.text()).contains("could not verify your identity"));
  }

  @Test
  void a_closed_request_cannot_change_again() throws Exception {
    RequestService service = serviceAt(mondayMarchSecond());
    var request =
        service
            .submit(
                submission("{'type':'opt-out','subject':{'email':'closed@example.com'}}"),
                "consumer")
            .request();
    service.complete(request.id(), ResponseNature.COMPLIED, null, "system");
    assertThatThrownBy(
            () -> service.deny(request.id(), DenialBasis.SUSPECTED_FRAUD, "x", "staff:t"))
        .isInstanceOf(RequestRuleViolation.class);
    assertThatThrownBy(() -> service.extend(request.id(), 10, "reason", "staff:t"))
        .isInstanceOf(RequestRuleViolation.class);
  }
}
