package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rightful validate} on vendor webhooks: the consumer's email and phone are posted to them,
 * so plain http is refused except to this machine (issue 13, item 8).
 */
class ValidateWebhookUrlsTest {
  @TempDir Path dir;

  @Test
  void a_plain_http_vendor_webhook_fails_validate_at_its_file_line_and_column() throws Exception {
    Path map = exampleWithVendor("http://privacy.adco.example/requests");

    CliTest.Run run = CliTest.run("validate", map.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            position(map, "http://privacy.adco.example/requests")
                + ": 'http://privacy.adco.example/requests' is plain http, but the consumer's"
                + " email address and phone number are sent to it: use"
                + " https://privacy.adco.example/requests (plain http is allowed only to"
                + " 127.0.0.1, ::1 or localhost)");
  }

  @Test
  void https_and_loopback_webhooks_are_valid() throws Exception {
    for (String url :
        new String[] {
          "https://privacy.adco.example/requests",
          "http://127.0.0.1:8080/hook",
          "http://localhost:8080/hook",
          "http://[::1]:8080/hook"
        }) {
      Path map = exampleWithVendor(url);

      CliTest.Run run = CliTest.run("validate", map.toString());

      assertThat(run.exitCode()).as(url + ": " + run.err()).isZero();
    }
  }

  private Path exampleWithVendor(String webhook) throws IOException {
    Path map =
        Files.createDirectories(dir.resolve("map-" + Integer.toHexString(webhook.hashCode())));
    try (Stream<Path> files = Files.list(Repo.exampleMap())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(file, map.resolve(file.getFileName()));
      }
    }
    Path disclosures = map.resolve("disclosures.yaml");
    String yaml = Files.readString(disclosures);
    String anchor = "    transfer: sale-and-share\n";
    assertThat(yaml).contains(anchor);
    Files.writeString(
        disclosures,
        yaml.replaceFirst(
            anchor,
            anchor
                + "    vendors:\n      - name: AdCo\n        webhook: "
                + webhook
                + "\n        secretEnv: ADCO_SECRET\n"));
    return map;
  }

  private static String position(Path map, String snippet) throws IOException {
    Path file = map.resolve("disclosures.yaml");
    String yaml = Files.readString(file);
    int index = yaml.indexOf(snippet);
    String before = yaml.substring(0, index);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = index - before.lastIndexOf('\n');
    return file + ":" + line + ":" + column;
  }
}
