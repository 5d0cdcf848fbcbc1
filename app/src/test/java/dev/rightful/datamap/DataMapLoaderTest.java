package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.law.Category;
import dev.rightful.law.VerificationTier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a data map: every mistake is reported at its file, line and column with a fix. */
class DataMapLoaderTest {
  @TempDir Path dir;

  private static List<String> problems(DataMapLoader.Result result) {
    return result.problems().stream().map(Problem::format).toList();
  }

  @Test
  void the_sample_map_loads_without_problems() {
    DataMapLoader.Result result = new SampleMap().load(dir);

    assertThat(problems(result)).isEmpty();
    assertThat(result.orThrow().business().legalName()).isEqualTo("Example Telecom, LLC");
  }

  @Test
  void sections_spread_over_files_are_joined() {
    DataMapLoader.Result result =
        new SampleMap()
            .file(
                "more.yaml",
                """
                purposes:
                  - id: support
                    description: Customer support.
                """)
            .replace("disclosures.yaml", "purposes: [hosting]", "purposes: [hosting, support]")
            .load(dir);

    assertThat(problems(result)).isEmpty();
    assertThat(result.map().purposes())
        .extracting(Purpose::id)
        .containsExactlyInAnyOrder("hosting", "ads", "support");
  }

  @Test
  void an_unknown_key_is_reported_at_the_key_with_the_closest_allowed_key() {
    SampleMap map = new SampleMap().replace("business.yaml", "legalName:", "legalNmae:");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .contains(
            map.position(dir, "business.yaml", "legalNmae")
                + ": unknown key 'legalNmae' in 'business'; did you mean 'legalName'?");
  }

  @Test
  void a_vendor_names_its_webhook_secret_by_environment_variable() {
    DataMapLoader.Result result =
        new SampleMap()
            .replace(
                "disclosures.yaml",
                "    transfer: sale-and-share",
                "    transfer: sale-and-share\n    vendors:\n      - name: AdCo\n"
                    + "        webhook: https://adco.example/privacy\n"
                    + "        secretEnv: ADCO_WEBHOOK_SECRET\n"
                    + "      - name: PostCo\n        email: privacy@postco.example")
            .load(dir);

    assertThat(problems(result)).isEmpty();
    List<Recipient.Vendor> vendors = result.orThrow().recipients().get(1).vendors();
    assertThat(vendors)
        .extracting(Recipient.Vendor::name, Recipient.Vendor::secretEnv, Recipient.Vendor::channel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("AdCo", "ADCO_WEBHOOK_SECRET", "webhook"),
            org.assertj.core.groups.Tuple.tuple("PostCo", null, "email"));
  }

