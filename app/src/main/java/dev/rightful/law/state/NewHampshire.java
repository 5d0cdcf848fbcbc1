package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_ASSESSMENT_TRIGGERS;
import static dev.rightful.law.state.Baseline.STANDARD_RIGHTS;
import static dev.rightful.law.state.Baseline.STANDARD_SENSITIVE;

import java.time.LocalDate;

/**
 * New Hampshire's privacy law, RSA ch. 507-H (STATES.md section 3; [U] marks a value not read from
 * the statute).
 */
final class NewHampshire {
  private NewHampshire() {}

  private static final String LAW = "RSA ch. 507-H";

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("NH", "New Hampshire")
          .law("Expectation of Privacy Act", LAW, LocalDate.of(2025, 1, 1))
          .rights(STANDARD_RIGHTS, LAW)
          .response(RESPONSE_DAYS, EXTENSION_DAYS, LAW)
          // NH DOJ: free at least once per 12 months
          .freeRequests(1, null, LAW)
          // [U]: appeal within 60 days with AG contact
          .appeal(60, 0, LAW)
          .sensitive(new SensitiveData(SensitiveModel.OPT_IN_CONSENT, STANDARD_SENSITIVE, LAW))
          .minor(new MinorRule(0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, LAW))
          // [U]: 13–15, consent for TA and sale
          .minor(
              new MinorRule(CHILD_UNDER, 16, MinorDuty.CONSENT_FOR_ADVERTISING_AND_SALE, null, LAW))
          // [V2]: universal opt-out mechanisms from 2025-01-01
          .gpc(LocalDate.of(2025, 1, 1), LAW)
          .assessments(STANDARD_ASSESSMENT_TRIGGERS, null, LAW)
          .gpp(20, "usnh")
          .attorneyGeneral(
              "New Hampshire Department of Justice, Data Privacy Unit", "https://www.doj.nh.gov/")
          .build();
}
