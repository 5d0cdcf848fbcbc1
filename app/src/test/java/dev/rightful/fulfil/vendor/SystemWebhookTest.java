package dev.rightful.fulfil.vendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.rightful.crypto.VendorSecrets;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Location;
import dev.rightful.testing.Webhooks;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A vendor system's endpoint comes from the environment, where validate cannot see it: plain http
 * to another host is refused before anything is sent (issue 13, item 8).
 */
class SystemWebhookTest {
  private static final DataSystem SYSTEM =
      new DataSystem(
          "vendor_api",
          "Vendor API",
          "webhook",
          "VENDOR_API_URL",
          null,
          null,
          "VENDOR_API_SECRET",
          null,
          List.of(),
          new Location(Path.of("systems.yaml"), 1, 1));

  private static SystemWebhook webhook(String url) {
    return webhook(url, Webhooks.secret("s3cret"));
  }

  private static SystemWebhook webhook(String url, String secret) {
    Map<String, String> env = Map.of("VENDOR_API_URL", url, "VENDOR_API_SECRET", secret);
    return new SystemWebhook(
        HttpClient.newHttpClient(), new VendorSecrets(env::get), Clock.systemUTC());
  }

  @Test
  void a_plain_http_endpoint_elsewhere_is_refused_naming_its_variable() {
    assertThatThrownBy(
            () -> webhook("http://vendor.example/privacy").send(SYSTEM, "msg_1", "{}".getBytes()))
        .isInstanceOf(VendorUnavailable.class)
        .hasMessageContaining("VENDOR_API_URL is not https")
        .hasMessageContaining("set an https:// URL")
        .hasMessageNotContaining("vendor.example");
  }

  @Test
  void a_secret_that_is_not_a_standard_webhooks_secret_is_refused_naming_its_variable() {
    assertThatThrownBy(
            () ->
                webhook("http://127.0.0.1:9/privacy", "s3cret-in-the-old-form")
                    .send(SYSTEM, "msg_1", "{}".getBytes()))
        .isInstanceOf(VendorUnavailable.class)
        .hasMessageContaining("VENDOR_API_SECRET is not a webhook secret: set it to whsec_")
        .hasMessageNotContaining("s3cret-in-the-old-form");
  }

  @Test
  void a_loopback_endpoint_is_still_reached() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    HttpServer vendor =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    vendor.createContext(
        "/hook",
        exchange -> {
          calls.incrementAndGet();
          byte[] body = "{\"tables\": {}}".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    vendor.start();
    try {
      String url = "http://127.0.0.1:" + vendor.getAddress().getPort() + "/hook";
      assertThat(webhook(url).send(SYSTEM, "msg_1", "{}".getBytes()))
          .isInstanceOf(SystemWebhook.Answer.Result.class);
      assertThat(calls).hasValue(1);
    } finally {
      vendor.stop(0);
    }
  }
}
