package dev.rightful.center;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.Services;
import dev.rightful.law.RequestType;
import dev.rightful.requests.RequestStatus;
import dev.rightful.requests.RightsRequest;
import dev.rightful.staff.Role;
import dev.rightful.testing.AdmtMap;
import dev.rightful.testing.ConsumerText;
import dev.rightful.testing.MailedServer;
import dev.rightful.testing.TestDatabase;
import dev.rightful.testing.WebClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two ADMT requests end to end through the privacy center (11 CCR 7220-7222; issue 16 item 3):
 * the example company with one ADMT use added, its demo database on PostgreSQL, its mail read in
 * GreenMail. TestServer's clock is Sunday 2026-11-29 in Los Angeles.
 */
class AdmtJourneyTest {
  @TempDir static Path dir;
  static TestDatabase company;
  static MailedServer server;
  static Services services;
  static String token;

  @BeforeAll
  static void start() throws IOException {
    company = TestDatabase.withDemo(TestDatabase.Kind.POSTGRESQL, "admt_journey_company");
    Path map = AdmtMap.exampleWith(dir.resolve("map"), AdmtMap.CREDIT_CHECK);
    server = MailedServer.start(map, company.target());
    services = server.app().services();
    token =
        services.staff().tokens().issue(Role.AGENT, "admt-agent", Duration.ofDays(1), "t").secret();
  }

  @AfterAll
  static void stop() {
    server.close();
    company.close();
  }

  static WebClient client() {
    return new WebClient(server.url(""));
  }

  static HttpResponse<String> send(WebClient client, String type, Map<String, String> fields) {
    String csrf = WebClient.csrf(client.get("/privacy/requests/new?type=" + type));
    Map<String, String> form = new HashMap<>(fields);
    form.put("_csrf", csrf);
    form.put("type", type);
    return client.post("/privacy/requests", form);
  }

  static RightsRequest stored(HttpResponse<String> sent) {
    String path = sent.headers().firstValue("Location").orElseThrow().replace("/received", "");
    return services.requests().findByStatusToken(path.substring(path.lastIndexOf('/') + 1)).get();
  }

  static HttpResponse<String> staffComplete(String id, String text) {
    WebClient staff = client();
    return staff.send(
        staff
            .request("/api/v1/requests/" + id + "/complete")
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(
                java.net.http.HttpRequest.BodyPublishers.ofString(
                    "{\"nature\":\"complied\",\"text\":\"" + text + "\"}")));
  }

  @Test
  void the_form_offers_both_requests_and_links_the_pre_use_notice_and_the_notice_links_it_too() {
    Document choose = Jsoup.parse(client().get("/privacy/requests").body());
    assertThat(choose.select("input[name=type]").eachAttr("value"))
        .contains("opt-out-admt", "access-admt");
    assertThat(choose.select("a[href]").eachAttr("href")).contains("/privacy/admt/credit-check");

    var notice = client().get("/privacy/admt/credit-check");
    assertThat(notice.statusCode()).isEqualTo(200);
    Document html = Jsoup.parse(notice.body());
    // 7220: the specific purpose, how it works, the opt-out with its alternative, access, no
    // retaliation, each from the map's words
    assertThat(html.text())
        .contains("To decide whether a new customer may take a postpaid plan without a deposit.")
        .contains("a score of 640 or more passes")
        .contains("A credit analyst decides from the documents the customer sends.")
        .contains("B. ")
        .contains("We will not retaliate");
    assertThat(html.select("a[href]").eachAttr("href"))
        .contains(
            "/privacy/requests/new?type=opt-out-admt", "/privacy/requests/new?type=access-admt");
    assertThat(html.select("a:contains(Opt-out of Automated Decisionmaking Technology)"))
        .hasSize(1);
    assertThat(client().get("/privacy/admt/no-such-use").statusCode()).isEqualTo(404);

    Document full = Jsoup.parse(client().get("/privacy/notice").body());
    assertThat(full.select("a[href$=/privacy/admt/credit-check]")).isNotEmpty();
  }

