package dev.rightful.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.Services;
import dev.rightful.fulfil.Fulfilment;
import dev.rightful.fulfil.StepKind;
import dev.rightful.fulfil.VendorMap;
import dev.rightful.fulfil.notify.Notice;
import dev.rightful.law.DenialBasis;
import dev.rightful.law.RequestType;
import dev.rightful.requests.Correction;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RequestStatus;
import dev.rightful.requests.RightsRequest;
import dev.rightful.requests.Submission;
import dev.rightful.staff.Role;
import dev.rightful.testing.Browser;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * The fulfilment panel of a request's page: the plan before execution, the Start button (CSRF,
 * roles), a blocked flag in the page and the queue, recipient notices with due dates and their
 * confirm buttons, and a correction denied as accurate from the console and the API. Ends with the
 * axe check in Chromium.
 */
class FulfilmentConsoleTest {
  @TempDir static Path dir;
  static TestServer server;
  static Services services;
  static ConsoleClient agent;
  static ConsoleClient auditor;

  @BeforeAll
  static void start() {
    // AdCo's webhook points nowhere: its notices simply wait, which is what this page shows.
    server =
        TestServer.start(
            VendorMap.write(dir, "http://127.0.0.1:9/adco"),
            TestServer.h2Url(),
            "sa",
            "",
            null,
            TestServer.CLOCK,
            name -> null);
    services = server.app().services();
    services.staff().users().create("alice", Role.AGENT, ConsoleClient.PASSWORD, "test");
    services.staff().users().create("otto", Role.AUDITOR, ConsoleClient.PASSWORD, "test");
    agent = ConsoleClient.signIn(server, "alice");
    auditor = ConsoleClient.signIn(server, "otto");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static RightsRequest verified(RequestType type, String email) {
    RightsRequest request = ConsoleRequests.today(services, type, email, "Pat Doe");
    services
        .requests()
        .recordVerification(
            request.id(), new RequestService.Verification(3, true, "test"), "staff:test");
    return request;
  }

  @Test
  void the_plan_is_shown_before_execution_and_start_needs_the_csrf_token_and_an_acting_role() {
    RightsRequest request = verified(RequestType.DELETE, "plan@example.com");
    String path = "/admin/requests/" + request.id();

    Document page = agent.page(path);
    assertThat(page.select("#fulfilment-heading").text()).isEqualTo("Fulfilment");
    assertThat(page.select("#system-company_db").text()).startsWith("company_db");
    // A deletion reads only what it erases and proves gone, and the keys that reach other tables.
    assertThat(page.select("ol.statements code").eachText())
        .contains(
            "SELECT \"id\", \"email\" FROM \"marketing_contacts\" WHERE \"email\" IN (:email)")
        .contains("SELECT \"id\" FROM \"accounts\" WHERE \"customer_id\" IN (:customers.id)")
        .hasSizeGreaterThan(5);
    // An access request reads every mapped column.
    assertThat(
            agent
                .page(
                    "/admin/requests/"
                        + verified(RequestType.KNOW_SPECIFIC, "plan@example.com").id())
                .select("ol.statements code")
                .eachText())
        .contains(
            "SELECT \"id\", \"email\", \"full_name\", \"company\", \"source\","
                + " \"subscribed_at\", \"unsubscribed_at\" FROM \"marketing_contacts\""
                + " WHERE \"email\" IN (:email)");
    assertThat(page.select("#step-company_db").text()).isEqualTo("not started");
    assertThat(page.select("#start-fulfilment")).hasSize(1);
    assertThat(auditor.page(path).select("#start-fulfilment")).isEmpty();

    assertThat(agent.postWithout(path + "/fulfil", Map.of()).statusCode()).isEqualTo(403);
    assertThat(auditor.post(path + "/fulfil", Map.of()).statusCode()).isEqualTo(403);
    assertThat(services.audit().list("request", request.id()))
        .noneMatch(e -> e.action().equals("fulfil.started"));

    HttpResponse<String> started = agent.post(path + "/fulfil", Map.of());
    assertThat(started.statusCode()).isEqualTo(303);
    assertThat(started.headers().firstValue("Location")).hasValue(path + "?done=fulfil-started");
    assertThat(services.audit().list("request", request.id()))
        .anyMatch(e -> e.action().equals("fulfil.started") && e.actor().equals("staff:alice"));
  }

  @Test
  void an_unverified_request_cannot_be_started_and_says_why() {
    RightsRequest request =
        ConsoleRequests.today(services, RequestType.DELETE, "early@example.com", "Early");
    HttpResponse<String> refused =
        agent.post("/admin/requests/" + request.id() + "/fulfil", Map.of());

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(org.jsoup.Jsoup.parse(refused.body()).select("#fulfil-error").text())
        .contains("only a verified request is fulfilled");
  }

  @Test
  void a_system_that_stays_down_is_flagged_on_the_page_and_in_the_queue() {
    RightsRequest request = verified(RequestType.DELETE, "down@example.com");
    Fulfilment fulfilment = services.fulfilment();
    for (int i = 0; i < Fulfilment.MAX_ATTEMPTS; i++) {
      fulfilment
          .jobs()
          .markFailed(request.id(), "company_db", StepKind.DELETE, "SystemUnavailable");
    }
    fulfilment.jobs().markBlocked(request.id(), "company_db");

    Document page = agent.page("/admin/requests/" + request.id());
    assertThat(page.select("#blocked-company_db").text())
        .startsWith("Blocked at company_db after 6 attempts (SystemUnavailable)");
    assertThat(page.select("#start-fulfilment")).hasSize(1);
    Document queue = agent.page("/admin/requests");
    assertThat(
            queue.select("tr[data-reference=" + request.reference() + "] .blocked-marker").text())
        .isEqualTo("Blocked");
    assertThat(queue.select("tr[data-reference=" + request.reference() + "]").text())
        .contains("at company_db after 6 attempts");
  }

  @Test
  void notices_show_their_due_date_and_staff_confirm_email_and_manual_ones_with_a_note() {
    RightsRequest request = verified(RequestType.DELETE, "notice@example.com");
    services.fulfilment().notifier().enqueue(request.id(), "delete");
    String path = "/admin/requests/" + request.id();
    List<Notice> notices = services.fulfilment().notifier().list(request.id());
    Notice ops = find(notices, "OpsCo");
    Notice adco = find(notices, "AdCo");

    Document page = agent.page(path);
    assertThat(page.select("#notice-" + ops.id()).text())
        .contains("operating-systems", "OpsCo", "manual", "pending")
        .contains(Labels.date(request.effectiveDueBy()));
    assertThat(page.select("#notice-" + ops.id() + " form")).hasSize(1);
    assertThat(page.select("#notice-" + find(notices, "PostCo").id() + " form")).hasSize(1);
    assertThat(page.select("#notice-" + adco.id() + " form"))
        .as("a webhook is acknowledged by the vendor")
        .isEmpty();

    HttpResponse<String> confirmed =
        agent.post(
            path + "/notices/" + ops.id() + "/confirm",
            Map.of("note", "OpsCo <b>confirmed</b> by phone"));
    assertThat(confirmed.statusCode()).isEqualTo(303);
    assertThat(services.fulfilment().notifier().notices().find(ops.id()).orElseThrow())
        .extracting(Notice::status, Notice::confirmedBy)
        .containsExactly("acknowledged", "staff:alice");
    Document after = agent.page(path + "?done=notice-confirmed");
    assertThat(after.select(".flash").text()).contains("vendor acted");
    assertThat(after.select("#notice-" + ops.id()).text()).contains("acknowledged, by staff:alice");
    // Escaped, never markup.
    assertThat(after.select("#timeline").html()).contains("OpsCo &lt;b&gt;confirmed&lt;/b&gt;");

    HttpResponse<String> again = agent.post(path + "/notices/" + ops.id() + "/confirm", Map.of());
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(org.jsoup.Jsoup.parse(again.body()).select("#notice-error").text())
        .contains("already acknowledged");
    assertThat(agent.post(path + "/notices/" + adco.id() + "/confirm", Map.of()).statusCode())
        .isEqualTo(422);
  }

  @Test
  void an_opt_out_request_shows_its_notices_due_in_fifteen_business_days() {
    RightsRequest optOut =
        ConsoleRequests.today(services, RequestType.OPT_OUT, "oo.console@example.com", null);

    Document page = agent.page("/admin/requests/" + optOut.id());

    assertThat(page.select("#start-fulfilment")).isEmpty();
    assertThat(page.select("#notices tbody tr").eachText())
        .singleElement()
        .asString()
        .contains("ad-partners", "AdCo", "opt-out", "webhook", "pending", "2026-12-18");
  }

  @Test
  void a_correction_is_denied_as_accurate_from_the_console_and_from_the_api() throws Exception {
    RightsRequest console = correction("accurate.console@example.com");
    HttpResponse<String> denied =
        agent.post(
            "/admin/requests/" + console.id() + "/deny",
            Map.of(
                "basis",
                DenialBasis.INFORMATION_ACCURATE.id(),
                "text",
                "Our records match the signed contract you sent us."));
    assertThat(denied.statusCode()).isEqualTo(303);
    RightsRequest closed = services.requests().get(console.id());
    assertThat(closed.status()).isEqualTo(RequestStatus.DENIED);
    assertThat(closed.denialBasis()).isEqualTo(DenialBasis.INFORMATION_ACCURATE);

    RightsRequest api = correction("accurate.api@example.com");
    String token =
        services
            .staff()
            .tokens()
            .issue(Role.AGENT, "deny-test", Duration.ofDays(1), "test")
            .secret();
    String body =
        "{\"basis\":\"information-accurate\",\"text\":\"More likely than not accurate (7023(b)).\"}";
    assertThat(apiDeny(api.id(), token, body).statusCode()).isEqualTo(200);
    assertThat(services.requests().get(api.id()).denialBasis())
        .isEqualTo(DenialBasis.INFORMATION_ACCURATE);
    // Accuracy is a basis for corrections only (rule 27).
    RightsRequest delete = verified(RequestType.DELETE, "not.accurate@example.com");
    assertThat(apiDeny(delete.id(), token, body).statusCode()).isEqualTo(409);
    assertThat(services.requests().get(delete.id()).isOpen()).isTrue();
  }

  @Test
  void the_panel_passes_the_accessibility_check_in_chromium() {
    RightsRequest request = verified(RequestType.DELETE, "axe@example.com");
    services.fulfilment().notifier().enqueue(request.id(), "delete");
    services.fulfilment().jobs().markFailed(request.id(), "company_db", StepKind.DELETE, "X");
    services.fulfilment().jobs().markBlocked(request.id(), "company_db");
    try (Browser browser = Browser.start()) {
      WebDriver driver = browser.driver();
      driver.get(server.url("/admin/login"));
      driver.findElement(By.id("username")).sendKeys("alice");
      driver.findElement(By.id("password")).sendKeys(ConsoleClient.PASSWORD);
      driver.findElement(By.cssSelector("button[type=submit]")).click();
      new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20))
          .until(org.openqa.selenium.support.ui.ExpectedConditions.urlToBe(server.url("/admin")));
      driver.get(server.url("/admin/requests/" + request.id()));
      assertThat(driver.findElement(By.id("fulfilment-heading")).getText()).isEqualTo("Fulfilment");
      assertThat(browser.seriousAccessibilityViolations()).isEmpty();
      driver.get(server.url("/admin/requests"));
      assertThat(browser.seriousAccessibilityViolations()).isEmpty();
    }
  }

  private static RightsRequest correction(String email) {
    Submission base = ConsoleRequests.submission(RequestType.CORRECT, email, "Pat Doe");
    Submission withCorrection =
        new Submission(
            base.type(),
            base.channel(),
            base.subject(),
            base.requester(),
            base.lookbackScope(),
            base.lookbackFrom(),
            base.lookbackTo(),
            List.of(new Correction("full_name", "Pat Q. Doe", null)),
            base.declarationSignedBy(),
            base.details());
    return services.requests().submit(withCorrection, "consumer").request();
  }

  private static HttpResponse<String> apiDeny(String id, String token, String body) {
    return server.send(
        HttpRequest.newBuilder(URI.create(server.url("/api/v1/requests/" + id + "/deny")))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private static Notice find(List<Notice> notices, String vendor) {
    return notices.stream().filter(n -> n.vendor().equals(vendor)).findFirst().orElseThrow();
  }
}
