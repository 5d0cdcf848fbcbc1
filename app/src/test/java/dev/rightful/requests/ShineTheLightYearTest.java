package dev.rightful.requests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.audit.AuditEntry;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.law.Deadlines;
import dev.rightful.law.RequestType;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shine the Light across the turn of the year, on the example company's map (which discloses
 * nothing for direct marketing) and a clock the test moves, in the business's time zone.
 */
class ShineTheLightYearTest {
  // 2026-12-31 23:30 in Los Angeles, already January 1 in UTC
  private static final Instant NEW_YEARS_EVE = Instant.parse("2027-01-01T07:30:00Z");

  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** A service over the test server's database, as the app builds it but on {@code clock}. */
  private static RequestService staffAnswered(TestClock clock) {
    var services = server.app().services();
    return new RequestService(
        services.database().jdbi(),
        new RequestRepository(services.pi()),
        Deadlines.standard(),
        clock,
        RequestLifecycleTest.LA,
        (handle, actor, action, request, facts) ->
            services
                .audit()
                .append(handle, new AuditEntry(actor, action, "request", request.id(), facts)),
        new MailRequestMessages(services.messages(), services.outbox()),
        null);
  }

  private static RequestService service(TestClock clock) {
    return staffAnswered(clock)
        .answeringDirectMarketing(
            new DirectMarketingAnswer(DataMapLoader.load(Repo.exampleMap()).orThrow()));
  }

  private static String answer(RequestService service, RightsRequest request) {
    List<String> texts =
        service.timeline(request.id(), true).stream()
            .filter(e -> e.kind().equals("completed") || e.kind().equals("denied"))
            .map(RequestRepository.Entry::text)
            .toList();
    assertThat(texts).hasSize(1);
    return texts.get(0);
  }

  private static RightsRequest submit(RequestService service, String email) throws Exception {
    return service
        .submit(
            RequestLifecycleTest.submission(
                "{'type':'direct-marketing','subject':{'email':'" + email + "','name':'N'}}"),
            "consumer")
        .request();
  }

  @Test
  void december_31_covers_the_year_before_and_january_1_may_ask_again_for_the_next()
      throws Exception {
    TestClock clock = TestClock.utc(NEW_YEARS_EVE);
    RequestService service = service(clock);

    RightsRequest eve = submit(service, "year.turn@example.com");
    assertThat(eve.receivedDate()).hasToString("2026-12-31");
    assertThat(eve.dueBy()).hasToString("2027-01-29");
    assertThat(eve.status()).isEqualTo(RequestStatus.COMPLETED);
    // The example company's notice names no third party marketing its own products.
    assertThat(answer(service, eve))
        .startsWith(
            "In 2025 we did not disclose personal information to third parties for their own"
                + " direct marketing purposes")
        .endsWith("you can ask again from January 1, 2027.");

    clock.advance(Duration.ofMinutes(20)); // 23:50, still December 31
    RightsRequest again = submit(service, "year.turn@example.com");
    assertThat(again.status()).isEqualTo(RequestStatus.DENIED);
    assertThat(again.mayDecline()).isTrue();
    assertThat(answer(service, again)).contains("You may ask again from January 1, 2027.");

    clock.advance(Duration.ofMinutes(40)); // 00:30 on January 1, 2027
    RightsRequest newYear = submit(service, "year.turn@example.com");
    assertThat(newYear.receivedDate()).hasToString("2027-01-01");
    assertThat(newYear.status()).isEqualTo(RequestStatus.COMPLETED);
    assertThat(answer(service, newYear)).startsWith("In 2026 we did not disclose");
  }

  @Test
  void an_agents_request_is_answered_when_the_consumer_confirms_the_agent() throws Exception {
    RequestService service = service(TestClock.utc(NEW_YEARS_EVE));
    RightsRequest request =
        service
            .submit(
                RequestLifecycleTest.submission(
                    "{'type':'direct-marketing','subject':{'email':'principal.stl@example.com',"
                        + "'name':'P'},'requester':{'kind':'authorized-agent','name':'Acme Agents',"
                        + "'email':'agent@acme.example','authority':'signed-permission'}}"),
                "consumer")
            .request();
    // 7063(a): nothing is answered to the agent before the consumer confirms
    assertThat(request.status()).isEqualTo(RequestStatus.VERIFIED);

    RightsRequest confirmed = service.confirmAgent(request.id(), "consumer");

    assertThat(confirmed.status()).isEqualTo(RequestStatus.COMPLETED);
    assertThat(confirmed.type()).isEqualTo(RequestType.DIRECT_MARKETING);
  }

  @Test
  void a_staff_denial_as_answered_this_year_needs_an_answer_that_year() throws Exception {
    // Without the map's answer the request waits for staff, who cannot invent the limit.
    RequestService service = staffAnswered(TestClock.utc(NEW_YEARS_EVE));
    RightsRequest request = submit(service, "first.time@example.com");
    assertThat(request.mayDecline()).isFalse();

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                service.deny(
                    request.id(),
                    dev.rightful.law.DenialBasis.ANSWERED_THIS_YEAR,
                    "Already answered.",
                    "staff:alice"))
        .isInstanceOf(RequestRuleViolation.class)
        .hasMessageContaining("no answer to such a request this calendar year");
  }
}
