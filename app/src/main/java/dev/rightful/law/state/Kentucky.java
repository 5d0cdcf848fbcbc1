package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_ASSESSMENT_TRIGGERS;
import static dev.rightful.law.state.Baseline.STANDARD_RIGHTS;

import java.time.LocalDate;

/**
 * Kentucky's Consumer Data Protection Act (STATES.md section 3; [U] marks a value not read from the
 * statute).
 */
final class Kentucky {
  private Kentucky() {}

  private static final String LAW = "KRS 367.3611 et seq.";

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("KY", "Kentucky")
          .law("Consumer Data Protection Act", LAW, LocalDate.of(2026, 1, 1))
          .rights(STANDARD_RIGHTS, LAW)
          .response(RESPONSE_DAYS, EXTENSION_DAYS, LAW)
          // [U]: free twice annually; appeal within 60 days with AG contact
          .freeRequests(2, null, LAW)
          .appeal(60, 0, LAW)
          // 2026 HB 692 [V2] adds automatic content recognition data; its start date [U]
          .sensitive(
              new SensitiveData(
                  SensitiveModel.OPT_IN_CONSENT,
                  Baseline.standardSensitiveWith(SensitiveType.CONTENT_VIEWING),
                  LAW))
          .minor(new MinorRule(0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, LAW))
          // no UOOM [V2]; assessments for processing created on or after 2026-06-01 [U]
          .assessments(STANDARD_ASSESSMENT_TRIGGERS, null, LAW)
          .gpp(26, "usky")
          .attorneyGeneral("Kentucky Office of the Attorney General", "https://www.ag.ky.gov/")
          .build();
}
