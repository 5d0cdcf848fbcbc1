package dev.rightful.law.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each state's facts against the cross-state summary of STATES.md (section 4). */
class JurisdictionsTest {

  // STATES.md section 4: in force, response + extension, appeal (+ extension), free requests,
  // sensitive model, UOOM from ("-" none), GPP section. California from RULES.md section 4.
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "CA, 2023-01-01, 45, 45,  -,  0, 2, right-to-limit,             2023-03-29, usca, 8",
    "VA, 2023-01-01, 45, 45, 60,  0, 2, opt-in-consent,             -,          usva, 9",
    "CO, 2023-07-01, 45, 45, 45, 60, 1, opt-in-consent,             2024-07-01, usco, 10",
    "CT, 2023-07-01, 45, 45, 60,  0, 1, opt-in-consent,             2025-01-01, usct, 12",
    "UT, 2023-12-31, 45, 45,  -,  0, 1, notice-and-opt-out,         -,          usut, 11",
    "TX, 2024-07-01, 45, 45, 60,  0, 2, opt-in-consent,             2025-01-01, ustx, 16",
    "OR, 2024-07-01, 45, 45, 45,  0, 1, opt-in-consent,             2026-01-01, usor, 15",
    "MT, 2024-10-01, 45, 45, 60,  0, 1, opt-in-consent,             2025-01-01, usmt, 14",
    "IA, 2025-01-01, 90, 45, 60,  0, 2, notice-and-opt-out,         -,          usia, 18",
    "DE, 2025-01-01, 45, 45, 60,  0, 1, opt-in-consent,             2026-01-01, usde, 17",
    "NH, 2025-01-01, 45, 45, 60,  0, 1, opt-in-consent,             2025-01-01, usnh, 20",
    "NE, 2025-01-01, 45, 45, 60,  0, 2, opt-in-consent,             2025-01-01, usne, 19",
    "NJ, 2025-01-15, 45, 45, 45,  0, 1, opt-in-consent,             2025-07-15, usnj, 21",
    "TN, 2025-07-01, 45, 45, 60,  0, 2, opt-in-consent,             -,          ustn, 22",
    "MN, 2025-07-31, 45, 45, 45, 60, 1, opt-in-consent,             2025-07-31, usmn, 23",
    "MD, 2025-10-01, 45, 45, 60,  0, 1, strictly-necessary-no-sale, 2025-10-01, usmd, 24",
    "IN, 2026-01-01, 45, 45, 60,  0, 1, opt-in-consent,             -,          usin, 25",
    "KY, 2026-01-01, 45, 45, 60,  0, 2, opt-in-consent,             -,          usky, 26",
    "RI, 2026-01-01, 45, 45, 60,  0, 1, opt-in-consent,             -,          usri, 27",
    "FL, 2024-07-01, 45, 15, 60,  0, 2, opt-in-consent,             -,          usfl, 13",
  })
  void each_state_states_the_summary_values(
      String code,
      LocalDate inForce,
      int days,
      int extension,
      String appealDays,
      int appealExtension,
      int free,
      String sensitive,
      String gpcFrom,
      String gppName,
      int gppId) {
    Jurisdiction j = Jurisdictions.get(code);
    assertThat(j.inForce()).isEqualTo(inForce);
    assertThat(j.inForceOn(inForce)).isTrue();
    assertThat(j.inForceOn(inForce.minusDays(1))).isFalse();
    assertThat(j.rightsOn(inForce.minusDays(1))).isEmpty();
    assertThat(j.response().days()).isEqualTo(days);
    assertThat(j.response().extensionDays()).isEqualTo(extension);
    if (appealDays.equals("-")) {
      assertThat(j.findAppeal()).isEmpty();
    } else {
      assertThat(j.findAppeal())
          .get()
          .extracting(AppealTerms::days)
          .isEqualTo(Integer.parseInt(appealDays));
      assertThat(j.findAppeal().get().extensionDays()).isEqualTo(appealExtension);
      assertThat(j.findAppeal().get().attorneyGeneralContact()).isTrue();
    }
    assertThat(j.freeRequests().perTwelveMonths()).isEqualTo(free);
    assertThat(j.sensitive().model().id()).isEqualTo(sensitive);
    if (gpcFrom.equals("-")) {
      assertThat(j.gpcFrom()).isEmpty();
      assertThat(j.requiresGpcOn(LocalDate.of(2026, 12, 31))).isFalse();
    } else {
      LocalDate from = LocalDate.parse(gpcFrom);
      assertThat(j.gpcFrom()).contains(from);
      assertThat(j.requiresGpcOn(from)).isTrue();
      assertThat(j.requiresGpcOn(from.minusDays(1))).isFalse();
    }
    assertThat(j.gppSection()).contains(new GppSection(gppId, gppName));
  }

  @Test
  void california_and_the_nineteen_states_each_once_with_distinct_gpp_sections() {
    assertThat(Jurisdictions.codes())
        .containsExactly(
            "CA", "VA", "CO", "CT", "UT", "TX", "OR", "MT", "IA", "DE", "NH", "NE", "NJ", "TN",
            "MN", "MD", "IN", "KY", "RI", "FL");
    Set<Integer> ids =
        Jurisdictions.all().stream()
            .map(j -> j.gppSection().orElseThrow().id())
            .collect(Collectors.toSet());
    assertThat(ids).hasSize(20);
    assertThat(Jurisdictions.find("OK")).as("Oklahoma is not in force by 2026").isEmpty();
  }

  @Test
  void every_rule_cites_a_section_and_every_attorney_general_has_an_https_link() {
    for (Jurisdiction j : Jurisdictions.all()) {
      assertThat(j.statute().citation()).isNotBlank();
      assertThat(j.rights()).as(j.code()).allSatisfy(g -> assertThat(g.citation()).isNotBlank());
      assertThat(j.attorneyGeneral().url()).startsWith("https://");
      assertThat(j.minors())
          .as(j.code() + ": a known child's data needs a parent, or is never sold")
          .anySatisfy(rule -> assertThat(rule.covers(12)).isTrue());
    }
  }

  @Test
  void correct_is_granted_everywhere_but_iowa_and_in_utah_only_from_2026_07_01() {
    LocalDate day = LocalDate.of(2026, 12, 1);
    List<String> without =
        Jurisdictions.all().stream()
            .filter(j -> !j.grants(StateRight.CORRECT, day))
            .map(Jurisdiction::code)
            .toList();
    assertThat(without).containsExactly("IA");
    Jurisdiction utah = Jurisdictions.get("UT");
    assertThat(utah.grants(StateRight.CORRECT, LocalDate.of(2026, 6, 30))).isFalse();
    assertThat(utah.grants(StateRight.CORRECT, LocalDate.of(2026, 7, 1))).isTrue();
    assertThat(Jurisdictions.get("IN").findGrant(StateRight.CORRECT).orElseThrow().scope())
        .isEqualTo("data the consumer provided");
  }

  @Test
  void profiling_opt_out_everywhere_but_utah_iowa_and_california() {
    LocalDate day = LocalDate.of(2026, 12, 1);
    assertThat(
            Jurisdictions.all().stream()
                .filter(j -> !j.grants(StateRight.OPT_OUT_OF_PROFILING, day))
                .map(Jurisdiction::code))
        .containsExactly("CA", "UT", "IA");
    assertThat(Jurisdictions.get("IA").rightsOn(day))
        .doesNotContain(StateRight.CORRECT, StateRight.OPT_OUT_OF_PROFILING)
        .contains(StateRight.OPT_OUT_OF_SALE);
  }

  @Test
  void question_profiling_in_minnesota_and_in_connecticut_from_2026_07_01() {
    assertThat(
            Jurisdictions.get("MN")
                .grants(StateRight.QUESTION_PROFILING, LocalDate.of(2025, 7, 31)))
        .isTrue();
    Jurisdiction ct = Jurisdictions.get("CT");
    assertThat(ct.grants(StateRight.QUESTION_PROFILING, LocalDate.of(2026, 6, 30))).isFalse();
    assertThat(ct.grants(StateRight.QUESTION_PROFILING, LocalDate.of(2026, 7, 1))).isTrue();
  }

  @Test
  void third_party_lists_are_names_in_oregon_and_minnesota_categories_in_delaware_and_maryland() {
    LocalDate day = LocalDate.of(2026, 12, 1);
    assertThat(codesGranting(StateRight.LIST_OF_THIRD_PARTIES, day)).containsExactly("OR", "MN");
    assertThat(codesGranting(StateRight.LIST_OF_THIRD_PARTY_CATEGORIES, day))
        .containsExactly("DE", "MD");
  }

  @Test
  void assessments_are_required_everywhere_but_utah_and_iowa() {
    assertThat(
            Jurisdictions.all().stream()
                .filter(j -> !j.assessments().required())
                .map(Jurisdiction::code))
        .containsExactly("UT", "IA");
    // STATES.md item 19's test: an ad-tech vendor marked sale triggers an assessment
    assertThat(Jurisdictions.get("VA").assessments().triggeredBy(List.of(AssessmentTrigger.SALE)))
        .containsExactly(AssessmentTrigger.SALE);
    assertThat(Jurisdictions.get("UT").assessments().triggeredBy(List.of(AssessmentTrigger.SALE)))
        .isEmpty();
  }

  @Test
  void california_reads_its_rights_from_the_ccpa_rights() {
    Jurisdiction ca = Jurisdictions.california();
    Set<StateRight> fromCcpa =
        Arrays.stream(dev.rightful.law.Right.values())
            .flatMap(California::asStateRights)
            .collect(Collectors.toSet());
    assertThat(ca.rightsOn(LocalDate.of(2026, 3, 2))).isEqualTo(fromCcpa);
    assertThat(fromCcpa)
        .contains(StateRight.LIMIT_SENSITIVE)
        .doesNotContain(StateRight.OPT_OUT_OF_PROFILING);
    assertThat(ca.response().days())
        .isEqualTo(dev.rightful.law.ResponseClock.FORTY_FIVE_CALENDAR_DAYS.count());
  }

  private static List<String> codesGranting(StateRight right, LocalDate day) {
    return Jurisdictions.all().stream()
        .filter(j -> j.grants(right, day))
        .map(Jurisdiction::code)
        .toList();
  }
}
