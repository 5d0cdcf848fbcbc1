package dev.rightful.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.Services;
import dev.rightful.consent.Choice;
import dev.rightful.consent.ChoiceContext;
import dev.rightful.consent.ChoiceSource;
import dev.rightful.consent.ConsentPurpose;
import dev.rightful.consent.ConsentService;
import dev.rightful.consent.ConsentSubject;
import dev.rightful.law.RequestType;
import dev.rightful.requests.RightsRequest;
import dev.rightful.staff.Role;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestClock;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request's consumer page (consent history, choices in force, propagation to vendors, their
 * requests and notices) and the vendor notices overdue, over HTTP on the example company's map,
 * whose advertising recipient receives a sale and share.
 */
class ConsumerConsoleTest {
  static final TestClock CLOCK = TestClock.serverDate();
  static TestServer server;
  static Services services;
  ConsoleClient alice;

  @BeforeAll
  static void start() {
    server = TestServer.start(Repo.exampleMap(), TestServer.h2Url(), "sa", "", null, CLOCK);
    services = server.app().services();
    services.staff().users().create("alice", Role.AGENT, ConsoleClient.PASSWORD, "test");
  }

  @BeforeEach
  void signIn() {
    // Each test signs in afresh: one moves the clock past a session's lifetime.
    alice = ConsoleClient.signIn(server, "alice");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_consumer_page_shows_consent_history_of_linked_subjects_and_propagation() {
    ConsentService consent = services.consent().service();
    String email = consent.key(ConsentSubject.email("Jane.Doe@example.com"));
    String device = ConsentSubject.deviceKey("device-of-jane-01");
    consent.link(email, device, ChoiceContext.of(ChoiceSource.STAFF));
    consent.record(
        device,
        EnumSet.of(ConsentPurpose.SALE, ConsentPurpose.SHARE),
        Choice.OPT_OUT,
        new ChoiceContext(ChoiceSource.COOKIE_TOOL, "https://example.com/<i>page</i>", null, null),
        false,
        false);
    // Another consumer's choice must not appear on Jane's page.
    consent.record(
        consent.key(ConsentSubject.email("other@example.com")),
        EnumSet.of(ConsentPurpose.SALE),
        Choice.OPT_OUT,
        ChoiceContext.of(ChoiceSource.OPT_OUT_FORM),
        false,
        false);
    RightsRequest jane =
        ConsoleRequests.today(services, RequestType.DELETE, "jane.doe@example.com", "Jane Doe");
    RightsRequest janeAgain =
        ConsoleRequests.today(services, RequestType.OPT_OUT, "JANE.DOE@example.com", null);

    Document request = alice.page("/admin/requests/" + jane.id());
    String href = request.selectFirst("#consumer-link").attr("href");
    assertThat(href).isEqualTo("/admin/requests/" + jane.id() + "/consumer");

    Document page = alice.page(href);
    String history = page.selectFirst("#consent-history").text();
    assertThat(history).contains("device:device-of-jane-01", "opt-out", "cookie-tool", "sale");
    // The choice reached the email subject through the link.
    assertThat(history).contains("email (keyed hash");
    assertThat(page.select("#consent-history tbody tr").size()).isGreaterThanOrEqualTo(2);
    assertThat(page.select("#consent-history i")).as("escaped").isEmpty();
    assertThat(page.selectFirst("#consent-state").text()).contains("opt-out");
    assertThat(page.text()).doesNotContain("other@example.com");

    assertThat(page.select("#propagation tbody tr")).isNotEmpty();
    assertThat(page.selectFirst("#propagation").text()).contains("pending");
    assertThat(page.select("#consumer-requests tr[data-reference]").eachAttr("data-reference"))
        .containsExactlyInAnyOrder(jane.reference(), janeAgain.reference());
  }

  @Test
  void the_new_pages_need_a_signed_in_session() {
    RightsRequest request =
        ConsoleRequests.today(services, RequestType.DELETE, "session@example.com", "Sess Ion");
    WebClient stranger = WebClient.of(server);
    for (String path :
        List.of(
            "/admin/requests/" + request.id() + "/consumer",
            "/admin/notices/overdue",
            "/admin/datamap",
            "/admin/assessments",
            "/admin/requests?q=session%40example.com")) {
      HttpResponse<String> answer = stranger.get(path);
      assertThat(answer.statusCode()).as(path).isEqualTo(303);
      assertThat(answer.headers().firstValue("Location"))
          .as(path)
          .hasValueSatisfying(location -> assertThat(location).contains("/admin/login"));
      assertThat(answer.body()).as(path).doesNotContain(request.reference());
    }
    assertThat(
            stranger
                .post("/admin/requests/" + request.id() + "/assign", Map.of("assignee", "alice"))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void a_consumer_without_choices_has_none_listed() {
    RightsRequest nobody =
        ConsoleRequests.today(services, RequestType.DELETE, "nochoice@example.com", "No Choice");
    Document page = alice.page("/admin/requests/" + nobody.id() + "/consumer");
    assertThat(page.selectFirst("#consent-history-none")).isNotNull();
    assertThat(page.selectFirst("#propagation-none")).isNotNull();
    assertThat(alice.get("/admin/requests/no-such-id/consumer").statusCode()).isEqualTo(404);
  }

  @Test
  void vendor_notices_overdue_lists_request_notices_and_consent_propagation_past_due() {
    RightsRequest optOut =
        ConsoleRequests.today(services, RequestType.OPT_OUT, "late@example.com", null);
    services
        .consent()
        .service()
        .record(
            ConsentSubject.deviceKey("late-device-0001"),
            EnumSet.of(ConsentPurpose.SALE),
            Choice.OPT_OUT,
            ChoiceContext.of(ChoiceSource.GPC),
            false,
            true);
    Document now = alice.page("/admin/notices/overdue");
    assertThat(now.select("#overdue-notices tr[data-reference=" + optOut.reference() + "]"))
        .isEmpty();

    CLOCK.set(CLOCK.instant().plus(Duration.ofDays(40)));
    try {
      // The session from 40 days ago has expired: sign in again.
      Document later = ConsoleClient.signIn(server, "alice").page("/admin/notices/overdue");
      assertThat(later.select("#overdue-notices tr[data-reference=" + optOut.reference() + "]"))
          .isNotEmpty();
      assertThat(later.select("#overdue-propagation tbody tr")).isNotEmpty();
      assertThat(later.selectFirst("#overdue-notices a").attr("href"))
          .startsWith("/admin/requests/");
    } finally {
      CLOCK.set(TestClock.SERVER_DATE);
    }
  }
}
