package dev.rightful.datamap;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract rules (CC 1798.100(d); 7051(a), 7053(a)) and the collection point rules (rule 41;
 * 7012): each fires on the one change that breaks it, naming what is missing and citing it.
 */
class NoticeDutiesLintTest {
  private static final Clock NOV_29_2026 =
      Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

  // The sample map's collected categories are A and F; a web form gives A, the cookies A and F.
  private static final String POINTS =
      """
      collectionPoints:
        - id: signup
          kind: web-form
          title: Sign-up form
          categories: [A]
          purposes: [hosting]
          retention: [users]
        - id: cookies
          kind: cookie-banner
          title: Cookies
          categories: [A, F]
      """;

  @TempDir Path dir;

  private List<Problem> lint(SampleMap map) {
    return new Lint(NOV_29_2026).check(map.load(dir).orThrow());
  }

  @Test
  void a_service_provider_contract_missing_a_term_fails_naming_the_term_and_its_section() {
    SampleMap map = new SampleMap().replace("disclosures.yaml", ", consumerRequests: true}}", "}}");

    assertThat(lint(map))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.isError()).isTrue();
              assertThat(problem.rule()).isEqualTo("7051(a)(10)");
              assertThat(problem.format())
                  .isEqualTo(
                      map.position(dir, "disclosures.yaml", "{reference: DPA-1")
                          + ": recipient 'cloud' (service-provider): contract DPA-1 lacks the term"
                          + " 'consumerRequests' (the contract requires it to help the business"
                          + " comply with consumers' requests, or to act on the requests the"
                          + " business passes on): amend the contract, then tick it true"
                          + " [7051(a)(10)]");
            });
  }

  @Test
  void a_term_ticked_false_is_as_missing_as_one_left_out() {
    SampleMap map =
        new SampleMap()
            .replace("disclosures.yaml", "noSellingOrSharing: true", "noSellingOrSharing: false");

    assertThat(lint(map))
        .extracting(Problem::rule, p -> p.message().contains("'noSellingOrSharing'"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("7051(a)(1)", true));
  }

  @Test
  void a_service_provider_without_a_contract_fails_at_the_recipient() {
    SampleMap map = new SampleMap();
    String yaml = SampleMap.DISCLOSURES;
    String contractLine = yaml.lines().filter(l -> l.contains("DPA-1")).findFirst().orElseThrow();
    map.replace("disclosures.yaml", contractLine + "\n", "");

    assertThat(lint(map))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("CC 1798.100(d), 7051(a)");
              assertThat(problem.format())
                  .startsWith(
                      map.position(dir, "disclosures.yaml", "id: cloud")
                          + ": recipient 'cloud' (service-provider) has no 'contract'");
            });
  }

  @Test
  void a_contractor_also_needs_its_certification() {
    SampleMap map =
        new SampleMap().replace("disclosures.yaml", "kind: service-provider", "kind: contractor");

    assertThat(lint(map))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("CC 1798.140(j)(1)(B)");
              assertThat(problem.message()).contains("'contractorCertification'");
            });
  }

  @Test
  void a_third_party_sold_to_needs_the_7053_terms_and_one_merely_disclosed_to_needs_none() {
    SampleMap selling =
        new SampleMap()
            .replace(
                "disclosures.yaml",
                " businessMayCheck: true, businessMayStopMisuse: true, notifiesIfUnable: true}}",
                " businessMayCheck: true, businessMayStopMisuse: true}}");
    assertThat(lint(selling))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("7053(a)(6), CC 1798.100(d)(4)");
              assertThat(problem.message())
                  .startsWith(
                      "recipient 'ad-partners' (third-party): contract ADS-1 lacks the term"
                          + " 'notifiesIfUnable'");
            });

    // Without the sale the third party (an authority, say) needs no contract: CC 1798.100(d).
    String contractLine =
        SampleMap.DISCLOSURES.lines().filter(l -> l.contains("ADS-1")).findFirst().orElseThrow();
    SampleMap disclosing =
        new SampleMap()
            .replace("disclosures.yaml", contractLine + "\n", "")
            .replace("disclosures.yaml", "transfer: sale-and-share", "transfer: none");
    // The sale gone, nothing is sold: the opt-out methods are still offered, which lint allows.
    assertThat(lint(disclosing)).noneMatch(p -> p.message().contains("contract"));
  }

  @Test
  void an_unknown_term_is_a_load_error_with_a_suggestion() {
    SampleMap map =
        new SampleMap()
            .replace("disclosures.yaml", "consumerRequests: true", "consumerRequest: true");

    assertThat(map.load(dir).problems())
        .extracting(Problem::message)
        .contains("unknown contract term 'consumerRequest'; did you mean 'consumerRequests'?");
  }

  @Test
  void collection_points_covering_every_collected_category_pass() {
    assertThat(lint(new SampleMap().file("collection.yaml", POINTS))).isEmpty();
  }

  @Test
  void a_point_naming_a_category_not_collected_fails_at_the_point() {
    SampleMap map =
        new SampleMap()
            .file("collection.yaml", POINTS.replace("categories: [A, F]", "categories: [A, C, F]"));

    assertThat(lint(map))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("rule 41, CC 1798.100(a)(1)");
              assertThat(problem.format())
                  .startsWith(
                      map.position(dir, "collection.yaml", "id: cookies")
                          + ": collection point 'cookies' collects category C, which 'categories'"
                          + " says is not collected");
            });
  }

  @Test
  void a_collected_category_at_no_point_fails_at_the_category() {
    SampleMap map =
        new SampleMap()
            .file("collection.yaml", POINTS.replace("categories: [A, F]", "categories: [A]"));

    assertThat(lint(map))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("rule 41, CC 1798.100(a)(1), 7012(c)");
              assertThat(problem.format())
                  .startsWith(
                      map.position(dir, "categories.yaml", "F:")
                          + ": category F is collected, but no collection point names it");
            });
  }

  @Test
  void a_point_whose_retention_rules_miss_a_category_fails() {
    SampleMap map =
        new SampleMap()
            .file("collection.yaml", POINTS.replace("categories: [A]", "categories: [A, F]"));

    assertThat(lint(map))
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.rule()).isEqualTo("rule 41, CC 1798.100(a)(3)");
              assertThat(problem.message())
                  .startsWith(
                      "collection point 'signup' collects category F, but none of its 'retention'"
                          + " rules covers it");
            });
  }

  @Test
  void a_point_naming_an_unknown_purpose_or_rule_is_a_load_error() {
    SampleMap map =
        new SampleMap()
            .file(
                "collection.yaml",
                POINTS
                    .replace("purposes: [hosting]", "purposes: [hostng]")
                    .replace("retention: [users]", "retention: [user]"));

    assertThat(map.load(dir).problems())
        .extracting(Problem::message)
        .contains(
            "collection point 'signup' names purpose 'hostng', which no entry of 'purposes'"
                + " defines",
            "collection point 'signup' names retention rule 'user', which no entry of"
                + " 'retention' defines");
  }

  @Test
  void a_map_naming_no_points_is_not_checked_for_them() {
    assertThat(lint(new SampleMap())).isEmpty();
  }
}
