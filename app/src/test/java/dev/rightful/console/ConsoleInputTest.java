package dev.rightful.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.Services;
import dev.rightful.law.RequestType;
import dev.rightful.requests.RightsRequest;
import dev.rightful.staff.Role;
import dev.rightful.testing.TestServer;
import java.net.http.HttpResponse;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff forms refuse what intake refuses: an address mail cannot take, text that is not text (bytes
 * that were not UTF-8 arrive as U+FFFD) and control characters; the page comes back with the error
 * at the field and nothing is stored.
 */
class ConsoleInputTest {
  static TestServer server;
  static Services services;
  static ConsoleClient agent;
  static ConsoleClient admin;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    services = server.app().services();
    services.staff().users().create("alice", Role.AGENT, ConsoleClient.PASSWORD, "test");
    services.staff().users().create("ada", Role.ADMIN, ConsoleClient.PASSWORD, "test");
    agent = ConsoleClient.signIn(server, "alice");
    admin = ConsoleClient.signIn(server, "ada");
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static int stored() {
    return services.requests().queue(null, 10_000).size();
  }

  @Test
  void a_phone_entry_with_an_address_mail_cannot_take_is_refused_at_the_field() {
    int before = stored();
    HttpResponse<String> refused =
        agent.post(
            "/admin/requests/new",
            Map.of(
                "type", "delete",
                "subject.email", "a,b@x.com",
                "subject.name", "Caller Name",
                "requester.kind", "consumer"));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(refused.body()).selectFirst("#subject-email-error").text())
        .startsWith("is not an email address");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void a_phone_entry_holding_bytes_that_are_not_utf8_is_refused_at_the_field() {
    int before = stored();
    HttpResponse<String> refused =
        agent.postEncoded(
            "/admin/requests/new",
            "type=delete&subject.email=caller%40example.com&subject.name=Jos%E9"
                + "&requester.kind=consumer");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(Jsoup.parse(refused.body()).selectFirst("#subject-name-error").text())
        .contains("could not be read");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void a_note_with_control_characters_is_refused_at_the_field_and_not_stored() {
    RightsRequest request =
        ConsoleRequests.today(services, RequestType.DELETE, "noted@example.com", "Noted Person");
    int events = services.requests().timeline(request.id(), false).size();
    HttpResponse<String> refused =
        agent.postEncoded(
            "/admin/requests/" + request.id() + "/note", "text=called%00back%1B%5B31m");
    assertThat(refused.statusCode()).isEqualTo(422);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.selectFirst("#note-text-error").text()).contains("control characters");
    assertThat(services.requests().timeline(request.id(), false)).hasSize(events);
    HttpResponse<String> lines =
        agent.postEncoded(
            "/admin/requests/" + request.id() + "/note", "text=called+back%0D%0Aleft+a+message");
    assertThat(lines.statusCode()).as("a note may have several lines").isEqualTo(303);
  }

  @Test
  void a_hold_reason_with_control_characters_is_refused_at_the_field() {
    HttpResponse<String> refused =
        admin.postEncoded(
            "/admin/holds", "scope=consumer&kind=email&value=held%40example.com&reason=suit%07");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("id=\"hold-reason-error\"");
    Integer holds =
        services
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT COUNT(*) FROM retention_hold")
                        .mapTo(Integer.class)
                        .one());
    assertThat(holds.intValue()).isZero();
  }
}
