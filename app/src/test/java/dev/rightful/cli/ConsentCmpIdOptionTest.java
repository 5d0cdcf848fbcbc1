package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --consent-cmp-id} reaches the {@code /consent.js} a started server serves. */
class ConsentCmpIdOptionTest {
  @TempDir Path work;

  @Test
  void the_cmp_id_given_on_the_command_line_is_the_one_the_script_reports() throws Exception {
    try (ServerProcess server =
        ServerProcess.start(
            work,
            "dev.log",
            List.of(
                "start-dev",
                "--data-dir",
                work.resolve("data").toString(),
                "--consent-cmp-id",
                "77"))) {
      HttpResponse<String> script =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(server.uri("/consent.js")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(script.statusCode()).isEqualTo(200);
      assertThat(script.body()).contains("/*rightful:config*/{\"cmpId\":77,");
    }
  }
}
