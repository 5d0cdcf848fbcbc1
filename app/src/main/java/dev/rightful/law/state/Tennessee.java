package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_ASSESSMENT_TRIGGERS;
import static dev.rightful.law.state.Baseline.STANDARD_RIGHTS;
import static dev.rightful.law.state.Baseline.STANDARD_SENSITIVE;

import java.time.LocalDate;

/**
 * Tennessee's Information Protection Act (STATES.md section 3; [U] marks a value not read from the
 * statute).
 */
final class Tennessee {
  private Tennessee() {}

  private static final String LAW = "Tenn. Code §§ 47-18-3301 et seq.";

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("TN", "Tennessee")
          .law("Information Protection Act", LAW, LocalDate.of(2025, 7, 1))
          // 47-18-3304: the standard rights
          .rights(STANDARD_RIGHTS, "Tenn. Code § 47-18-3304")
          .response(RESPONSE_DAYS, EXTENSION_DAYS, "Tenn. Code § 47-18-3304")
          .freeRequests(2, null, "Tenn. Code § 47-18-3304")
          // [U]: appeal within 60 days with AG contact
          .appeal(60, 0, LAW)
          .sensitive(new SensitiveData(SensitiveModel.OPT_IN_CONSENT, STANDARD_SENSITIVE, LAW))
          .minor(new MinorRule(0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, LAW))
          .assessments(STANDARD_ASSESSMENT_TRIGGERS, null, LAW)
          .gpp(22, "ustn")
          .attorneyGeneral(
              "Tennessee Attorney General, Consumer Protection Division",
              "https://www.tn.gov/attorneygeneral.html")
          .build();
}
