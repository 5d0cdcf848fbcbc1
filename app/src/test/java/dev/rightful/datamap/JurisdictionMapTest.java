package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.law.state.Jurisdiction;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The map's {@code jurisdictions} section: how it is read and what validate checks per state. */
class JurisdictionMapTest {
  private static final Clock NOV_29_2026 = at("2026-11-29T12:00:00Z");

  private static final String STATES =
      """
      jurisdictions:
        operates: [CA, CO, VA, TX]
        others: baseline
      """;

  @TempDir Path dir;

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  private static SampleMap withStates(String yaml) {
    return new SampleMap().file("states.yaml", yaml);
  }

  private List<String> lint(SampleMap map, Clock clock) {
    return new Lint(clock).check(map.load(dir).orThrow()).stream().map(Problem::format).toList();
  }

  @Test
  void the_section_names_the_states_and_the_default_for_others() {
    DataMap map = withStates(STATES).load(dir).orThrow();
    assertThat(map.jurisdictions().operates())
        .extracting(Jurisdiction::code)
        .containsExactly("CA", "CO", "VA", "TX");
    assertThat(map.jurisdictions().states())
        .extracting(Jurisdiction::code)
        .containsExactly("CO", "VA", "TX");
    assertThat(map.jurisdictions().others()).isEqualTo(JurisdictionPolicy.Others.BASELINE);
    assertThat(map.jurisdictions().sensitiveConsent()).isFalse();
  }

  @Test
  void without_the_section_the_map_covers_california_only_and_answers_others_as_california() {
    DataMap map = new SampleMap().load(dir).orThrow();
    assertThat(map.jurisdictions().operates()).extracting(Jurisdiction::code).containsExactly("CA");
    assertThat(map.jurisdictions().others()).isEqualTo(JurisdictionPolicy.Others.CALIFORNIA);
  }

  @Test
  void california_is_covered_even_when_the_list_leaves_it_out() {
    DataMap map = withStates("jurisdictions:\n  operates: [OR]\n").load(dir).orThrow();
    assertThat(map.jurisdictions().operates())
        .extracting(Jurisdiction::code)
        .containsExactly("CA", "OR");
  }

