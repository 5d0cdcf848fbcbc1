package dev.rightful.verify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.DataMapLoader;
import dev.rightful.law.RequestType;
import dev.rightful.law.VerificationTier;
import dev.rightful.mail.MailKind;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tier a request needs is fixed at submission from the data map: delete and correct take the
 * highest tier among the categories the map's tables hold (7062(d); rule 13).
 */
class RequiredTiersTest {
  @TempDir static Path dir;

  /** Net2Phone's map with category B (names, addresses, phone numbers) raised to high. */
  static Path strictMap() throws IOException {
    Path map = dir.resolve("strict");
    if (Files.isDirectory(map)) {
      return map;
    }
    Files.createDirectories(map);
    try (Stream<Path> files = Files.list(Repo.exampleMap())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(file, map.resolve(file.getFileName()));
      }
    }
    Path categories = map.resolve("categories.yaml");
    String text = Files.readString(categories);
    String raised =
        text.replace(
            "  B:\n    collected: true\n",
            "  B:\n    collected: true\n    verificationTier: reasonably-high\n");
    assertThat(raised).isNotEqualTo(text);
    Files.writeString(categories, raised);
    return map;
  }

  @Test
  void the_example_map_holds_no_category_above_reasonable() {
    var tiers = new RequiredTiers(DataMapLoader.load(Repo.exampleMap()).orThrow());
    assertThat(tiers.apply(RequestType.DELETE)).isEqualTo(VerificationTier.REASONABLE);
    assertThat(tiers.apply(RequestType.CORRECT)).isEqualTo(VerificationTier.REASONABLE);
    assertThat(tiers.apply(RequestType.KNOW_SPECIFIC)).isEqualTo(VerificationTier.REASONABLY_HIGH);
    assertThat(tiers.apply(RequestType.OPT_OUT)).isEqualTo(VerificationTier.NONE);
  }

  @Test
  void a_category_the_map_raises_raises_delete_and_correct_but_not_know() throws IOException {
    var tiers = new RequiredTiers(DataMapLoader.load(strictMap()).orThrow());
    assertThat(tiers.apply(RequestType.DELETE)).isEqualTo(VerificationTier.REASONABLY_HIGH);
    assertThat(tiers.apply(RequestType.CORRECT)).isEqualTo(VerificationTier.REASONABLY_HIGH);
    assertThat(tiers.apply(RequestType.KNOW_CATEGORIES)).isEqualTo(VerificationTier.REASONABLE);
    assertThat(tiers.apply(RequestType.LIMIT_SENSITIVE)).isEqualTo(VerificationTier.NONE);
  }

  @Test
  void a_delete_request_is_stored_with_the_maps_tier_and_its_receipt_says_so() throws Exception {
    try (TestServer server = TestServer.start(strictMap(), TestServer.h2Url(), "sa", "")) {
      var api = new VerifyApi(server);
      var request =
          api.submit("{'type':'delete','subject':{'email':'tier@example.com','name':'Tier Test'}}");
      assertThat(server.app().services().requests().get(request.id()).requiredTier())
          .isEqualTo(VerificationTier.REASONABLY_HIGH);
      var receipt =
          server.app().services().outbox().list(10).stream()
              .filter(mail -> mail.kind() == MailKind.RECEIPT)
              .filter(mail -> request.reference().equals(mail.requestId()))
              .findFirst()
              .orElseThrow();
      // 7021(a): the receipt describes the verification the request will need
      assertThat(receipt.body()).contains("declaration");
    }
  }
}
