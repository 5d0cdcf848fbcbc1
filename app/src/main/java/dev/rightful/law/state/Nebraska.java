package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_ASSESSMENT_TRIGGERS;
import static dev.rightful.law.state.Baseline.STANDARD_RIGHTS;
import static dev.rightful.law.state.Baseline.STANDARD_SENSITIVE;

import java.time.LocalDate;

/**
 * Nebraska's Data Privacy Act (STATES.md section 3; [U] marks a value not read from the statute).
 */
final class Nebraska {
  private Nebraska() {}

  private static final String LAW = "Neb. Rev. Stat. §§ 87-1101–1130";

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("NE", "Nebraska")
          .law("Data Privacy Act", LAW, LocalDate.of(2025, 1, 1))
          .rights(STANDARD_RIGHTS, LAW)
          .response(RESPONSE_DAYS, EXTENSION_DAYS, LAW)
          // [U]: free twice annually
          .freeRequests(2, null, LAW)
          // § 87-1109 [U]: appeal within 60 days with AG contact
          .appeal(60, 0, "Neb. Rev. Stat. § 87-1109")
          // § 87-1118: opt-in consent
          .sensitive(
              new SensitiveData(
                  SensitiveModel.OPT_IN_CONSENT, STANDARD_SENSITIVE, "Neb. Rev. Stat. § 87-1118"))
          .minor(
              new MinorRule(
                  0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, "Neb. Rev. Stat. § 87-1118"))
          // § 87-1111(5): an agent by technology, if the residency can be verified [start U]
          .gpc(LocalDate.of(2025, 1, 1), "Neb. Rev. Stat. § 87-1111(5)")
          .assessments(STANDARD_ASSESSMENT_TRIGGERS, null, "Neb. Rev. Stat. § 87-1116")
          .gpp(19, "usne")
          .attorneyGeneral(
              "Nebraska Attorney General, Consumer Protection Division",
              "https://protectthegoodlife.nebraska.gov/")
          .build();
}
