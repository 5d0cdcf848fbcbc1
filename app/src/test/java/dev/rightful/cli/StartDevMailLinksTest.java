package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import dev.rightful.testing.ApiContract;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rightful start-dev} without {@code --public-url}, as the README's quick start runs it: the
 * receipt a consumer gets over real SMTP carries a status link that opens on the dev server.
 * Before, the link was a bare path, which no mail client can open.
 */
class StartDevMailLinksTest {
  private static final Pattern STATUS_LINK =
      Pattern.compile("(https?://\\S+/privacy/requests/status/\\S+)");

  @TempDir Path work;

  @Test
  void the_receipt_of_a_request_to_a_dev_server_links_a_status_page_that_opens() throws Exception {
    GreenMail smtp =
        new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    try (ServerProcess server =
        ServerProcess.start(
            work,
            "dev.log",
            List.of(
                "start-dev",
                "--data-dir",
                work.resolve("data").toString(),
                "--smtp-host",
                "127.0.0.1",
                "--smtp-port",
                Integer.toString(smtp.getSmtp().getPort()),
                "--smtp-from",
                "privacy@example.com",
                "--smtp-starttls",
                "false"))) {
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> created =
          ApiContract.checked(
              http.send(
                  HttpRequest.newBuilder(server.uri("/api/v1/requests"))
                      .header("Content-Type", "application/json")
                      .POST(
                          HttpRequest.BodyPublishers.ofString(
                              "{\"type\":\"delete\",\"subject\":{\"email\":\"dev.reader@example.com\","
                                  + "\"name\":\"Dev Reader\"}}"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString()));
      assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

      assertThat(smtp.waitForIncomingEmail(30_000, 1)).as(server.log()).isTrue();
      String receipt = GreenMailUtil.getBody(smtp.getReceivedMessages()[0]).replace("=\r\n", "");
      Matcher link = STATUS_LINK.matcher(receipt);
      assertThat(link.find()).as(receipt).isTrue();
      URI status = URI.create(link.group(1));
      assertThat(status.getPort()).isEqualTo(server.port());

      HttpResponse<String> page =
          http.send(HttpRequest.newBuilder(status).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains(created.body().replaceAll(".*\"reference\":\"([^\"]+)\".*", "$1"));
    } finally {
      smtp.stop();
    }
  }
}
