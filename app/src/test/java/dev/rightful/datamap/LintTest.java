package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notice rules: each fires on the one change that breaks it, citing its rule. */
class LintTest {
  private static final Clock NOV_29_2026 = at("2026-11-29T12:00:00Z");

  @TempDir Path dir;

  private static Clock at(String instant) {
    return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
  }

  private List<Problem> lint(SampleMap map) {
    return lint(map, NOV_29_2026);
  }

  private List<Problem> lint(SampleMap map, Clock clock) {
    return new Lint(clock).check(map.load(dir).orThrow());
  }

  @Test
  void the_sample_map_breaks_no_rule() {
    assertThat(lint(new SampleMap())).isEmpty();
  }

  @Test
  void a_category_disclosed_but_not_collected_is_an_error_at_the_recipient() {
    SampleMap map =
        new SampleMap().replace("disclosures.yaml", "categories: [A, F]", "categories: [A, C, F]");

    assertThat(lint(map))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.isError()).isTrue();
              assertThat(problem.rule()).isEqualTo("rule 40, CC 1798.115(c)");
              assertThat(problem.format())
                  .isEqualTo(
                      map.position(dir, "disclosures.yaml", "id: cloud")
                          + ": category C is disclosed to 'cloud' but the map says it is not"
                          + " collected [rule 40, CC 1798.115(c)]");
            });
  }

  @Test
  void a_category_sold_but_not_collected_says_sold_or_shared() {
    SampleMap map =
        new SampleMap().replace("disclosures.yaml", "categories: [F]", "categories: [F, K]");

    assertThat(lint(map))
        .singleElement()
        .extracting(Problem::message)
        .isEqualTo(
            "category K is sold or shared to 'ad-partners' but the map says it is not collected");
  }

  @Test
  void a_source_supplying_an_uncollected_category_is_an_error() {
    SampleMap map =
        new SampleMap().replace("categories.yaml", "categories: [A]", "categories: [A, E]");

    assertThat(lint(map))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("rule 40, CC 1798.110(c)");
              assertThat(problem.location().toString())
                  .isEqualTo(map.position(dir, "categories.yaml", "id: consumer"));
              assertThat(problem.message()).contains("source 'consumer' supplies category E");
            });
  }

  @Test
  void selling_or_sharing_with_no_opt_out_method_is_an_error() {
    SampleMap map =
        new SampleMap()
            .replace(
                "business.yaml",
                "  optOutMethods: [do-not-sell-form, toll-free-phone, opt-out-preference-signal]\n",
                "");

    assertThat(lint(map))
        .extracting(Problem::rule)
        .containsExactly("rule 31, CC 1798.135(a)", "rule 33, 7025(b)");
    assertThat(lint(map).get(0).message())
        .contains("recipient 'ad-partners'")
        .contains("add 'methods.optOutMethods'");
  }

  @Test
  void a_cookie_tool_alone_is_not_an_opt_out_method() {
    SampleMap map =
        new SampleMap()
            .replace(
                "business.yaml",
                "[do-not-sell-form, toll-free-phone, opt-out-preference-signal]",
                "[cookie-settings-tool, opt-out-preference-signal]");

    assertThat(lint(map))
        .filteredOn(Problem::isError)
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("rule 31, 7026(a)(4)");
              assertThat(problem.message()).contains("add do-not-sell-form");
              assertThat(problem.location().toString())
                  .isEqualTo(map.position(dir, "business.yaml", "requestMethods"));
            });
  }

  @Test
  void selling_or_sharing_without_processing_preference_signals_is_an_error() {
    SampleMap map =
        new SampleMap()
            .replace(
                "business.yaml",
                "[do-not-sell-form, toll-free-phone, opt-out-preference-signal]",
                "[do-not-sell-form, toll-free-phone]");

    assertThat(lint(map)).extracting(Problem::rule).containsExactly("rule 33, 7025(b)");
  }

  @Test
  void a_map_that_sells_nothing_needs_no_opt_out_method() {
    SampleMap map =
        new SampleMap()
            .replace("disclosures.yaml", "    transfer: sale-and-share\n", "")
            .replace(
                "business.yaml",
                "  optOutMethods: [do-not-sell-form, toll-free-phone, opt-out-preference-signal]\n",
                "");

    assertThat(lint(map)).isEmpty();
  }

  @Test
  void a_table_holding_a_category_the_notice_does_not_collect_is_an_error_at_the_field() {
    SampleMap map = new SampleMap().replace("systems.yaml", "category: F", "category: [F, C]");

    assertThat(lint(map))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("rule 41, CC 1798.100(a)(1)");
              assertThat(problem.location().toString())
                  .isEqualTo(map.position(dir, "systems.yaml", "name: page"));
              assertThat(problem.message())
                  .isEqualTo(
                      "'db.visits.page' holds category C (Protected classification"
                          + " characteristics under California or federal law), which the notice"
                          + " says is not collected");
            });
  }

  @Test
  void a_notice_older_than_its_review_period_is_a_warning() {
    SampleMap map = new SampleMap();

    List<Problem> found = lint(map, at("2027-06-02T12:00:00Z"));

    assertThat(found)
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.isError()).isFalse();
              assertThat(problem.rule()).isEqualTo("rule 40, CC 1798.130(a)(5)");
              assertThat(problem.format())
                  .startsWith(map.position(dir, "business.yaml", "lastUpdated") + ": warning: ")
                  .contains("last updated 2026-06-01, more than 12 months ago");
            });
  }

  @Test
  void a_notice_is_fresh_until_the_last_day_of_its_review_period() {
    assertThat(lint(new SampleMap(), at("2027-06-01T23:59:59Z"))).isEmpty();
  }

  @Test
  void a_shorter_review_period_makes_the_notice_stale_sooner() {
    SampleMap map = new SampleMap().replace("business.yaml", "reviewMonths: 12", "reviewMonths: 3");

    assertThat(lint(map))
        .extracting(Problem::message)
        .singleElement()
        .asString()
        .contains("3 months");
  }

  @Test
  void fewer_than_two_request_methods_is_an_error() {
    SampleMap map =
        new SampleMap()
            .replace("business.yaml", "[web-form, toll-free-phone]", "[toll-free-phone]");

    assertThat(lint(map))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("rule 1, CC 1798.130(a)(1)");
              assertThat(problem.message()).contains("at least two methods").contains("lists 1");
            });
  }

  @Test
  void request_methods_without_a_toll_free_phone_is_an_error() {
    SampleMap map =
        new SampleMap()
            .replace("business.yaml", "[web-form, toll-free-phone]", "[web-form, email]");

    assertThat(lint(map))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("rule 1, CC 1798.130(a)(1)(A)");
              assertThat(problem.message()).startsWith("no toll-free number");
            });
  }

  @Test
  void a_toll_free_method_without_a_number_is_an_error() {
    SampleMap map =
        new SampleMap().replace("business.yaml", "    tollFree: \"+1 800-555-0100\"\n", "");

    assertThat(lint(map)).extracting(Problem::rule).containsExactly("rule 1, CC 1798.130(a)(1)(A)");
  }

  @Test
  void a_collected_category_without_a_retention_rule_is_an_error_at_the_category() {
    SampleMap map = new SampleMap().replace("retention.yaml", "categories: [F]", "categories: []");

    assertThat(lint(map))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("rule 42, CC 1798.100(a)(3)");
              assertThat(problem.location().toString())
                  .isEqualTo(map.position(dir, "categories.yaml", "F:"));
              assertThat(problem.message()).startsWith("category F is collected");
            });
  }

  @Test
  void a_map_without_a_do_not_track_statement_is_an_error() {
    SampleMap map =
        new SampleMap()
            .replace(
                "business.yaml",
                "doNotTrack:\n  honored: false\n  statement: We do not respond to Do Not Track"
                    + " signals.\n",
                "");

    assertThat(lint(map))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("rule 36, B&P 22575(b)(5)");
              assertThat(problem.message()).startsWith("no Do Not Track statement");
            });
  }

  // --- Notice consistency: limit, methods per right (issue 11) ---

  /** The sample map with sensitive personal information (category L) collected and kept. */
  private static SampleMap collectingSensitive(String usedFor) {
    return new SampleMap()
        .replace(
            "categories.yaml",
            "  C:\n    collected: false\n",
            "  C:\n    collected: false\n"
                + "  L:\n    collected: true\n    specifics: Card numbers.\n"
                + usedFor)
        .replace("retention.yaml", "categories: [A]", "categories: [A, L]");
  }

  private static SampleMap withLimitMethods(SampleMap map, String methods) {
    return map.replace(
        "business.yaml", "doNotTrack:", "  limitMethods: " + methods + "\ndoNotTrack:");
  }

  @Test
  void limit_methods_when_no_sensitive_information_is_collected_is_an_error() {
    // 7014(h), 7027(m): the notice would say "we do not collect" and then "use the Limit form".
    SampleMap map = withLimitMethods(new SampleMap(), "[limit-form, toll-free-phone]");

    assertThat(lint(map))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.isError()).isTrue();
              assertThat(problem.rule()).isEqualTo("rule 37, 7014(h), 7027(m)");
              assertThat(problem.location().toString())
                  .isEqualTo(map.position(dir, "business.yaml", "requestMethods"));
              assertThat(problem.message()).contains("collects none");
            });
  }

  @Test
  void sensitive_information_used_beyond_7027m_needs_two_limit_methods_one_of_them_the_link() {
    // 7027(b); CC 1798.135(a)(2): 'ads' is a purpose of the map, not a 7027(m) purpose.
    SampleMap map =
        withLimitMethods(
            collectingSensitive("    usedFor: [security-incidents, ads]\n"), "[toll-free-phone]");

    assertThat(lint(map))
        .extracting(Problem::rule)
        .containsExactly("rule 37, 7027(b)", "rule 43, CC 1798.135(a)(2)");
    assertThat(lint(map)).allMatch(Problem::isError);
  }

  @Test
  void sensitive_information_with_no_stated_uses_gets_the_right_to_limit() {
    SampleMap map = collectingSensitive("");

    assertThat(lint(map))
        .extracting(Problem::format)
        .containsExactly(
            map.position(dir, "business.yaml", "requestMethods")
                + ": sensitive personal information is used beyond the 7027(m) purposes (or"
                + " 'categories.L.usedFor' does not say otherwise), so consumers need at least two"
                + " methods to limit its use; 'methods.limitMethods' lists 0 [rule 37, 7027(b)]",
            map.position(dir, "business.yaml", "requestMethods")
                + ": sensitive personal information is used beyond the 7027(m) purposes, so the"
                + " site needs the \"Limit the Use of My Sensitive Personal Information\" link: add"
                + " limit-form or alternative-opt-out-link to 'methods.limitMethods' [rule 43, CC"
                + " 1798.135(a)(2)]");
  }

  @Test
  void two_limit_methods_with_the_form_and_the_phone_satisfy_the_limit_rules() {
    SampleMap map = withLimitMethods(collectingSensitive(""), "[limit-form, toll-free-phone]");

    assertThat(lint(map)).isEmpty();
  }

  @Test
  void sensitive_information_used_only_for_7027m_purposes_needs_no_limit_and_offering_it_warns() {
    SampleMap quiet =
        collectingSensitive(
            "    usedFor: [provide-requested-goods-or-services, security-incidents]\n");
    assertThat(lint(quiet)).isEmpty();

    SampleMap offered =
        withLimitMethods(
            collectingSensitive("    usedFor: [provide-requested-goods-or-services]\n"),
            "[limit-form, toll-free-phone]");
    assertThat(lint(offered))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.isError()).isFalse();
              assertThat(problem.rule()).isEqualTo("rule 37, 7014(h), 7027(m)");
            });
  }

  @Test
  void a_use_of_sensitive_information_that_names_nothing_known_is_an_error_at_its_item() {
    SampleMap map = collectingSensitive("    usedFor: [securty-incidents]\n");

    DataMapLoader.Result result = map.load(dir);
    assertThat(result.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.isError()).isTrue();
              assertThat(problem.location().toString())
                  .isEqualTo(map.position(dir, "categories.yaml", "securty-incidents"));
              assertThat(problem.message())
                  .startsWith("'usedFor' names 'securty-incidents', which is neither a 7027(m)");
            });
  }

  @Test
  void uses_of_sensitive_information_are_stated_on_category_l_only() {
    SampleMap map =
        new SampleMap()
            .replace(
                "categories.yaml",
                "specifics: Email address.",
                "specifics: Email address.\n    usedFor: [security-incidents]");

    assertThat(map.load(dir).problems())
        .extracting(Problem::message)
        .containsExactly(
            "'usedFor' is stated for category L (sensitive personal information) only");
  }

  @Test
  void a_toll_free_number_for_requests_but_not_for_opting_out_is_a_warning() {
    // Rule 1; CC 1798.130(a)(1): the number the notice gives must take every right it lists.
    SampleMap map =
        new SampleMap()
            .replace(
                "business.yaml",
                "[do-not-sell-form, toll-free-phone, opt-out-preference-signal]",
                "[do-not-sell-form, opt-out-preference-signal]");

    assertThat(lint(map))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.isError()).isFalse();
              assertThat(problem.rule()).isEqualTo("rule 1, CC 1798.130(a)(1)");
              assertThat(problem.format())
                  .isEqualTo(
                      map.position(dir, "business.yaml", "requestMethods")
                          + ": warning: the toll-free number +1 800-555-0100 takes requests to"
                          + " know, delete and correct but is not in 'methods.optOutMethods', so"
                          + " the notice does not list it for that right: add toll-free-phone"
                          + " [rule 1, CC 1798.130(a)(1)]");
            });
  }

  @Test
  void a_toll_free_number_missing_from_the_limit_methods_is_a_warning_too() {
    SampleMap map = withLimitMethods(collectingSensitive(""), "[limit-form, email]");

    assertThat(lint(map))
        .extracting(Problem::message)
        .singleElement()
        .asString()
        .contains("is not in 'methods.limitMethods'");
  }
}
