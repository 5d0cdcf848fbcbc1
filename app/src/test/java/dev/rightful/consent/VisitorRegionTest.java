package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.JurisdictionPolicy;
import dev.rightful.datamap.JurisdictionPolicy.Others;
import dev.rightful.law.state.Jurisdictions;
import dev.rightful.law.state.SensitiveModel;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which US state a cookie-tool visitor is in (a trusted proxy's header, else the page's
 * data-region), and which law and GPP section that makes govern them, from the map's jurisdictions.
 */
class VisitorRegionTest {
  static final JurisdictionPolicy CO_MN =
      new JurisdictionPolicy(
          List.of(Jurisdictions.get("CO"), Jurisdictions.get("MN")), Others.CALIFORNIA, true, null);

  @Test
  void a_region_is_a_us_state_code_with_or_without_the_iso_prefix() {
    assertThat(VisitorRegion.parse("CO")).contains("CO");
    assertThat(VisitorRegion.parse(" co ")).contains("CO");
    assertThat(VisitorRegion.parse("US-TX")).contains("TX");
    assertThat(VisitorRegion.parse("DC")).contains("DC");
    // A Canadian province, another country's code, garbage and nothing tell no state
    assertThat(VisitorRegion.parse("ON")).isEmpty();
    assertThat(VisitorRegion.parse("CA-ON")).isEmpty();
    assertThat(VisitorRegion.parse("Colorado")).isEmpty();
    assertThat(VisitorRegion.parse("")).isEmpty();
    assertThat(VisitorRegion.parse(null)).isEmpty();
  }

  @Test
  void a_trusted_proxys_header_wins_over_the_pages_attribute() {
    assertThat(VisitorRegion.resolve("CO", true, "CA")).contains("CO");
  }

  @Test
  void the_header_from_a_peer_that_is_no_trusted_proxy_is_ignored() {
    // anyone can send the header: only the page's claim counts then
    assertThat(VisitorRegion.resolve("CO", false, "CA")).contains("CA");
    assertThat(VisitorRegion.resolve("CO", false, null)).isEmpty();
  }

  @Test
  void a_header_naming_no_us_state_falls_back_to_the_page_then_to_nothing() {
    assertThat(VisitorRegion.resolve("ON", true, "VA")).contains("VA");
    assertThat(VisitorRegion.resolve(null, true, null)).isEmpty();
  }

  @Test
  void a_named_state_governs_with_its_own_section_where_the_library_encodes_one() {
    VisitorLaw law = new VisitorLaw(CO_MN);
    Governing colorado = law.of("CO");
    assertThat(colorado.lawName()).isEqualTo("Colorado");
    assertThat(colorado.applicableSections()).containsExactly(10);
    assertThat(colorado.sensitive()).isEqualTo(SensitiveModel.OPT_IN_CONSENT);
    // Colorado recognizes GPC from 2024-07-01 (4 CCR 904-3, 5.08(A))
    assertThat(colorado.gpcRequiredOn(java.time.LocalDate.parse("2024-06-30"))).isFalse();
    assertThat(colorado.gpcRequiredOn(java.time.LocalDate.parse("2024-07-01"))).isTrue();
    // Minnesota has section 23, which library 3.2.4 cannot encode: usnat carries its choices
    Governing minnesota = law.of("MN");
    assertThat(minnesota.lawName()).isEqualTo("Minnesota");
    assertThat(minnesota.applicableSections()).containsExactly(7);
    assertThat(law.of("CA").applicableSections()).containsExactly(8);
  }

  @Test
  void a_state_the_map_does_not_name_and_an_unknown_one_follow_jurisdictions_others() {
    VisitorLaw asCalifornia = new VisitorLaw(CO_MN);
    assertThat(asCalifornia.of("UT").lawName()).isEqualTo("California");
    assertThat(asCalifornia.of("UT").applicableSections()).containsExactly(8);
    assertThat(asCalifornia.of(null).applicableSections()).containsExactly(8);
    assertThat(asCalifornia.of(null).sensitive()).isEqualTo(SensitiveModel.RIGHT_TO_LIMIT);

    VisitorLaw baseline =
        new VisitorLaw(
            new JurisdictionPolicy(List.of(Jurisdictions.get("CO")), Others.BASELINE, true, null));
    assertThat(baseline.of("UT").lawName()).isNull();
    assertThat(baseline.of("UT").applicableSections()).containsExactly(7);
    assertThat(baseline.of("UT").sensitive()).isEqualTo(SensitiveModel.OPT_IN_CONSENT);
    assertThat(baseline.of("CO").applicableSections()).containsExactly(10);

    VisitorLaw refuse =
        new VisitorLaw(
            new JurisdictionPolicy(List.of(Jurisdictions.get("CO")), Others.REFUSE, true, null));
    // a known state where the company has no duty: no section is in force
    assertThat(refuse.of("UT").applicableSections()).containsExactly(-1);
    // an unknown state is never "no law" (STATES.md section 5.1)
    assertThat(refuse.of(null).applicableSections()).containsExactly(7);
  }

  @Test
  void sensitive_data_follows_the_visitors_state() {
    ConsentRules rules =
        new ConsentRules(
            ConsentRulesTest.SELLS,
            new JurisdictionPolicy(
                List.of(Jurisdictions.get("CO"), Jurisdictions.get("MD"), Jurisdictions.get("UT")),
                Others.CALIFORNIA,
                true,
                null));
    SubjectState nothing = ConsentRulesTest.adult();
    // California: used until the consumer limits it (CC 1798.121)
    assertThat(decide(rules, nothing.withRegion("CA"))).isEqualTo(Reason.NOT_OPTED_OUT);
    assertThat(decide(rules, nothing)).isEqualTo(Reason.NOT_OPTED_OUT);
    // Utah: notice and an opt-out
    assertThat(decide(rules, nothing.withRegion("UT"))).isEqualTo(Reason.NOT_OPTED_OUT);
    // Colorado: not without consent (C.R.S. 6-1-1308(7)), then allowed; a limit stays a refusal
    assertThat(decide(rules, nothing.withRegion("CO"))).isEqualTo(Reason.NO_CONSENT);
    SubjectState consented =
        ConsentRulesTest.with(
            nothing.withRegion("CO"),
            ConsentPurpose.SENSITIVE,
            Choice.OPT_IN,
            ChoiceSource.COOKIE_TOOL);
    assertThat(decide(rules, consented)).isEqualTo(Reason.OPTED_IN);
    SubjectState limited =
        ConsentRulesTest.with(
            nothing.withRegion("CO"),
            ConsentPurpose.SENSITIVE,
            Choice.OPT_OUT,
            ChoiceSource.COOKIE_TOOL);
    assertThat(decide(rules, limited)).isEqualTo(Reason.LIMITED);
    // Maryland: strictly necessary only, consent does not cure (Md. Code, Com. Law § 14-4607(a))
    SubjectState marylander = consented.withRegion("MD");
    assertThat(decide(rules, marylander)).isEqualTo(Reason.NOT_PERMITTED);
    // Sale follows the California opt-out model everywhere
    assertThat(rules.decide(nothing.withRegion("CO"), ConsentPurpose.SALE, ConsentRulesTest.CLOCK))
        .isEqualTo(Decision.of(Reason.NOT_OPTED_OUT));
  }

  private static Reason decide(ConsentRules rules, SubjectState state) {
    return rules.decide(state, ConsentPurpose.SENSITIVE, ConsentRulesTest.CLOCK).reason();
  }
}
