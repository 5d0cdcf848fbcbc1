package dev.rightful.law.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.law.SensitiveKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sensitive data and minors per state (STATES.md sections 3–4). */
class StateConsentTest {
  private static final LocalDate LATE_2026 = LocalDate.of(2026, 12, 1);

  // STATES.md section 4, "Teen opt-in (ages)": the duties for a 14-year-old and a 17-year-old on
  // 2026-12-01 ("-": no duty beyond California-style parental consent under 13)
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "VA, -, -",
    "CO, consent-for-advertising-sale-and-profiling, consent-for-advertising-sale-and-profiling",
    "CT, no-advertising-or-sale, no-advertising-or-sale",
    "UT, -, -",
    "TX, -, -",
    "OR, consent-for-advertising-sale-and-profiling+no-sale, -",
    "MT, consent-for-advertising-and-sale, -",
    "IA, -, -",
    "DE, consent-for-advertising-and-sale, consent-for-advertising-and-sale",
    "NH, consent-for-advertising-and-sale, -",
    "NE, -, -",
    "NJ, consent-for-advertising-sale-and-profiling, consent-for-advertising-sale-and-profiling",
    "TN, -, -",
    "MN, consent-for-advertising-and-sale, -",
    "MD, no-advertising-or-sale, no-advertising-or-sale",
    "IN, -, -",
    "KY, -, -",
    "RI, -, -",
    "CA, consent-for-advertising-and-sale, -",
  })
  void teen_duties(String code, String at14, String at17) {
    Jurisdiction j = Jurisdictions.get(code);
    assertThat(dutiesFor(j, 14)).isEqualTo(at14);
    assertThat(dutiesFor(j, 17)).isEqualTo(at17);
    assertThat(j.minorsOn(LATE_2026))
        .as("under 13 a parent consents, or the data is never sold or used for ads")
        .anySatisfy(rule -> assertThat(rule.covers(12)).isTrue());
  }

  @Test
  void connecticut_teens_need_consent_until_2026_06_30_and_are_off_limits_from_2026_07_01() {
    Jurisdiction ct = Jurisdictions.get("CT");
    assertThat(duties(ct, 16, LocalDate.of(2026, 6, 30)))
        .containsExactly(MinorDuty.CONSENT_FOR_ADVERTISING_AND_SALE);
    assertThat(duties(ct, 16, LocalDate.of(2026, 7, 1)))
        .containsExactly(MinorDuty.NO_ADVERTISING_OR_SALE);
    assertThat(duties(ct, 16, LocalDate.of(2024, 9, 30))).isEmpty();
  }

  @Test
  void colorado_minors_consent_starts_2025_10_01_and_oregon_bans_sale_under_16_from_2026() {
    assertThat(duties(Jurisdictions.get("CO"), 17, LocalDate.of(2025, 9, 30))).isEmpty();
    assertThat(duties(Jurisdictions.get("CO"), 17, LocalDate.of(2025, 10, 1)))
        .containsExactly(MinorDuty.CONSENT_FOR_ADVERTISING_SALE_AND_PROFILING);
    assertThat(duties(Jurisdictions.get("OR"), 15, LocalDate.of(2026, 1, 1)))
        .contains(MinorDuty.NO_SALE);
    assertThat(duties(Jurisdictions.get("OR"), 16, LocalDate.of(2026, 1, 1))).isEmpty();
  }

  @Test
  void sensitive_data_needs_opt_in_except_in_utah_iowa_maryland_and_california() {
    assertThat(
            Jurisdictions.all().stream()
                .filter(j -> !j.sensitive().model().requiresConsent())
                .map(Jurisdiction::code))
        .containsExactly("CA", "UT", "IA", "MD");
  }

  @Test
  void precise_geolocation_is_sensitive_in_virginia_but_not_in_colorado() {
    assertThat(Jurisdictions.get("VA").sensitive().typesOn(LATE_2026))
        .contains(SensitiveType.PRECISE_GEOLOCATION);
    assertThat(Jurisdictions.get("CO").sensitive().typesOn(LATE_2026))
        .doesNotContain(SensitiveType.PRECISE_GEOLOCATION)
        .contains(SensitiveType.NEURAL, SensitiveType.BIOLOGICAL);
  }

  @Test
  void connecticut_adds_government_ids_and_neural_data_from_2026_07_01() {
    SensitiveData ct = Jurisdictions.get("CT").sensitive();
    assertThat(ct.typesOn(LocalDate.of(2026, 6, 30)))
        .doesNotContain(SensitiveType.GOVERNMENT_ID, SensitiveType.NEURAL);
    assertThat(ct.typesOn(LocalDate.of(2026, 7, 1)))
        .contains(SensitiveType.GOVERNMENT_ID, SensitiveType.NEURAL, SensitiveType.DISABILITY);
  }

  @Test
  void every_california_kind_maps_to_a_type_california_lists() {
    for (SensitiveKind kind : SensitiveKind.values()) {
      assertThat(SensitiveType.of(kind)).isNotEmpty();
      assertThat(Jurisdictions.california().sensitive().types())
          .containsAll(SensitiveType.of(kind));
    }
    assertThat(SensitiveType.of(SensitiveKind.SEX_LIFE))
        .containsExactlyInAnyOrder(SensitiveType.SEX_LIFE, SensitiveType.SEXUAL_ORIENTATION);
  }

  private static String dutiesFor(Jurisdiction j, int age) {
    List<MinorDuty> found = duties(j, age, LATE_2026);
    return found.isEmpty() ? "-" : String.join("+", found.stream().map(MinorDuty::id).toList());
  }

  private static List<MinorDuty> duties(Jurisdiction j, int age, LocalDate on) {
    return j.minorsOn(on).stream()
        .filter(rule -> rule.covers(age))
        .map(MinorRule::duty)
        .filter(d -> d != MinorDuty.PARENTAL_CONSENT)
        .sorted()
        .toList();
  }
}
