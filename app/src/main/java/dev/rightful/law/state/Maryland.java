package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;

import java.time.LocalDate;
import java.util.EnumSet;

/**
 * Maryland's Online Data Privacy Act (STATES.md section 3; [U] marks a value not read from the
 * statute).
 */
final class Maryland {
  private Maryland() {}

  private static final String LAW = "Md. Code, Com. Law § 14-4601 et seq.";

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("MD", "Maryland")
          .law("Online Data Privacy Act", LAW, LocalDate.of(2025, 10, 1))
          // [V2]: the standard rights and the categories of third parties
          .rights(Baseline.standardRightsWith(StateRight.LIST_OF_THIRD_PARTY_CATEGORIES), LAW)
          .response(RESPONSE_DAYS, EXTENSION_DAYS, LAW)
          .freeRequests(1, null, LAW)
          // [V2]: appeal within 60 days, with the Consumer Protection Division's complaint form
          .appeal(60, 0, LAW)
          // 14-4607(a): only where strictly necessary; sensitive data is never sold
          .sensitive(
              new SensitiveData(
                  SensitiveModel.STRICTLY_NECESSARY_NO_SALE,
                  Baseline.standardSensitiveWith(
                      SensitiveType.CONSUMER_HEALTH_DATA,
                      SensitiveType.NATIONAL_ORIGIN,
                      SensitiveType.SEX_LIFE,
                      SensitiveType.TRANSGENDER_OR_NONBINARY),
                  "Md. Code, Com. Law § 14-4607(a)"))
          // 14-4607(a)(4)–(5): under 18 (known or should have known), no TA and no sale
          .minor(
              new MinorRule(
                  0,
                  18,
                  MinorDuty.NO_ADVERTISING_OR_SALE,
                  null,
                  "Md. Code, Com. Law § 14-4607(a)(4)–(5)"))
          // [U]: universal opt-out mechanisms from 2025-10-01
          .gpc(LocalDate.of(2025, 10, 1), LAW)
          .assessments(
              EnumSet.of(
                  AssessmentTrigger.TARGETED_ADVERTISING,
                  AssessmentTrigger.SALE,
                  AssessmentTrigger.PROFILING,
                  AssessmentTrigger.SENSITIVE_DATA,
                  AssessmentTrigger.MINORS),
              "one for each algorithm used [U]",
              LAW)
          .gpp(24, "usmd")
          .attorneyGeneral(
              "Maryland Attorney General, Consumer Protection Division",
              "https://www.marylandattorneygeneral.gov/")
          .build();
}