  @Test
  void an_unknown_state_is_an_error_at_its_code_with_file_and_line() {
    SampleMap map = withStates("jurisdictions:\n  operates: [CO, ZZ, co]\n");
    List<String> problems = map.load(dir).problems().stream().map(Problem::format).toList();
    assertThat(problems)
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(map.position(dir, "states.yaml", "ZZ") + ": unknown state 'ZZ'")
                    .contains("CA, VA, CO"))
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith(map.position(dir, "states.yaml", "co]") + ": unknown state 'co'")
                    .endsWith("did you mean 'CO'?"));
    assertThat(map.load(dir).valid()).isFalse();
  }

  @Test
  void a_state_listed_twice_and_an_unknown_default_are_errors() {
    SampleMap map = withStates("jurisdictions:\n  operates: [CO, CO]\n  others: texas\n");
    List<String> problems = map.load(dir).problems().stream().map(Problem::format).toList();
    assertThat(problems)
        .anySatisfy(p -> assertThat(p).contains("state CO is listed twice (first at "))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("'texas' is not one of california, baseline, refuse for 'others'"));
  }

  @Test
  void the_sample_map_in_several_states_breaks_no_rule() {
    assertThat(lint(withStates(STATES), NOV_29_2026)).isEmpty();
  }

  @Test
  void sensitive_data_in_an_opt_in_state_without_consent_is_an_error_citing_the_state() {
    SampleMap map = withSensitiveField(withStates(STATES), "racial-ethnic-origin");
    List<String> found = lint(map, NOV_29_2026);
    assertThat(found)
        .filteredOn(p -> p.contains("prior opt-in consent"))
        .extracting(p -> p.substring(p.lastIndexOf('[')))
        .containsExactlyInAnyOrder(
            "[C.R.S. § 6-1-1303]", "[Va. Code § 59.1-575]", "[Tex. Bus. & Com. Code ch. 541]");
    assertThat(found.get(0)).startsWith(map.position(dir, "states.yaml", "operates"));

    SampleMap consented =
        withSensitiveField(
            withStates(STATES + "  sensitiveConsent: true\n"), "racial-ethnic-origin");
    assertThat(lint(consented, NOV_29_2026)).isEmpty();
  }

  @Test
  void a_sensitive_kind_the_state_does_not_list_needs_no_consent_there() {
    // Colorado's definition has no precise geolocation; Virginia's does.
    SampleMap map =
        withSensitiveField(withStates("jurisdictions:\n  operates: [CO]\n"), "precise-geolocation");
    assertThat(lint(map, NOV_29_2026)).isEmpty();
    SampleMap virginia =
        withSensitiveField(withStates("jurisdictions:\n  operates: [VA]\n"), "precise-geolocation");
    assertThat(lint(virginia, NOV_29_2026))
        .singleElement()
        .asString()
        .contains("Precise geolocation")
        .endsWith("[Va. Code § 59.1-575]");
  }

  @Test
  void maryland_refuses_sensitive_data_sold_even_with_consent() {
    SampleMap map =
        withStates("jurisdictions:\n  operates: [MD]\n  sensitiveConsent: true\n")
            .replace("categories.yaml", "  C:\n    collected: false", limitedL())
            .replace("retention.yaml", "categories: [A]", "categories: [A, L]")
            .replace("disclosures.yaml", "categories: [F]", "categories: [F, L]");
    assertThat(lint(map, NOV_29_2026))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("recipient 'ad-partners' is sold or shared sensitive data")
                    .endsWith("[Md. Code, Com. Law § 14-4607(a)]"));
  }

  @Test
  void a_gpc_state_needs_signal_handling_from_its_date_when_data_is_sold() {
    SampleMap map =
        withStates("jurisdictions:\n  operates: [DE]\n")
            .replace(
                "business.yaml",
                "optOutMethods: [do-not-sell-form, toll-free-phone, opt-out-preference-signal]",
                "optOutMethods: [do-not-sell-form, toll-free-phone]");
    // Delaware requires GPC from 2026-01-01
    assertThat(lint(map, at("2025-12-31T12:00:00Z")))
        .noneMatch(p -> p.contains("Delaware requires honouring Global Privacy Control"));
    assertThat(lint(map, at("2026-01-01T12:00:00Z")))
        .anySatisfy(
            p ->
                assertThat(p)
                    .contains("Delaware requires honouring Global Privacy Control")
                    .contains("since 2026-01-01")
                    .endsWith("[6 Del. C. § 12D-106(e)]"));
    SampleMap virginia =
        withStates("jurisdictions:\n  operates: [VA]\n")
            .replace(
                "business.yaml",
                "optOutMethods: [do-not-sell-form, toll-free-phone, opt-out-preference-signal]",
                "optOutMethods: [do-not-sell-form, toll-free-phone]");
    assertThat(lint(virginia, NOV_29_2026)).noneMatch(p -> p.contains("Virginia"));
  }

  @Test
  void selling_minors_data_with_opt_in_is_an_error_where_a_state_bans_it() {
    String minors =
        "minors:\n  knowinglyCollectsUnder16: true\n  sellsOrSharesUnder16WithOptIn: true\n";
    assertThat(lint(withStates("jurisdictions:\n  operates: [MD]\n" + minors), NOV_29_2026))
        .singleElement()
        .asString()
        .contains("Maryland forbids selling data of known minors under 18")
        .endsWith("[Md. Code, Com. Law § 14-4607(a)(4)–(5)]");
    assertThat(lint(withStates("jurisdictions:\n  operates: [VA]\n" + minors), NOV_29_2026))
        .isEmpty();
  }

  /**
   * The map with a field of sensitive {@code kind} in the users table, and category L collected,
   * kept and used only to provide the service (7027(m)).
   */
  private static SampleMap withSensitiveField(SampleMap map, String kind) {
    return map.replace(
            "systems.yaml",
            "          - name: created_at",
            "          - name: sensitive_value\n"
                + "            sensitive: "
                + kind
                + "\n          - name: created_at")
        .replace("categories.yaml", "  C:\n    collected: false", limitedL())
        .replace("retention.yaml", "categories: [A]", "categories: [A, L]");
  }

  /** Category L collected, used only to provide the service (7027(m)). */
  private static String limitedL() {
    return "  C:\n    collected: false\n  L:\n    collected: true\n    specifics: Sensitive data.\n"
        + "    usedFor: [provide-requested-goods-or-services]";
  }
}
