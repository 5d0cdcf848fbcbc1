package dev.rightful.center;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.TestServer;
import dev.rightful.testing.WebClient;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Shine the Light request through the privacy center's form, on the example company (which
 * discloses nothing for its recipients' own direct marketing): answered when sent (CC 1798.83).
 */
class ShineTheLightCenterTest {
  static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void the_form_leads_to_a_page_saying_the_request_is_answered_and_the_status_page_has_it() {
    WebClient client = WebClient.of(server);
    var sent =
        PrivacyCenterTestSupport.send(
            client,
            "direct-marketing",
            Map.of("subject.name", "Pat Example", "subject.email", "pat.center@example.com"));
    assertThat(sent.statusCode()).isEqualTo(303);
    String confirmation = sent.headers().firstValue("Location").orElseThrow();

    Document received = Jsoup.parse(client.get(confirmation).body());
    assertThat(received.getElementById("verification").text())
        .isEqualTo(
            "We have already answered your request: the answer is in the email we sent you and in"
                + " the history on your status page.");

    Document status = Jsoup.parse(client.get(confirmation.replace("/received", "")).body());
    assertThat(status.getElementById("request-status").text()).isEqualTo("Completed");
    assertThat(status.select("#timeline li"))
        .extracting(Element::text)
        .anySatisfy(
            text ->
                assertThat(text)
                    .contains(
                        "In 2025 we did not disclose personal information to third parties for"
                            + " their own direct marketing purposes"));
  }
}
