package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_ASSESSMENT_TRIGGERS;
import static dev.rightful.law.state.Baseline.STANDARD_RIGHTS;

import java.time.LocalDate;

/**
 * New Jersey's Data Privacy Act (STATES.md section 3; [U] marks a value not read from the statute).
 */
final class NewJersey {
  private NewJersey() {}

  private static final String LAW = "N.J.S.A. 56:8-166.4 et seq.";

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("NJ", "New Jersey")
          .law("Data Privacy Act", LAW, LocalDate.of(2025, 1, 15))
          .rights(STANDARD_RIGHTS, LAW)
          // 56:8-166.7: 45 + 45, one free request per 12 months
          .response(RESPONSE_DAYS, EXTENSION_DAYS, "N.J.S.A. 56:8-166.7(a)")
          .freeRequests(1, null, "N.J.S.A. 56:8-166.7")
          // [U]: the appeal deadline is not confirmed; 45 days by default
          .appeal(45, 0, "N.J.S.A. 56:8-166.7")
          .sensitive(
              new SensitiveData(
                  SensitiveModel.OPT_IN_CONSENT,
                  Baseline.standardSensitiveWith(
                      SensitiveType.FINANCIAL_ACCOUNT,
                      SensitiveType.TRANSGENDER_OR_NONBINARY,
                      SensitiveType.SEX_LIFE),
                  LAW))
          .minor(new MinorRule(0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, LAW))
          // [U]: 13–17, consent for TA, sale and significant profiling
          .minor(
              new MinorRule(
                  CHILD_UNDER, 18, MinorDuty.CONSENT_FOR_ADVERTISING_SALE_AND_PROFILING, null, LAW))
          // 56:8-166.11: universal opt-out mechanisms from 2025-07-15
          .gpc(LocalDate.of(2025, 7, 15), "N.J.S.A. 56:8-166.11")
          .assessments(STANDARD_ASSESSMENT_TRIGGERS, null, LAW)
          .gpp(21, "usnj")
          .attorneyGeneral(
              "New Jersey Division of Consumer Affairs", "https://www.njconsumeraffairs.gov/")
          .build();
}
