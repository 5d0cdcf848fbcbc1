package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.iab.gpp.encoder.GppModel;
import com.iab.gpp.encoder.section.UsCt;
import com.iab.gpp.encoder.section.UsUt;
import dev.rightful.staff.Role;
import dev.rightful.staff.Scope;
import dev.rightful.testing.TestServer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One GPC truth (issue 14, item 2): for one subject, the decision endpoint, the service API's GPP
 * and US Privacy strings and the browser's own strings all come from the ledger, so they agree. The
 * GPP strings are read back with the IAB's decoder.
 */
class GpcAgreementTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static TestServer server;
  static String service;

  @BeforeAll
  static void start() {
    server = TestServer.start();
    service =
        server
            .app()
            .services()
            .staff()
            .tokens()
            .issue(
                Role.SERVICE,
                Set.of(Scope.CONSENT_DECISIONS, Scope.CONSENT_WRITE),
                "ad-server",
                Duration.ofDays(1),
                "test")
            .secret();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void a_device_opted_out_by_gpc_is_gpc_for_the_decision_the_gpp_string_and_the_browser()
      throws Exception {
    HttpResponse<String> first =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/api/v1/consent/me")))
                .header("Sec-GPC", "1")
                .build());
    String cookie = deviceCookie(first);
    String subject = "device:" + cookie.substring(cookie.indexOf('=') + 1);

    for (String purpose : new String[] {"sale", "share"}) {
      JsonNode decision =
          api("/api/v1/consent/decision?subject=" + subject + "&purpose=" + purpose);
      assertThat(decision.get("allowed").asBoolean()).isFalse();
      assertThat(decision.get("reason").asText()).isEqualTo("gpc-signal");
    }
    JsonNode vendor = api("/api/v1/consent/gpp?subject=" + subject);
    GppModel decoded = new GppModel(vendor.get("gpp").asText());
    assertThat(decoded.getUsNatSection().getGpc()).isTrue();
    assertThat(decoded.getUsCaSection().getGpc()).isTrue();
    assertThat(decoded.getUsCaSection().getSaleOptOut()).isEqualTo(1);
    assertThat(decoded.getUsCaSection().getSharingOptOut()).isEqualTo(1);
    assertThat(vendor.get("sections").get("usca").get("Gpc").asBoolean()).isTrue();
    assertThat(vendor.get("usPrivacy").asText()).isEqualTo("1YYN");
    // The example map names Connecticut (and not Utah): its section says opted out, with GPC.
    UsCt usct = decoded.getUsCtSection();
    assertThat(usct.getSaleOptOut()).isEqualTo(1);
    assertThat(usct.getTargetedAdvertisingOptOut()).isEqualTo(1);
    assertThat(usct.getGpc()).isTrue();
    assertThat(decoded.getUsVaSection().getSaleOptOut()).isEqualTo(1);
    assertThat(decoded.hasSection(UsUt.NAME)).isFalse();
    assertThat(decoded.getSectionIds()).contains(UsCt.ID).doesNotContain(UsUt.ID);
    assertThat(vendor.get("sections").get("usct").get("SaleOptOut").asInt()).isEqualTo(1);

    // The browser, later and without the header, is served the very same strings.
    JsonNode browser =
        JSON.readTree(
            server
                .send(
                    HttpRequest.newBuilder(URI.create(server.url("/api/v1/consent/me")))
                        .header("Cookie", cookie)
                        .build())
                .body());
    assertThat(browser.get("gpp").asText()).isEqualTo(vendor.get("gpp").asText());
    assertThat(browser.get("usPrivacy").asText()).isEqualTo(vendor.get("usPrivacy").asText());
  }

  @Test
  void an_opt_out_without_the_signal_is_no_gpc_anywhere() throws Exception {
    String subject = "account:gpc-agreement-1";
    HttpResponse<String> recorded =
        server.send(
            HttpRequest.newBuilder(URI.create(server.url("/api/v1/consent/choices")))
                .header("Authorization", "Bearer " + service)
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"subject\":\""
                            + subject
                            + "\",\"purposes\":[\"sale\",\"share\"],\"choice\":\"opt-out\","
                            + "\"source\":\"staff\"}"))
                .build());
    assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
    JsonNode decision = api("/api/v1/consent/decision?subject=" + subject + "&purpose=sale");
    assertThat(decision.get("reason").asText()).isEqualTo("opted-out");
    JsonNode vendor = api("/api/v1/consent/gpp?subject=" + subject);
    GppModel decoded = new GppModel(vendor.get("gpp").asText());
    assertThat(decoded.getUsCaSection().getSaleOptOut()).isEqualTo(1);
    assertThat(decoded.getUsCaSection().getGpc()).isFalse();
    assertThat(decoded.getUsNatSection().getGpc()).isFalse();
    assertThat(vendor.get("usPrivacy").asText()).isEqualTo("1YYN");
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
