package dev.rightful.center;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The privacy center's forms refuse what the API refuses, with the error next to the field: an
 * address mail cannot take (issue 11: a 500), and text that is not text; nothing is stored.
 */
class CenterInputTest {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static int stored() {
    return server.app().services().requests().queue(null, 10_000).size();
  }

  @Test
  void an_address_mail_cannot_take_is_shown_at_the_email_field() {
    for (String email : new String[] {"a;b@x.com", "a[1]@x.com", "<script>x</script>@x.com"}) {
      int before = stored();
      HttpResponse<String> page =
          PrivacyCenterTest.send(
              WebClient.of(server),
              "delete",
              Map.of("subject.email", email, "subject.name", "Jane Doe"));
      assertThat(page.statusCode()).as(email).isEqualTo(400);
      Document html = Jsoup.parse(page.body());
      assertThat(html.getElementById("subject-email-error").text())
          .contains("is not an email address");
      assertThat(stored()).isEqualTo(before);
    }
  }

  @Test
  void bytes_that_are_not_utf8_are_shown_at_their_field_never_stored_as_replacement_marks() {
    WebClient client = WebClient.of(server);
    String csrf = WebClient.csrf(client.get("/privacy/requests/new?type=delete"));
    int before = stored();
    HttpResponse<String> page =
        client.postEncoded(
            "/privacy/requests",
            "type=delete&subject.email=jose%40example.com&subject.name=Jos%E9+Ruiz&_csrf="
                + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(page.body()).getElementById("subject-name-error").text())
        .contains("could not be read");
    assertThat(stored()).isEqualTo(before);
  }

  @Test
  void the_opt_out_page_refuses_an_address_mail_cannot_take() {
    WebClient client = WebClient.of(server);
    Document form = Jsoup.parse(client.get("/privacy/do-not-sell").body());
    HttpResponse<String> page =
        client.post(
            "/privacy/do-not-sell",
            Map.of(
                "device", form.selectFirst("input[name=device]").val(),
                "_csrf", form.selectFirst("input[name=_csrf]").val(),
                "email", "a,b@x.com"));
    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("Please enter a valid email address");
  }
}
