package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recipients that receive data for their own direct marketing: what the map must say of them. */
class DirectMarketingMapTest {
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
          address: 100 Main Street, Springfield, CA 90000
          since: 2025-03-01
      """;

  @TempDir Path dir;

  private static List<String> problems(DataMapLoader.Result result) {
    return result.problems().stream().map(Problem::format).toList();
  }

  @Test
  void a_direct_marketing_recipient_with_name_and_address_loads_and_counts_for_its_years() {
    DataMap map = new SampleMap().file("partner.yaml", PARTNER).load(dir).orThrow();

    Recipient partner = map.findRecipient("catalog-partner").orElseThrow();
    assertThat(partner.name()).isEqualTo("Example Catalogs, Inc.");
    assertThat(partner.postalAddress()).isEqualTo("100 Main Street, Springfield, CA 90000");
    assertThat(partner.since()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(map.findPurpose("partner-offers").orElseThrow().directMarketing()).isTrue();
    // The sample's other recipients receive data for the business's purposes only.
    assertThat(DirectMarketing.recipients(map, Year.of(2025))).containsExactly(partner);
    // It began in March 2025: nobody received data for direct marketing in 2024.
    assertThat(DirectMarketing.recipients(map, Year.of(2024))).isEmpty();
  }

  @Test
  void a_direct_marketing_recipient_without_name_or_address_is_an_error_naming_it() {
    SampleMap map =
        new SampleMap()
            .file(
                "partner.yaml",
                PARTNER
                    .replace("    name: Example Catalogs, Inc.\n", "")
                    .replace("    address: 100 Main Street, Springfield, CA 90000\n", ""));

    DataMapLoader.Result result = map.load(dir);

    assertThat(result.valid()).isFalse();
    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "partner.yaml", "id: catalog-partner")
                + ": recipient 'catalog-partner' receives personal information for its own direct"
                + " marketing (purpose 'partner-offers'): give its legal name in 'name' and its"
                + " postal address in 'address'; a customer who asks is told both (CC 1798.83)");
  }

  @Test
  void a_service_provider_may_not_receive_data_for_its_own_direct_marketing() {
    SampleMap map =
        new SampleMap()
            .file("partner.yaml", PARTNER.replace("kind: third-party", "kind: service-provider"));

    assertThat(problems(map.load(dir)))
        .containsExactly(
            map.position(dir, "partner.yaml", "id: catalog-partner")
                + ": recipient 'catalog-partner' receives personal information for its own direct"
                + " marketing (purpose 'partner-offers'), which a service-provider may not do:"
                + " make it kind third-party or remove the purpose");
  }

  @Test
  void an_end_before_the_start_is_an_error_at_until() {
    SampleMap map =
        new SampleMap()
            .file(
                "partner.yaml",
                PARTNER.replace("since: 2025-03-01", "since: 2025-03-01\n    until: 2024-12-31"));

    assertThat(problems(map.load(dir)))
        .containsExactly(
            map.position(dir, "partner.yaml", "2024-12-31")
                + ": recipient 'catalog-partner' stopped receiving data ('until' 2024-12-31)"
                + " before it began ('since' 2025-03-01)");
  }

  @Test
  void a_malformed_date_is_an_error_at_the_value() {
    SampleMap map =
        new SampleMap().file("partner.yaml", PARTNER.replace("2025-03-01", "March 2025"));

    assertThat(problems(map.load(dir)))
        .containsExactly(
            map.position(dir, "partner.yaml", "March 2025")
                + ": malformed date 'March 2025': write YYYY-MM-DD");
  }

  @Test
  void a_direct_marketing_recipient_must_say_which_categories_it_receives() {
    SampleMap map =
        new SampleMap().file("partner.yaml", PARTNER.replace("    categories: [A]\n", ""));

    assertThat(problems(map.load(dir)))
        .containsExactly(
            map.position(dir, "partner.yaml", "id: catalog-partner")
                + ": recipient 'catalog-partner' receives personal information for its own direct"
                + " marketing (purpose 'partner-offers'): list the categories of personal"
                + " information it receives in 'categories'");
  }
}
