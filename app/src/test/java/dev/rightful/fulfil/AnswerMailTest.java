package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.law.RequestType;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RequestStatus;
import dev.rightful.staff.Role;
import dev.rightful.systems.CompanyDatabases;
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
import org.junit.jupiter.api.Test;

/**
 * The answer as the consumer receives it: by mail through a real SMTP server (GreenMail), from the
 * running app fulfilling on the Net2Phone database on PostgreSQL, and what its link opens.
 */
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
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitClosed(String id) throws InterruptedException {
    for (int i = 0; i < 600 && server.app().services().requests().get(id).isOpen(); i++) {
      Thread.sleep(100);
    }
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
    Matcher link =
        Pattern.compile(Pattern.quote(server.url("/privacy/requests/package/")) + "\\S+")
            .matcher(body);
    assertThat(link.find()).as("the answer mail carries the package link:%n%s", body).isTrue();

    HttpResponse<byte[]> zip = send("GET", link.group(), null);
    assertThat(zip.statusCode()).isEqualTo(200);
    assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
    assertThat(entries(zip.body())).isNotEmpty();
    // The link is a secret for the consumer's mail only, never kept on the timeline.
    assertThat(server.app().services().requests().timeline(id, true))
        .noneMatch(e -> e.text().contains("/privacy/requests/package/"));
  }
}
