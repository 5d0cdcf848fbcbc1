package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.iab.gpp.encoder.GppModel;
import com.iab.gpp.encoder.section.UsCa;
import com.iab.gpp.encoder.section.UsCo;
import dev.rightful.staff.Role;
import dev.rightful.staff.Scope;
import dev.rightful.testing.TestServer;
import dev.rightful.web.ClientAddresses;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The visitor's US state on the real server with the example map (which names CA, VA, CO, CT, TX,
 * OR, NJ and answers others as Californians): read from the CDN's region header behind a trusted
 * proxy, else from the page's data-region, kept for the browser, and followed alike by the browser,
 * the vendors' GPP string (read back with the IAB decoder) and the decision endpoint.
 */
class ConsentRegionTest {
  static final String HEADER = "CloudFront-Viewer-Country-Region";
  static final ObjectMapper JSON = new ObjectMapper();
  static TestServer server;
  static TestServer untrusted;
  static String service;

  @BeforeAll
  static void start() {
    // The tests connect from 127.0.0.1, which the first server trusts as its proxy.
    server = TestServer.startWithRegionHeader(HEADER, ClientAddresses.parse("127.0.0.1"));
    untrusted = TestServer.startWithRegionHeader(HEADER, ClientAddresses.parse("10.0.0.0/8"));
    service =
        server
            .app()
            .services()
            .staff()
            .tokens()
            .issue(
                Role.SERVICE,
                Set.of(Scope.CONSENT_DECISIONS),
                "ad-server",
                Duration.ofDays(1),
                "test")
            .secret();
  }

  @AfterAll
  static void stop() {
    server.close();
    untrusted.close();
  }

  @Test
  void a_colorado_visitor_gets_usco_in_the_browser_for_vendors_and_in_decisions() throws Exception {
    HttpResponse<String> first =
        server.send(me(server, "").header(HEADER, "CO").header("Sec-GPC", "1").build());
    assertThat(first.statusCode()).isEqualTo(200);
    JsonNode browser = JSON.readTree(first.body());
    JsonNode law = browser.get("jurisdiction");
    assertThat(law.get("region").asText()).isEqualTo("CO");
    assertThat(law.get("name").asText()).isEqualTo("Colorado");
    assertThat(law.get("applicableSections").toString()).isEqualTo("[" + UsCo.ID + "]");
    assertThat(law.get("gpcRequired").asBoolean()).isTrue();
    String cookie = deviceCookie(first);
    String subject = "device:" + cookie.substring(cookie.indexOf('=') + 1);

    // Kept for the browser, as independent SQL reads it.
    String stored =
        server
            .app()
            .services()
            .database()
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT region FROM consent_subject WHERE subject = :s")
                        .bind("s", subject)
                        .mapTo(String.class)
                        .one());
    assertThat(stored).isEqualTo("CO");

    // The vendor, who knows only the subject, is told the same section is in force.
    JsonNode vendor = api("/api/v1/consent/gpp?subject=" + subject);
    assertThat(vendor.get("applicableSections").toString()).isEqualTo("[10]");
    assertThat(vendor.get("gpp").asText()).isEqualTo(browser.get("gpp").asText());
    GppModel decoded = new GppModel(vendor.get("gpp").asText());
    UsCo usco = decoded.getUsCoSection();
    assertThat(usco.getSaleOptOut()).isEqualTo(1);
    assertThat(usco.getTargetedAdvertisingOptOut()).isEqualTo(1);
    assertThat(usco.getGpc()).isTrue();
    JsonNode decision = api("/api/v1/consent/decision?subject=" + subject + "&purpose=share");
    assertThat(decision.get("allowed").asBoolean()).isFalse();
    assertThat(decision.get("reason").asText()).isEqualTo("gpc-signal");
  }

  @Test
  void the_pages_data_region_is_read_the_header_wins_over_it_and_the_state_is_kept()
      throws Exception {
    HttpResponse<String> claimed = server.send(me(server, "?region=CA").build());
    assertThat(law(claimed).get("applicableSections").toString()).isEqualTo("[" + UsCa.ID + "]");
    assertThat(law(claimed).get("region").asText()).isEqualTo("CA");
    String cookie = deviceCookie(claimed);

    HttpResponse<String> both =
        server.send(
            me(server, "?region=CA").header(HEADER, "US-CO").header("Cookie", cookie).build());
    assertThat(law(both).get("region").asText()).isEqualTo("CO");
    assertThat(law(both).get("applicableSections").toString()).isEqualTo("[10]");

    // A later visit that tells nothing keeps the state on record.
    HttpResponse<String> later = server.send(me(server, "").header("Cookie", cookie).build());
    assertThat(law(later).get("region").asText()).isEqualTo("CO");
  }

  @Test
  void a_state_the_map_does_not_name_and_an_unknown_one_are_answered_as_california()
      throws Exception {
    HttpResponse<String> minnesota = server.send(me(server, "").header(HEADER, "MN").build());
    assertThat(law(minnesota).get("region").asText()).isEqualTo("MN");
    assertThat(law(minnesota).get("name").asText()).isEqualTo("California");
    assertThat(law(minnesota).get("applicableSections").toString()).isEqualTo("[8]");

    HttpResponse<String> ontario =
        server.send(me(server, "?region=ON").header(HEADER, "ON").build());
    assertThat(law(ontario).get("region").isNull()).isTrue();
    assertThat(law(ontario).get("applicableSections").toString()).isEqualTo("[8]");
  }

  @Test
  void the_header_from_a_peer_that_is_not_a_trusted_proxy_is_ignored() throws Exception {
    HttpResponse<String> forged = untrusted.send(me(untrusted, "").header(HEADER, "CO").build());
    assertThat(law(forged).get("region").isNull()).isTrue();
    assertThat(law(forged).get("applicableSections").toString()).isEqualTo("[8]");
    HttpResponse<String> page =
        untrusted.send(me(untrusted, "?region=CO").header(HEADER, "TX").build());
    assertThat(law(page).get("region").asText()).isEqualTo("CO");
  }

  private static HttpRequest.Builder me(TestServer on, String query) {
    return HttpRequest.newBuilder(URI.create(on.url("/api/v1/consent/me" + query)));
  }

  private static JsonNode law(HttpResponse<String> response) throws Exception {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).get("jurisdiction");
  }

  private static JsonNode api(String path) throws Exception {
    HttpResponse<String> response =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Authorization", "Bearer " + service)
                .build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static String deviceCookie(HttpResponse<String> response) {
    return response.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith(DeviceCookie.NAME + "="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .findFirst()
        .orElseThrow();
  }
}
