package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_ASSESSMENT_TRIGGERS;
import static dev.rightful.law.state.Baseline.STANDARD_RIGHTS;

import java.time.LocalDate;
import java.util.EnumSet;

/**
 * Colorado's Privacy Act and its rules, 4 CCR 904-3 (STATES.md section 3; [U] marks a value not
 * read from the statute).
 */
final class Colorado {
  private Colorado() {}

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("CO", "Colorado")
          .law("Colorado Privacy Act", "C.R.S. §§ 6-1-1301–1313", LocalDate.of(2023, 7, 1))
          // 6-1-1306(1): the standard rights
          .rights(STANDARD_RIGHTS, "C.R.S. § 6-1-1306(1)")
          // 6-1-1306 [U]: 45 + 45
          .response(RESPONSE_DAYS, EXTENSION_DAYS, "C.R.S. § 6-1-1306")
          // 6-1-1306(1) [U]: one free request; portability at most twice per calendar year
          .freeRequests(1, "portability at most twice per calendar year", "C.R.S. § 6-1-1306(1)")
          // 6-1-1306(3) [U]: appeal decided within 45 days, extendable by 60, AG contact
          .appeal(45, 60, "C.R.S. § 6-1-1306(3)")
          // 6-1-1303: opt-in; biological and neural data (HB24-1058); no precise geolocation
          .sensitive(
              new SensitiveData(
                  SensitiveModel.OPT_IN_CONSENT,
                  EnumSet.of(
                      SensitiveType.RACIAL_OR_ETHNIC_ORIGIN,
                      SensitiveType.RELIGIOUS_BELIEFS,
                      SensitiveType.HEALTH,
                      SensitiveType.SEX_LIFE,
                      SensitiveType.SEXUAL_ORIENTATION,
                      SensitiveType.CITIZENSHIP_OR_IMMIGRATION,
                      SensitiveType.GENETIC,
                      SensitiveType.BIOMETRIC,
                      SensitiveType.CHILD_DATA,
                      SensitiveType.BIOLOGICAL,
                      SensitiveType.NEURAL),
                  "C.R.S. § 6-1-1303"))
          .minor(
              new MinorRule(0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, "C.R.S. § 6-1-1303"))
          // 6-1-1308.5 (SB24-041, from 2025-10-01): minors' consent for TA, sale and profiling
          .minor(
              new MinorRule(
                  CHILD_UNDER,
                  18,
                  MinorDuty.CONSENT_FOR_ADVERTISING_SALE_AND_PROFILING,
                  LocalDate.of(2025, 10, 1),
                  "C.R.S. § 6-1-1308.5"))
          // 4 CCR 904-3, 5.08(A): universal opt-out mechanisms (GPC) from 2024-07-01
          .gpc(LocalDate.of(2024, 7, 1), "4 CCR 904-3, 5.08(A)")
          // 6-1-1309: assessments for activities created after 2023-07-01
          .assessments(STANDARD_ASSESSMENT_TRIGGERS, null, "C.R.S. § 6-1-1309")
          .gpp(10, "usco")
          .attorneyGeneral("Colorado Attorney General", "https://coag.gov/")
          .build();
}
