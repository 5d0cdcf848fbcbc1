package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_RIGHTS;
import static dev.rightful.law.state.Baseline.STANDARD_SENSITIVE;

import java.time.LocalDate;
import java.util.EnumSet;

/**
 * Montana's Consumer Data Privacy Act, with SB 297 (2025) (STATES.md section 3; [U] marks a value
 * not read from the statute).
 */
final class Montana {
  private Montana() {}

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("MT", "Montana")
          .law(
              "Consumer Data Privacy Act",
              "Mont. Code Ann. § 30-14-2801 et seq.",
              LocalDate.of(2024, 10, 1))
          .rights(STANDARD_RIGHTS, "Mont. Code Ann. § 30-14-2801 et seq.")
          .response(RESPONSE_DAYS, EXTENSION_DAYS, "Mont. Code Ann. § 30-14-2801 et seq.")
          // [U]: one free request per 12 months
          .freeRequests(1, null, "Mont. Code Ann. § 30-14-2801 et seq.")
          // [U]: appeal within 60 days, with AG contact
          .appeal(60, 0, "Mont. Code Ann. § 30-14-2801 et seq.")
          .sensitive(
              new SensitiveData(
                  SensitiveModel.OPT_IN_CONSENT,
                  STANDARD_SENSITIVE,
                  "Mont. Code Ann. § 30-14-2801 et seq."))
          .minor(
              new MinorRule(
                  0,
                  CHILD_UNDER,
                  MinorDuty.PARENTAL_CONSENT,
                  null,
                  "Mont. Code Ann. § 30-14-2801 et seq."))
          // 13–15: consent for TA and sale [V2]
          .minor(
              new MinorRule(
                  CHILD_UNDER,
                  16,
                  MinorDuty.CONSENT_FOR_ADVERTISING_AND_SALE,
                  null,
                  "Mont. Code Ann. § 30-14-2801 et seq. (SB 297)"))
          // [U]: universal opt-out mechanisms from 2025-01-01
          .gpc(LocalDate.of(2025, 1, 1), "Mont. Code Ann. § 30-14-2801 et seq.")
          .assessments(
              EnumSet.of(
                  AssessmentTrigger.TARGETED_ADVERTISING,
                  AssessmentTrigger.SALE,
                  AssessmentTrigger.PROFILING,
                  AssessmentTrigger.SENSITIVE_DATA,
                  AssessmentTrigger.MINORS),
              null,
              "Mont. Code Ann. § 30-14-2801 et seq.")
          .gpp(14, "usmt")
          .attorneyGeneral("Montana Department of Justice", "https://dojmt.gov/consumer/")
          .build();
}