  @Test
  void a_secret_written_into_the_map_or_without_a_webhook_is_reported_at_the_value() {
    SampleMap map =
        new SampleMap()
            .replace(
                "disclosures.yaml",
                "    transfer: sale-and-share",
                "    transfer: sale-and-share\n    vendors:\n      - name: AdCo\n"
                    + "        webhook: https://adco.example/privacy\n"
                    + "        secretEnv: s3cr3t-value\n"
                    + "      - name: PostCo\n        email: privacy@postco.example\n"
                    + "        secretEnv: POSTCO_SECRET");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "disclosures.yaml", "s3cr3t-value")
                + ": 's3cr3t-value' is not an environment variable name for 'secretEnv': use"
                + " upper-case letters, digits and _, such as ADCO_WEBHOOK_SECRET; the secret"
                + " itself stays out of the map",
            map.position(dir, "disclosures.yaml", "POSTCO_SECRET")
                + ": 'secretEnv' signs webhook requests, but this vendor has no 'webhook': add one"
                + " or remove 'secretEnv'");
  }

  @Test
  void an_unknown_key_like_no_allowed_key_lists_the_allowed_keys() {
    SampleMap map =
        new SampleMap().replace("business.yaml", "  honored:", "  colour: red\n  honored:");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .contains(
            map.position(dir, "business.yaml", "colour")
                + ": unknown key 'colour' in 'doNotTrack'; allowed keys: honored, statement");
  }

  @Test
  void an_unknown_section_suggests_the_section_meant() {
    SampleMap map = new SampleMap().replace("disclosures.yaml", "recipients:", "recipents:");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .contains(
            map.position(dir, "disclosures.yaml", "recipents")
                + ": unknown key 'recipents' in the file; did you mean 'recipients'?");
  }

  @Test
  void an_unknown_category_letter_is_reported_where_it_is_written() {
    SampleMap map =
        new SampleMap()
            .replace("categories.yaml", "  C:", "  M:")
            .replace("systems.yaml", "category: F", "category: [F, Q]");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .contains(
            map.position(dir, "categories.yaml", "M:")
                + ": unknown category 'M': use a letter from A to L (see docs/datamap.md)",
            map.position(dir, "systems.yaml", "Q]")
                + ": unknown category 'Q': use a letter from A to L (see docs/datamap.md)");
  }

  @Test
  void a_category_stated_in_two_files_is_reported_at_the_second() {
    String twice = "categories:\n  A:\n    collected: false\n";
    DataMapLoader.Result result = new SampleMap().file("z-more.yaml", twice).load(dir);

    assertThat(problems(result))
        .containsExactly(dir.resolve("z-more.yaml") + ":2:3: category A is stated twice");
  }

  @Test
  void a_single_section_in_two_files_names_where_it_first_stands() {
    String again = "# a second notice\nnotice:\n  lastUpdated: 2026-01-01\n";
    SampleMap map = new SampleMap().file("z-notice.yaml", again);

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            dir.resolve("z-notice.yaml")
                + ":2:1: section 'notice' appears again; it is already in "
                + map.position(dir, "business.yaml", "notice:"));
  }

  @Test
  void a_malformed_period_asks_for_an_iso_period() {
    SampleMap map = new SampleMap().replace("retention.yaml", "P13M", "13 months");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "retention.yaml", "13 months")
                + ": malformed period '13 months': write an ISO-8601 period such as P30D, P6M,"
                + " P6Y or P1Y6M");
  }

  @Test
  void a_malformed_date_asks_for_year_month_day() {
    SampleMap map = new SampleMap().replace("business.yaml", "2026-06-01", "June 2026");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "business.yaml", "June 2026")
                + ": malformed date 'June 2026': write YYYY-MM-DD");
  }

  @Test
  void a_recipient_without_purposes_is_told_to_list_them() {
    SampleMap map = new SampleMap().replace("disclosures.yaml", "    purposes: [hosting]\n", "");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "disclosures.yaml", "id: cloud")
                + ": recipient 'cloud' has no purpose: list the ids of the purposes it receives"
                + " data for in 'purposes'");
  }

  @Test
  void a_recipient_with_an_empty_purpose_list_is_told_to_add_one() {
    SampleMap map = new SampleMap().replace("disclosures.yaml", "[hosting]", "[]");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "disclosures.yaml", "id: cloud")
                + ": recipient 'cloud' has no purpose: 'purposes' is empty; list at least one"
                + " purpose id");
  }

  @Test
  void a_word_outside_a_vocabulary_lists_the_words_and_suggests_one() {
    SampleMap map =
        new SampleMap()
            .replace("disclosures.yaml", "kind: service-provider", "kind: service-providr")
            .replace("systems.yaml", "identity: email", "identity: emial");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .contains(
            map.position(dir, "disclosures.yaml", "service-providr")
                + ": 'service-providr' is not one of service-provider, contractor, third-party"
                + " for 'kind'; did you mean 'service-provider'?",
            map.position(dir, "systems.yaml", "emial")
                + ": 'emial' is not one of email, phone, customer-id, device-id for 'identity';"
                + " did you mean 'email'?");
  }

  @Test
  void a_category_cannot_waive_verification() {
    SampleMap map =
        new SampleMap()
            .replace(
                "categories.yaml",
                "specifics: Pages visited.",
                "specifics: Pages visited.\n    verificationTier: none");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "categories.yaml", "none")
                + ": 'none' is not one of reasonable, reasonably-high for 'verificationTier'");
  }

  @Test
  void a_category_may_ask_for_the_higher_verification_tier() {
    SampleMap map =
        new SampleMap()
            .replace(
                "categories.yaml",
                "specifics: Pages visited.",
                "specifics: Pages visited.\n    verificationTier: reasonably-high");

    assertThat(map.load(dir).orThrow().category(Category.F).verificationTier())
        .isEqualTo(VerificationTier.REASONABLY_HIGH);
  }

  @Test
  void an_unknown_method_lists_the_methods() {
    SampleMap map = new SampleMap().replace("business.yaml", "[web-form,", "[web-page,");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .hasSize(1)
        .first()
        .asString()
        .startsWith(
            map.position(dir, "business.yaml", "web-page")
                + ": unknown method 'web-page': use one of web-form, toll-free-phone,");
  }

  @Test
  void a_list_where_one_value_belongs_says_so() {
    SampleMap map =
        new SampleMap().replace("business.yaml", "Example Telecom, LLC", "[Example, Telecom]");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "business.yaml", "[Example")
                + ": 'business.legalName' must be a single value, not a list");
  }

  @Test
  void a_key_given_twice_in_one_mapping_is_reported_at_the_second() {
    SampleMap map =
        new SampleMap()
            .replace(
                "business.yaml", "  reviewMonths: 12", "  reviewMonths: 12\n  reviewMonths: 6");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            map.position(dir, "business.yaml", "reviewMonths: 6")
                + ": duplicate key 'reviewMonths' in 'notice'");
  }

  @Test
  void a_missing_required_section_is_reported_for_the_directory() {
    DataMapLoader.Result result =
        new SampleMap()
            .replace(
                "business.yaml", "notice:\n  lastUpdated: 2026-06-01\n  reviewMonths: 12\n", "")
            .load(dir);

    assertThat(problems(result))
        .containsExactly(dir + ":1:1: the data map has no 'notice' section; add one");
  }

  @Test
  void a_yaml_syntax_error_is_located_and_explained_and_other_files_are_still_read() {
    SampleMap map =
        new SampleMap()
            .file("broken.yaml", "minors:\n  knowinglyCollectsUnder16: false\n bad: true\n")
            .replace("retention.yaml", "P13M", "P13 months");

    DataMapLoader.Result result = map.load(dir);

    assertThat(problems(result))
        .containsExactly(
            dir.resolve("broken.yaml")
                + ":3:2: YAML syntax: expected <block end>, but found '<block mapping start>';"
                + " check the indentation: keys of one mapping start in the same column",
            map.position(dir, "retention.yaml", "P13 months")
                + ": malformed period 'P13 months': write an ISO-8601 period such as P30D, P6M,"
                + " P6Y or P1Y6M");
  }

  @Test
  void an_unquoted_colon_in_a_value_is_explained() {
    DataMapLoader.Result result =
        new SampleMap()
            .replace("disclosures.yaml", "description: Cloud providers.", "description: Cloud: AWS")
            .load(dir);

    assertThat(problems(result))
        .singleElement()
        .asString()
        .endsWith("; quote a value that contains ': ', or check the indentation");
  }

  @Test
  void a_section_in_an_unparsable_file_is_not_also_reported_missing() {
    DataMapLoader.Result result =
        new SampleMap()
            .file("business.yaml", SampleMap.BUSINESS.replace("legalName:", "legalName: 'unclosed"))
            .load(dir);

    assertThat(problems(result))
        .singleElement()
        .asString()
        .startsWith(dir.resolve("business.yaml") + ":")
        .contains("YAML syntax:")
        .doesNotContain("has no 'business' section");
  }

  @Test
  void a_directory_without_yaml_files_is_an_error() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "not a map");

    DataMapLoader.Result result = DataMapLoader.load(dir);

    assertThat(problems(result)).containsExactly(dir + ":1:1: no .yaml or .yml files in " + dir);
  }

  @Test
  void or_throw_lists_every_error_in_one_exception() {
    DataMapLoader.Result result =
        new SampleMap()
            .replace("retention.yaml", "P13M", "soon")
            .replace("categories.yaml", "  C:", "  Z:")
            .load(dir);

    assertThatThrownBy(result::orThrow)
        .isInstanceOf(DataMapException.class)
        .hasMessageContaining("malformed period 'soon'")
        .hasMessageContaining("unknown category 'Z'");
  }

  @Test
  void a_sensitive_field_counts_as_category_l() {
    DataMapLoader.Result result =
        new SampleMap()
            .replace(
                "systems.yaml",
                "          - name: created_at\n",
                "          - name: created_at\n          - name: ssn\n            sensitive: government-id\n")
            .load(dir);

    Field ssn =
        result
            .map()
            .systems()
            .get(0)
            .findTable("users")
            .orElseThrow()
            .findField("ssn")
            .orElseThrow();
    assertThat(ssn.categories()).containsExactly(Category.L);
  }
}
