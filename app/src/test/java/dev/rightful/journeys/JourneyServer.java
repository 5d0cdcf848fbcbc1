package dev.rightful.journeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.Services;
import dev.rightful.staff.Role;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestDatabase;
import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.nodes.Document;

/**
 * One running Rightful for the journeys on one company database: the example map, the demo company
 * loaded fresh on PostgreSQL or MariaDB, mail sent over SMTP to a GreenMail server, a staff token
 * for the API, a service token for consent decisions, and a member of staff signed in to the
 * console for phone entry.
 */
final class JourneyServer implements AutoCloseable {
  static final String STAFF_PASSWORD = "journeys correct horse";
  private static final ObjectMapper JSON = new ObjectMapper();

  final TestDatabase company;
  final Mailbox mailbox;
  final TestServer server;
  final String staffToken;
  final String serviceToken;
  final WebClient console;
  private final AtomicInteger consumers = new AtomicInteger();

  private JourneyServer(TestDatabase company, Mailbox mailbox, TestServer server) {
    this.company = company;
    this.mailbox = mailbox;
    this.server = server;
    Services services = server.app().services();
    this.staffToken =
        services
            .staff()
            .tokens()
            .issue(Role.AGENT, "journeys", Duration.ofDays(1), "test")
            .secret();
    this.serviceToken =
        services
            .staff()
            .tokens()
            .issue(Role.SERVICE, "journeys-consent", Duration.ofDays(1), "test")
            .secret();
    services.staff().users().create("phoebe", Role.AGENT, STAFF_PASSWORD, "test");
    this.console = signIn(server, "phoebe");
  }

  static JourneyServer start(String database) {
    TestDatabase company =
        TestDatabase.withDemo(
            TestDatabase.Kind.valueOf(database.toUpperCase(java.util.Locale.ROOT)),
            "journeys_company");
    Mailbox mailbox = new Mailbox();
    TestServer server =
        TestServer.startWithMail(
            Repo.exampleMap(), company.target(), mailbox.settings(), Duration.ofMillis(100));
    return new JourneyServer(company, mailbox, server);
  }

  private static WebClient signIn(TestServer server, String username) {
    WebClient staff = WebClient.of(server);
    Document login = staff.page("/admin/login");
    HttpResponse<String> signedIn =
        staff.submit(
            login, "/admin/login", Map.of("username", username, "password", STAFF_PASSWORD));
    if (signedIn.statusCode() != 303) {
      throw new IllegalStateException("staff sign-in failed: " + signedIn.statusCode());
    }
    return staff;
  }

  Services services() {
    return server.app().services();
  }

  /** A consumer of the company no other journey on this database shares. */
  Consumer newConsumer() {
    return Consumer.create(company, consumers.incrementAndGet());
  }

  /** The status code and JSON body of an API call ({@code body} null for none). */
  record Answer(int status, JsonNode json, String text) {}

  Answer api(String method, String path, String body, String bearer) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url(path)));
    if (bearer != null) {
      request.header("Authorization", "Bearer " + bearer);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = server.send(request.build(), body);
    JsonNode json = null;
    if (response.headers().firstValue("Content-Type").orElse("").contains("json")) {
      try {
        json = JSON.readTree(response.body());
      } catch (IOException e) {
        throw new AssertionError("not JSON from " + path + ": " + response.body(), e);
      }
    }
    return new Answer(response.statusCode(), json, response.body());
  }

  /** The request as staff see it through the API. */
  JsonNode request(String id) {
    Answer answer = api("GET", "/api/v1/requests/" + id, null, staffToken);
    if (answer.status() != 200) {
      throw new AssertionError("GET request " + id + ": " + answer.status() + " " + answer.text());
    }
    return answer.json();
  }

  /** The request's id, found by its reference in the staff queue. */
  String idOf(String reference) {
    Answer list = api("GET", "/api/v1/requests", null, staffToken);
    for (JsonNode request : list.json().isArray() ? list.json() : list.json().path("requests")) {
      if (reference.equals(request.path("reference").asText())) {
        return request.path("id").asText();
      }
    }
    throw new AssertionError("no request " + reference + " in the staff queue: " + list.text());
  }

  /** A file a consumer downloads by following a link: its status and bytes. */
  record Download(int status, String contentType, byte[] body) {}

  Download download(String path) {
    try {
      HttpResponse<byte[]> response =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.url(path))).GET().build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      return new Download(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
    mailbox.close();
    company.close();
  }
}
