package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_ASSESSMENT_TRIGGERS;
import static dev.rightful.law.state.Baseline.STANDARD_RIGHTS;
import static dev.rightful.law.state.Baseline.STANDARD_SENSITIVE;

import java.time.LocalDate;

/**
 * Rhode Island's Data Transparency and Privacy Protection Act (STATES.md section 3; [U] marks a
 * value not read from the statute).
 */
final class RhodeIsland {
  private RhodeIsland() {}

  private static final String LAW = "R.I. Gen. Laws ch. 6-48.1";

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("RI", "Rhode Island")
          .law("Data Transparency and Privacy Protection Act", LAW, LocalDate.of(2026, 1, 1))
          .rights(STANDARD_RIGHTS, LAW)
          // § 6-48.1-6(b): 45 + 45, free once per 12 months
          .response(RESPONSE_DAYS, EXTENSION_DAYS, "R.I. Gen. Laws § 6-48.1-6(b)(1)")
          .freeRequests(1, null, "R.I. Gen. Laws § 6-48.1-6(b)")
          // [U]: appeal deadline not confirmed; 60 days by default
          .appeal(60, 0, LAW)
          // § 6-48.1-4(c), (e): consent, a known child's per COPPA; revocation stops processing
          .sensitive(
              new SensitiveData(
                  SensitiveModel.OPT_IN_CONSENT,
                  STANDARD_SENSITIVE,
                  "R.I. Gen. Laws § 6-48.1-4(c)"))
          .minor(
              new MinorRule(
                  0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, "R.I. Gen. Laws § 6-48.1-4(c)"))
          .assessments(STANDARD_ASSESSMENT_TRIGGERS, null, LAW)
          .gpp(27, "usri")
          .attorneyGeneral("Rhode Island Office of the Attorney General", "https://riag.ri.gov/")
          .build();
}
