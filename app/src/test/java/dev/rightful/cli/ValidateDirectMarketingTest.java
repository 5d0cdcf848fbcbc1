package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rightful validate} on a map with a direct-marketing recipient (CC 1798.83). */
class ValidateDirectMarketingTest {
  private static final String PARTNER =
      """
      purposes:
        - id: partner-offers
          listAsUse: false
          directMarketing: true
          description: The partner's own offers by mail and email.
      recipients:
        - id: catalog-partner
          kind: third-party
          description: Catalog retailers.
          categories: [A]
          purposes: [partner-offers]
          name: Example Catalogs, Inc.
      """;

  @TempDir Path dir;

  @Test
  void a_direct_marketing_recipient_without_an_address_fails_validate_naming_it() throws Exception {
    Path map = exampleWith(PARTNER);

    CliTest.Run run = CliTest.run("validate", map.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            map.resolve("partners.yaml")
                + ":7:5: recipient 'catalog-partner' receives personal information for its own"
                + " direct marketing (purpose 'partner-offers'): give its legal name in 'name' and"
                + " its postal address in 'address'");
  }

  @Test
  void with_its_address_the_map_is_valid() throws Exception {
    Path map = exampleWith(PARTNER + "    address: 100 Main Street, Springfield, CA 90000\n");

    CliTest.Run run = CliTest.run("validate", map.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
  }

  private Path exampleWith(String partners) throws IOException {
    Path map = Files.createDirectories(dir.resolve("map"));
    try (Stream<Path> files = Files.list(Repo.exampleMap())) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        Files.copy(file, map.resolve(file.getFileName()));
      }
    }
    Files.writeString(map.resolve("partners.yaml"), partners);
    return map;
  }
}