  @Test
  void an_admt_opt_out_is_filed_without_verification_told_to_recipients_and_answered_by_mail()
      throws InterruptedException {
    WebClient client = client();
    var sent = send(client, "opt-out-admt", Map.of("subject.email", "jane.doe@example.com"));
    assertThat(sent.statusCode()).isEqualTo(303);
    RightsRequest request = stored(sent);
    assertThat(request.type()).isEqualTo(RequestType.OPT_OUT_ADMT);
    // 7221: no verification; received Sunday 2026-11-29, 15 business days: Friday 2026-12-18
    // (Nov 30 is day 1, Dec 1-4 days 2-5, Dec 7-11 days 6-10, Dec 14-18 days 11-15)
    assertThat(request.status()).isEqualTo(RequestStatus.VERIFIED);
    assertThat(request.dueBy()).isEqualTo(LocalDate.of(2026, 12, 18));
    Document status =
        Jsoup.parse(client.get(sent.headers().firstValue("Location").orElseThrow()).body());
    assertThat(status.getElementById("due-by").text()).isEqualTo("Friday, December 18, 2026");
    // 7221(n): the recipient the use names is told, one notice per vendor it lists
    var notices = services.fulfilment().notifier().list(request.id());
    assertThat(notices).isNotEmpty().allMatch(n -> n.kind().equals("opt-out-admt"));

    var done = staffComplete(request.id(), "Our credit-check system no longer scores you.");
    assertThat(done.statusCode()).isEqualTo(200);
    assertThat(services.requests().get(request.id()).status()).isEqualTo(RequestStatus.COMPLETED);
    List<MailedServer.Mail> mails =
        server.await("jane.doe@example.com", request.reference() + " is complete", 1);
    assertThat(mails).hasSize(1);
    String body = mails.get(0).body();
    ConsumerText.assertConsumerFacing(body);
    assertThat(body)
        .contains("Our credit-check system no longer scores you.")
        .contains("Credit check for postpaid service. Instead: A credit analyst decides")
        // 7221: 12 months before asking again: from Monday 2027-11-29
        .contains("We will not ask you to opt back in before Monday, November 29, 2027.");
  }

  @Test
  void an_admt_access_request_is_verified_to_the_high_tier_and_answered_with_purpose_logic_outcome()
      throws InterruptedException {
    String name = company.text("SELECT full_name FROM customers WHERE id = 1001");
    String address = company.text("SELECT postal_address FROM customers WHERE id = 1001");
    WebClient client = client();
    var sent =
        send(
            client,
            "access-admt",
            Map.of(
                "subject.email", "jane.doe@example.com",
                "subject.name", name,
                "subject.postalAddress", address,
                "declaration.signed", "yes",
                "declaration.signedBy", name));
    assertThat(sent.statusCode()).as(sent.body()).isEqualTo(303);
    RightsRequest request = stored(sent);
    assertThat(request.requiredTier()).isEqualTo(dev.rightful.law.VerificationTier.REASONABLY_HIGH);
    assertThat(request.status()).isEqualTo(RequestStatus.RECEIVED);
    // 7021(b): 45 days with the day of receipt as day 1: Tuesday 2027-01-12
    assertThat(request.dueBy()).isEqualTo(LocalDate.of(2027, 1, 12));

    // The consumer proves the email with the code, then the data points are matched.
    String statusToken =
        sent.headers().firstValue("Location").orElseThrow().replace("/received", "");
    statusToken = statusToken.substring(statusToken.lastIndexOf('/') + 1);
    assertThat(
            client
                .send(
                    client
                        .request("/api/v1/requests/" + request.id() + "/code")
                        .POST(java.net.http.HttpRequest.BodyPublishers.noBody()))
                .statusCode())
        .isEqualTo(202);
    List<MailedServer.Mail> codes = server.await("jane.doe@example.com", "verification code", 1);
    Matcher code = Pattern.compile("(?m)^\\s+(\\S{6,})\\s*$").matcher(codes.get(0).body());
    assertThat(code.find()).isTrue();
    var checked =
        client.sendJson(
            "POST",
            "/api/v1/requests/" + request.id() + "/code/check",
            "{\"code\":\"" + code.group(1) + "\",\"statusToken\":\"" + statusToken + "\"}");
    assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
    assertThat(services.requests().get(request.id()).status()).isEqualTo(RequestStatus.VERIFIED);

    var done =
        staffComplete(
            request.id(),
            "Your application of November 2, 2026 scored 612, below 640, so we asked for a"
                + " deposit.");
    assertThat(done.statusCode()).isEqualTo(200);
    List<MailedServer.Mail> mails =
        server.await("jane.doe@example.com", request.reference() + " is complete", 1);
    assertThat(mails).hasSize(1);
    String body = mails.get(0).body();
    ConsumerText.assertConsumerFacing(body);
    assertThat(body)
        .contains("Why we use it: To decide whether a new customer may take a postpaid plan")
        .contains("How it works: A scoring model weighs the payment history")
        .contains("How its output is used: A pass opens the plan at once")
        .contains("How it applied to you, and the outcome:")
        .contains("scored 612, below 640, so we asked for a deposit.")
        .contains("We will not retaliate");
  }

  @Test
  void the_console_names_the_type_and_says_what_the_answer_adds() {
    services.staff().users().create("ada-admt", Role.ADMIN, "admt-console-Tulip-8841", "test");
    var request =
        services
            .requests()
            .submit(
                dev.rightful.testing.Submissions.api(
                    RequestType.ACCESS_ADMT, "sam.admt@example.com", "Sam Admt", "Sam Admt"),
                "consumer")
            .request();
    services
        .requests()
        .recordVerification(
            request.id(), new dev.rightful.requests.RequestService.Verification(3, true, "t"), "t");
    WebClient staff = client();
    staff.login("ada-admt", "admt-console-Tulip-8841");
    Document page = staff.page("/admin/requests/" + request.id());
    assertThat(page.text())
        .contains("to access information about automated decisionmaking (ADMT)")
        .contains("The answer adds each use's purpose, logic and output from the data map");
  }
}
