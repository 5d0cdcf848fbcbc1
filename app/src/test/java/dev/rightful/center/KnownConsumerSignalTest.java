package dev.rightful.center;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.Services;
import dev.rightful.audit.AuditEvent;
import dev.rightful.consent.ConsentPurpose;
import dev.rightful.consent.ConsentSubject;
import dev.rightful.consent.LedgerEvent;
import dev.rightful.consent.PropagationTask;
import dev.rightful.law.RequestType;
import dev.rightful.requests.AgentAuthority;
import dev.rightful.requests.Channel;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.Requester;
import dev.rightful.requests.RequesterKind;
import dev.rightful.requests.Subject;
import dev.rightful.requests.Submission;
import dev.rightful.requests.agent.AgentConfirmationLinks;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.Repo;
import dev.rightful.testing.Submissions;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An opt-out preference signal sent from the status page of a consumer's own request opts that
 * consumer out, not only the browser (7025(c)(1)), and the page says so (7025(c)(6)). Over real
 * HTTP against the example company (which shares data for advertising), its ledger, propagation and
 * audit log.
 */
class KnownConsumerSignalTest {
  static TestServer server;
  static Services services;

  @BeforeAll
  static void start() {
    // PostgreSQL, as 'start' requires in production; the browser test runs on H2.
    server =
        TestServer.start(
            Repo.exampleMap(), Postgres.freshSchema("known_consumer_signal"), Postgres.USER, "");
    services = server.app().services();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static HttpResponse<String> get(String path, boolean gpc) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path))).GET();
    if (gpc) {
      request.header("Sec-GPC", "1");
    }
    return server.send(request.build());
  }

  static String key(String email) {
    return services.consent().service().key(ConsentSubject.email(email));
  }

  static List<LedgerEvent> ledger(String email) {
    return services.consent().service().history(key(email));
  }

  static List<PropagationTask> tasks(String email) {
    return services.consent().propagation().list(null, 1000).stream()
        .filter(t -> t.subject().equals(key(email)))
        .toList();
  }

  static List<AuditEvent> signalAudits(String requestId) {
    return services.audit().list("request", requestId).stream()
        .filter(e -> e.action().equals("consent.signal.known-consumer"))
        .toList();
  }

  @Test
  void a_signal_on_the_status_page_opts_the_consumer_out_once_and_says_so() {
    String email = "gpc.status@example.com";
    RequestService.Receipt receipt =
        services
            .requests()
            .submit(Submissions.api(RequestType.DELETE, email, "Gail Signal", null), "consumer");

    HttpResponse<String> first = get(receipt.statusPath(), true);

    assertThat(first.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(first.body());
    assertThat(page.selectFirst("#gpc-status[role=status] h2").text())
        .isEqualTo("Opt-Out Request Honored");
    assertThat(ledger(email))
        .extracting(LedgerEvent::purpose)
        .containsExactlyInAnyOrder(ConsentPurpose.SALE, ConsentPurpose.SHARE);
    assertThat(ledger(email))
        .allSatisfy(
            e -> {
              assertThat(e.source().id()).isEqualTo("gpc");
              assertThat(e.choice().name()).isEqualTo("OPT_OUT");
            });
    assertThat(services.consent().service().currentState(key(email)).optedOut(ConsentPurpose.SHARE))
        .isTrue();
    int propagated = tasks(email).size();
    assertThat(propagated).as("passed on to the ad partners like any opt-out").isPositive();
    assertThat(signalAudits(receipt.request().id())).hasSize(1);
    assertThat(signalAudits(receipt.request().id()).get(0).details())
        .doesNotContain(email)
        .contains("gpc");

    // A reload with the signal still on records nothing more (7025(c): no duplicate opt-out).
    HttpResponse<String> again = get(receipt.statusPath(), true);
    assertThat(Jsoup.parse(again.body()).select("#gpc-status")).hasSize(1);
    assertThat(ledger(email)).hasSize(2);
    assertThat(tasks(email)).hasSize(propagated);
    assertThat(signalAudits(receipt.request().id())).hasSize(1);
  }

  @Test
  void the_confirmation_after_sending_applies_and_shows_the_signal_too() {
    // The page the form redirects to carries the same secret link as the status page.
    String email = "gpc.confirmation@example.com";
    RequestService.Receipt receipt =
        services
            .requests()
            .submit(Submissions.api(RequestType.CORRECT, email, "Otto Out", null), "consumer");

    HttpResponse<String> page = get(receipt.statusPath() + "/received", true);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(page.body()).selectFirst("#gpc-status h2").text())
        .isEqualTo("Opt-Out Request Honored");
    assertThat(ledger(email)).extracting(e -> e.source().id()).containsExactly("gpc", "gpc");
  }

  @Test
  void without_the_signal_the_status_page_records_and_shows_nothing() {
    String email = "no.signal@example.com";
    RequestService.Receipt receipt =
        services
            .requests()
            .submit(Submissions.api(RequestType.KNOW_CATEGORIES, email, "Nora None", null), "x");

    HttpResponse<String> page = get(receipt.statusPath(), false);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(page.body()).select("#gpc-status")).isEmpty();
    assertThat(page.body()).doesNotContain("Opt-Out Request Honored");
    assertThat(ledger(email)).isEmpty();
  }

  @Test
  void an_agents_copy_of_the_status_link_does_not_opt_the_consumer_out_by_the_agents_browser() {
    // The agent may hold the plain status link; their browser's signal is not the consumer's.
    String email = "agented.consumer@example.com";
    Submission submission =
        new Submission(
            RequestType.DELETE,
            Channel.API,
            new Subject(email, null, "Carl Consumer", null, null),
            new Requester(
                RequesterKind.AUTHORIZED_AGENT,
                "Agnes Agent",
                "agnes@agents.example",
                AgentAuthority.SIGNED_PERMISSION),
            null,
            null,
            null,
            List.of(),
            null,
            null);
    RequestService.Receipt receipt = services.requests().submit(submission, "agent");

    HttpResponse<String> page = get(receipt.statusPath(), true);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(page.body()).select("#gpc-status")).isEmpty();
    assertThat(ledger(email)).isEmpty();

    // The link mailed to the consumer alone identifies them: there the signal is theirs.
    String signed =
        AgentConfirmationLinks.from(services.secrets())
            .confirmationLink(receipt.statusPath(), receipt.request().id());
    HttpResponse<String> consumers = get(signed, true);

    assertThat(consumers.statusCode()).isEqualTo(200);
    assertThat(Jsoup.parse(consumers.body()).selectFirst("#gpc-status h2").text())
        .isEqualTo("Opt-Out Request Honored");
    assertThat(ledger(email))
        .extracting(LedgerEvent::purpose)
        .containsExactlyInAnyOrder(ConsentPurpose.SALE, ConsentPurpose.SHARE);
  }

  @Test
  void pages_of_a_company_without_sensitive_information_carry_no_limit_link() {
    // 7014(h), 7027(m): Net2Phone collects none, so no page links "Limit the Use of My Sensitive
    // Personal Information" (rule 43 links only what is offered).
    for (String path :
        List.of("/privacy/requests", "/privacy/requests/new?type=delete", "/privacy/do-not-sell")) {
      HttpResponse<String> page = get(path, false);
      assertThat(page.statusCode()).as(path).isEqualTo(200);
      Document html = Jsoup.parse(page.body());
      assertThat(html.select("a[href=/privacy/limit]")).as(path).isEmpty();
      assertThat(html.select("a[href=/privacy/do-not-sell]")).as(path).isNotEmpty();
      assertThat(html.text()).as(path).doesNotContain("Limit the Use of My Sensitive");
    }
  }
}
