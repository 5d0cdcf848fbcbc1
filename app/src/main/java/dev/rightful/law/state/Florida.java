package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_ASSESSMENT_TRIGGERS;
import static dev.rightful.law.state.Baseline.STANDARD_RIGHTS;
import static dev.rightful.law.state.Baseline.STANDARD_SENSITIVE;

import java.time.LocalDate;

/**
 * Florida's Digital Bill of Rights, which binds only very large controllers (STATES.md section 3;
 * [U] marks a value not read from the statute).
 */
final class Florida {
  private Florida() {}

  private static final String LAW = "Fla. Stat. §§ 501.701–.722";

  // [U] throughout: 45 + 15 days, appeal within 60 days, under-18 sale ban
  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("FL", "Florida")
          .law("Digital Bill of Rights", LAW, LocalDate.of(2024, 7, 1))
          .rights(STANDARD_RIGHTS, LAW)
          .response(RESPONSE_DAYS, 15, LAW)
          .freeRequests(2, null, LAW)
          .appeal(60, 0, LAW)
          .sensitive(new SensitiveData(SensitiveModel.OPT_IN_CONSENT, STANDARD_SENSITIVE, LAW))
          .minor(new MinorRule(0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, LAW))
          .minor(new MinorRule(0, 18, MinorDuty.NO_SALE, null, LAW))
          .assessments(STANDARD_ASSESSMENT_TRIGGERS, null, LAW)
          .gpp(13, "usfl")
          .attorneyGeneral(
              "Office of the Attorney General of Florida", "https://www.myfloridalegal.com/")
          .build();
}
