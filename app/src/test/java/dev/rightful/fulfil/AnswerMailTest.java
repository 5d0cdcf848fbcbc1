package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.law.RequestType;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RequestStatus;
import dev.rightful.staff.Role;
import dev.rightful.systems.CompanyDatabases;
import dev.rightful.testing.ApiContract;
import dev.rightful.testing.ConsumerText;
import dev.rightful.testing.MailedServer;
import dev.rightful.testing.Repo;
import dev.rightful.testing.Submissions;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The answer as the consumer receives it: by mail through a real SMTP server (GreenMail), from the
 * running app fulfilling on the Net2Phone database on PostgreSQL, and what its link opens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnswerMailTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static CompanyDb company;
  private static MailedServer server;
  private static String token;

  @BeforeAll
  static void start() {
    company = CompanyDb.postgres("answer_mail_company");
    server =
        MailedServer.start(
            Repo.exampleMap(),
            new CompanyDatabases.Target(company.dataSource.getJdbcUrl(), "postgres", ""));
    token =
        server
            .app()
            .services()
            .staff()
            .tokens()
            .issue(Role.AGENT, "test-agent", Duration.ofDays(1), "test")
            .secret();
  }

  @AfterAll
  static void stop() {
    server.close();
    company.close();
  }

  private static String verified(RequestType type, String email) {
    RequestService requests = server.app().services().requests();
    String id =
        requests
            .submit(Submissions.api(type, email, "Jane Doe", "Jane Doe"), "consumer")
            .request()
            .id();
    requests.recordVerification(id, new RequestService.Verification(3, true, "test"), "staff:t");
    return id;
  }

  private static HttpResponse<byte[]> send(String method, String url, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    request.method(method, HttpRequest.BodyPublishers.noBody());
    try {
      return ApiContract.checked(
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitClosed(String id) throws InterruptedException {
    for (int i = 0; i < 600 && server.app().services().requests().get(id).isOpen(); i++) {
      Thread.sleep(100);
    }
  }

  private static String entry(byte[] zip, String name) throws Exception {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (entry.getName().equals(name)) {
          return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no " + name + " in the package");
  }

  private static List<String> entries(byte[] zip) throws Exception {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
      }
    }
    return names;
  }

  @Test
  @Order(1) // Jane's package first: a later test deletes her
  void a_know_answer_mail_carries_the_link_and_the_link_downloads_the_package() throws Exception {
    String id = verified(RequestType.KNOW_SPECIFIC, "jane.doe@example.com");
    assertThat(send("POST", server.url("/api/v1/requests/" + id + "/fulfil"), token).statusCode())
        .isEqualTo(202);
    awaitClosed(id);
    assertThat(server.app().services().requests().get(id).status())
        .isEqualTo(RequestStatus.COMPLETED);
    String reference = server.app().services().requests().get(id).reference();

    List<MailedServer.Mail> answers =
        server.await("jane.doe@example.com", reference + " is complete", 1);
    assertThat(answers).hasSize(1);
    String body = answers.get(0).body();
    ConsumerText.assertConsumerFacing(body);
    // The link's last day in words, as the mail's other dates: never an ISO date.
    assertThat(body)
        .containsPattern("it works until [A-Z][a-z]+day, [A-Z][a-z]+ \\d{1,2}, \\d{4}\\.")
        .doesNotContainPattern("until \\d{4}-\\d{2}-\\d{2}");
    Matcher link =
        Pattern.compile(Pattern.quote(server.url("/privacy/requests/package/")) + "\\S+")
            .matcher(body);
    assertThat(link.find()).as("the answer mail carries the package link:%n%s", body).isTrue();

    HttpResponse<byte[]> zip = send("GET", link.group(), null);
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
    assertThat(entries(zip.body())).contains("data.json", "index.html");
    // Independent SQL: her profile, her account and her card on file are in the package.
    String data = entry(zip.body(), "data.json");
    assertThat(data)
        .contains(company.text("SELECT full_name FROM customers WHERE id = 1001"))
        .contains(company.text("SELECT postal_address FROM customers WHERE id = 1001"))
        .contains(company.text("SELECT plan FROM accounts WHERE customer_id = 1001 LIMIT 1"))
        .contains(
            company.text(
                "SELECT card_last4 FROM payment_cards WHERE account_id IN"
                    + " (SELECT id FROM accounts WHERE customer_id = 1001) LIMIT 1"));
    // The link is a secret for the consumer's mail only, never kept on the timeline.
    assertThat(server.app().services().requests().timeline(id, true))
        .noneMatch(e -> e.text().contains("/privacy/requests/package/"));
  }

  private static String answer(String id) {
    return server.app().services().requests().timeline(id, true).stream()
        .filter(e -> e.kind().equals("completed"))
        .findFirst()
        .orElseThrow()
        .text();
  }

  @Test
  @Order(2)
  void a_deletion_answer_tells_what_happened_in_the_maps_words_and_a_follow_up_when_all_are_told()
      throws Exception {
    var services = server.app().services();
    String id = verified(RequestType.DELETE, "jane.doe@example.com");
    assertThat(send("POST", server.url("/api/v1/requests/" + id + "/fulfil"), token).statusCode())
        .isEqualTo(202);
    awaitClosed(id);
    String reference = services.requests().get(id).reference();
    // Independent SQL: her card is gone, her customer row de-identified, her accounts kept.
    assertThat(
            company.count(
                "SELECT COUNT(*) FROM payment_cards WHERE account_id IN"
                    + " (SELECT id FROM accounts WHERE customer_id = 1001)"))
        .isZero();
    assertThat(company.text("SELECT full_name FROM customers WHERE id = 1001"))
        .startsWith("deleted-R-");
    assertThat(company.count("SELECT COUNT(*) FROM accounts WHERE customer_id = 1001"))
        .isPositive();

    List<MailedServer.Mail> answers =
        server.await("jane.doe@example.com", reference + " is complete", 1);
    assertThat(answers).hasSize(1);
    String body = answers.get(0).body();
    ConsumerText.assertConsumerFacing(body);
    List<dev.rightful.fulfil.notify.Notice> notices = services.fulfilment().notifier().list(id);
    assertThat(notices).isNotEmpty().allMatch(n -> n.status().equals("pending"));
    // CC 1798.105(c)(1): the notices are queued, not yet delivered: "telling", never "told".
    assertThat(body)
        .contains("We deleted your personal information.")
        .contains("Payment cards on file")
        .contains("We are telling the " + notices.size() + " companies")
        .doesNotContain("We told", "We have told");
    // The status page the receipt's link opens shows the same answer, one item a line.
    String receipt =
        server
            .await("jane.doe@example.com", "We received your privacy request " + reference, 1)
            .get(0)
            .body();
    Matcher status =
        Pattern.compile(Pattern.quote(server.url("/privacy/requests/status/")) + "\\S+")
            .matcher(receipt);
    assertThat(status.find()).isTrue();
    org.jsoup.nodes.Document page =
        org.jsoup.Jsoup.parse(new String(send("GET", status.group(), null).body()));
    String timeline = page.select("#timeline").text();
    ConsumerText.assertConsumerFacing(timeline);
    assertThat(timeline)
        .contains("We received your request to delete your personal information.")
        .contains("We deleted your personal information.")
        .contains("Payment cards on file");
    assertThat(answer(id))
        .isEqualTo(body.substring(body.indexOf("We deleted"), body.indexOf("Questions?")).strip());

    for (int i = 0; i < notices.size(); i++) {
      assertThat(server.mails())
          .as("no follow-up while a company is still being told")
          .noneMatch(m -> m.subject().contains("update on your privacy request"));
      HttpRequest confirm =
          HttpRequest.newBuilder(
                  URI.create(
                      server.url(
                          "/api/v1/requests/"
                              + id
                              + "/notifications/"
                              + notices.get(i).id()
                              + "/confirm")))
              .header("Authorization", "Bearer " + token)
              .POST(HttpRequest.BodyPublishers.noBody())
              .build();
      assertThat(
              ApiContract.checked(CLIENT.send(confirm, HttpResponse.BodyHandlers.ofString()))
                  .statusCode())
          .isEqualTo(200);
    }
    List<MailedServer.Mail> followUps =
        server.await("jane.doe@example.com", "update on your privacy request " + reference, 1);
    assertThat(followUps).hasSize(1);
    ConsumerText.assertConsumerFacing(followUps.get(0).body());
    assertThat(followUps.get(0).body())
        .contains("We have now told the " + notices.size() + " companies")
        .contains("to delete it too");
  }

  @Test
  @Order(3)
  void a_deletion_that_finds_nothing_never_says_we_deleted() throws Exception {
    String id = verified(RequestType.DELETE, "nobody.here@example.com");
    assertThat(send("POST", server.url("/api/v1/requests/" + id + "/fulfil"), token).statusCode())
        .isEqualTo(202);
    awaitClosed(id);
    String text = answer(id);
    ConsumerText.assertConsumerFacing(text);
    assertThat(text)
        .startsWith("We found no personal information about you in our records")
        .doesNotContain("We deleted", "Deleted:", "We told");
  }

  @Test
  @Order(4)
  void a_correction_answer_names_the_information_in_the_maps_words_and_follows_up()
      throws Exception {
    var services = server.app().services();
    RequestService requests = services.requests();
    String id =
        requests
            .submit(
                new dev.rightful.requests.Submission(
                    RequestType.CORRECT,
                    dev.rightful.requests.Channel.API,
                    new dev.rightful.requests.Subject(
                        "wei.chen@example.com", null, "Wei Chen", null, null),
                    dev.rightful.requests.Requester.consumer(),
                    null,
                    null,
                    null,
                    List.of(
                        new dev.rightful.requests.Correction(
                            "phone", "+1 650-555-0199", "I changed my number.")),
                    null,
                    null),
                "consumer")
            .request()
            .id();
    requests.recordVerification(id, new RequestService.Verification(3, true, "test"), "staff:t");
    assertThat(send("POST", server.url("/api/v1/requests/" + id + "/fulfil"), token).statusCode())
        .isEqualTo(202);
    awaitClosed(id);
    assertThat(company.text("SELECT phone FROM customers WHERE id = 1006"))
        .isEqualTo("+1 650-555-0199");

    String reference = requests.get(id).reference();
    List<MailedServer.Mail> answers =
        server.await("wei.chen@example.com", reference + " is complete", 1);
    assertThat(answers).hasSize(1);
    String body = answers.get(0).body();
    ConsumerText.assertConsumerFacing(body);
    List<dev.rightful.fulfil.notify.Notice> notices = services.fulfilment().notifier().list(id);
    assertThat(body)
        .contains("We corrected your information:")
        .contains(
            "- Phone, in: Customers of the Net2Phone services, one row per customer — 1 record")
        .contains("We are telling the " + notices.size() + " companies")
        .doesNotContain("We told", "We have told");

    for (dev.rightful.fulfil.notify.Notice notice : notices) {
      services.fulfilment().notifier().confirm(id, notice.id(), "staff:test", null);
    }
    List<MailedServer.Mail> followUps =
        server.await("wei.chen@example.com", "update on your privacy request " + reference, 1);
    assertThat(followUps).hasSize(1);
    ConsumerText.assertConsumerFacing(followUps.get(0).body());
    assertThat(followUps.get(0).body()).contains("to correct it too");
  }
}
