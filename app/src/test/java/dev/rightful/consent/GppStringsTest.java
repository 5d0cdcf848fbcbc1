package dev.rightful.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.iab.gpp.encoder.GppModel;
import com.iab.gpp.encoder.section.UsCa;
import com.iab.gpp.encoder.section.UsCt;
import com.iab.gpp.encoder.section.UsNat;
import com.iab.gpp.encoder.section.UsUt;
import com.iab.gpp.encoder.section.UsVa;
import dev.rightful.law.state.Jurisdictions;
import dev.rightful.testing.TestClock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GppStringsTest {
  static final TestClock CLOCK = TestClock.at("2026-03-02");
  static final GppStrings STRINGS = new GppStrings(ConsentRulesTest.RULES, false);

  static SubjectState optedOut(ChoiceSource source) {
    SubjectState state = ConsentRulesTest.adult();
    for (ConsentPurpose p : List.of(ConsentPurpose.SALE, ConsentPurpose.SHARE)) {
      state = ConsentRulesTest.with(state, p, Choice.OPT_OUT, source);
    }
    return state;
  }

  @Test
  void an_opted_out_browser_decodes_as_opted_out_of_sale_and_sharing_with_gpc() {
    GppStrings.Encoded encoded = STRINGS.encode(optedOut(ChoiceSource.GPC), CLOCK);
    GppModel decoded = new GppModel(encoded.gpp());
    UsCa usca = decoded.getUsCaSection();
    assertThat(usca.getSaleOptOutNotice()).isEqualTo(1);
    assertThat(usca.getSaleOptOut()).isEqualTo(1);
    assertThat(usca.getSharingOptOut()).isEqualTo(1);
    assertThat(usca.getGpc()).isTrue();
    UsNat usnat = decoded.getUsNatSection();
    assertThat(usnat.getSaleOptOut()).isEqualTo(1);
    assertThat(usnat.getSharingOptOut()).isEqualTo(1);
    assertThat(usnat.getTargetedAdvertisingOptOut()).isEqualTo(1);
    assertThat(usnat.getGpc()).isTrue();
    assertThat(decoded.getSectionIds()).containsExactly(UsNat.ID, UsCa.ID);
    assertThat(encoded.usPrivacy()).isEqualTo("1YYN");
  }

  @Test
  void a_browser_that_did_not_opt_out_decodes_as_did_not_opt_out() {
    GppStrings.Encoded encoded = STRINGS.encode(ConsentRulesTest.adult(), CLOCK);
    UsCa usca = new GppModel(encoded.gpp()).getUsCaSection();
    assertThat(usca.getSaleOptOut()).isEqualTo(2);
    assertThat(usca.getSharingOptOut()).isEqualTo(2);
    assertThat(usca.getGpc()).isFalse();
    assertThat(usca.getSensitiveDataProcessing()).containsOnly(2).hasSize(9);
    assertThat(usca.getKnownChildSensitiveDataConsents()).containsExactly(0, 0);
    assertThat(encoded.usPrivacy()).isEqualTo("1YNN");
  }

  @Test
  void a_limit_decodes_as_opted_out_of_every_sensitive_use() {
    SubjectState limited =
        ConsentRulesTest.with(
            ConsentRulesTest.adult(),
            ConsentPurpose.SENSITIVE,
            Choice.OPT_OUT,
            ChoiceSource.OPT_OUT_FORM);
    GppModel decoded = new GppModel(STRINGS.encode(limited, CLOCK).gpp());
    assertThat(decoded.getUsCaSection().getSensitiveDataProcessing()).containsOnly(1);
    assertThat(decoded.getUsNatSection().getSensitiveDataProcessing()).containsOnly(1);
  }

  @Test
  void a_known_15_year_old_without_opt_in_decodes_as_no_consent() {
    SubjectState minor =
        ConsentRulesTest.adult().withBornOn(LocalDate.parse("2026-03-02").minusYears(15));
    GppModel decoded = new GppModel(STRINGS.encode(minor, CLOCK).gpp());
    assertThat(decoded.getUsCaSection().getKnownChildSensitiveDataConsents()).containsExactly(1, 1);
    assertThat(decoded.getUsCaSection().getSaleOptOut()).isEqualTo(1);
    assertThat(decoded.getUsNatSection().getKnownChildSensitiveDataConsents())
        .containsExactly(1, 0, 0);
  }

  @Test
  void a_business_that_sells_nothing_writes_not_applicable() {
    GppStrings quiet =
        new GppStrings(
            new ConsentRules(new Practices("Quiet", null, false, false, false, true, List.of())),
            false);
    GppStrings.Encoded encoded = quiet.encode(ConsentRulesTest.adult(), CLOCK);
    UsCa usca = new GppModel(encoded.gpp()).getUsCaSection();
    assertThat(usca.getSaleOptOutNotice()).isZero();
    assertThat(usca.getSaleOptOut()).isZero();
    assertThat(usca.getSensitiveDataProcessing()).containsOnly(0);
    assertThat(encoded.usPrivacy()).isEqualTo("1--N");
  }

  static final GppStrings STATES =
      new GppStrings(
          ConsentRulesTest.RULES,
          false,
          List.of(
              Jurisdictions.california(),
              Jurisdictions.get("CT"),
              Jurisdictions.get("VA"),
              Jurisdictions.get("UT"),
              Jurisdictions.get("MN")));

  @Test
  void each_named_state_with_an_iab_section_gets_it_and_the_header_lists_it() {
    GppStrings.Encoded encoded = STATES.encode(optedOut(ChoiceSource.GPC), CLOCK);
    GppModel decoded = new GppModel(encoded.gpp());
    assertThat(decoded.getSectionIds())
        .containsExactly(UsNat.ID, UsCa.ID, UsVa.ID, UsUt.ID, UsCt.ID);
    assertThat(encoded.sectionIds()).isEqualTo(decoded.getSectionIds());
    assertThat(decoded.getUsCtSection().getSaleOptOut()).isEqualTo(1);
    assertThat(decoded.getUsCtSection().getTargetedAdvertisingOptOut()).isEqualTo(1);
    assertThat(decoded.getUsCtSection().getGpc()).isTrue();
    assertThat(decoded.getUsUtSection().getSaleOptOut()).isEqualTo(1);
    assertThat(encoded.sections()).containsKeys("usct", "usva", "usut").doesNotContainKey("usco");
    assertThat(STATES.supportedApis())
        .containsExactly("7:usnat", "8:usca", "9:usva", "11:usut", "12:usct");
  }

  @Test
  void a_state_not_named_has_no_section() {
    GppModel decoded = new GppModel(STRINGS.encode(optedOut(ChoiceSource.GPC), CLOCK).gpp());
    assertThat(decoded.getSectionIds()).containsExactly(UsNat.ID, UsCa.ID);
    assertThat(decoded.hasSection(UsCt.NAME)).isFalse();
  }

  @Test
  void gpc_counts_in_a_state_section_only_from_the_day_that_state_recognizes_it() {
    // Connecticut recognizes GPC from 2025-01-01 (Conn. Gen. Stat. 42-520)
    GppModel before =
        new GppModel(STATES.encode(optedOut(ChoiceSource.GPC), TestClock.at("2024-12-31")).gpp());
    assertThat(before.getUsCtSection().getGpc()).isFalse();
    // the opt-out itself stands: the decision endpoint refuses sale, so the section says so too
    assertThat(before.getUsCtSection().getSaleOptOut()).isEqualTo(1);
    assertThat(before.getUsCaSection().getGpc()).isTrue();
    GppModel after =
        new GppModel(STATES.encode(optedOut(ChoiceSource.GPC), TestClock.at("2025-01-01")).gpp());
    assertThat(after.getUsCtSection().getGpc()).isTrue();
  }

  @Test
  void sensitive_data_follows_each_states_model() {
    SubjectState adult = ConsentRulesTest.adult();
    GppModel none = new GppModel(STATES.encode(adult, CLOCK).gpp());
    // Virginia and Connecticut need consent first: none recorded is "no consent"
    assertThat(none.getUsVaSection().getSensitiveDataProcessing()).containsOnly(1);
    assertThat(none.getUsCtSection().getSensitiveDataProcessing()).containsOnly(1);
    // Utah lets it go on until the consumer opts out
    assertThat(none.getUsUtSection().getSensitiveDataProcessing()).containsOnly(2);
    SubjectState consented =
        ConsentRulesTest.with(
            adult, ConsentPurpose.SENSITIVE, Choice.OPT_IN, ChoiceSource.OPT_OUT_FORM);
    GppModel yes = new GppModel(STATES.encode(consented, CLOCK).gpp());
    assertThat(yes.getUsVaSection().getSensitiveDataProcessing()).containsOnly(2);
    SubjectState limited =
        ConsentRulesTest.with(
            adult, ConsentPurpose.SENSITIVE, Choice.OPT_OUT, ChoiceSource.OPT_OUT_FORM);
    GppModel no = new GppModel(STATES.encode(limited, CLOCK).gpp());
    assertThat(no.getUsUtSection().getSensitiveDataProcessing()).containsOnly(1);
    assertThat(no.getUsVaSection().getSensitiveDataProcessing()).containsOnly(1);
  }

  @Test
  void the_parsed_sections_match_the_string() {
    GppStrings.Encoded encoded = STRINGS.encode(optedOut(ChoiceSource.COOKIE_TOOL), CLOCK);
    assertThat(encoded.sections().get("usca")).containsEntry("SaleOptOut", 1);
    assertThat(encoded.sections().get("usnat")).containsEntry("SharingOptOut", 1);
    assertThat(encoded.sections().get("usca")).containsEntry("Gpc", false);
  }
}
