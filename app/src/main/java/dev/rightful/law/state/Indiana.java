package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_ASSESSMENT_TRIGGERS;
import static dev.rightful.law.state.Baseline.STANDARD_RIGHTS;
import static dev.rightful.law.state.Baseline.STANDARD_SENSITIVE;

import java.time.LocalDate;

/**
 * Indiana's Consumer Data Protection Act (STATES.md section 3; [U] marks a value not read from the
 * statute).
 */
final class Indiana {
  private Indiana() {}

  private static final String LAW = "Ind. Code art. 24-15";

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("IN", "Indiana")
          .law("Consumer Data Protection Act", LAW, LocalDate.of(2026, 1, 1))
          // 24-15-3-1(b): the standard rights; correct only provided data; a copy or a summary
          .rights(STANDARD_RIGHTS, "Ind. Code § 24-15-3-1(b)")
          .right(StateRight.CORRECT, null, "data the consumer provided", "Ind. Code § 24-15-3-1(b)")
          .right(
              StateRight.PORTABILITY,
              null,
              "a copy or a representative summary, once per 12 months",
              "Ind. Code § 24-15-3-1(b)")
          .response(RESPONSE_DAYS, EXTENSION_DAYS, "Ind. Code § 24-15-3-1(c)(1)")
          .freeRequests(1, null, "Ind. Code § 24-15-3-1(c)")
          // [U]: appeal within 60 days with AG contact
          .appeal(60, 0, LAW)
          .sensitive(new SensitiveData(SensitiveModel.OPT_IN_CONSENT, STANDARD_SENSITIVE, LAW))
          .minor(new MinorRule(0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, LAW))
          // no UOOM [V2]; assessments for processing generated after 2025-12-31 [U]
          .assessments(STANDARD_ASSESSMENT_TRIGGERS, null, LAW)
          .gpp(25, "usin")
          .attorneyGeneral(
              "Indiana Attorney General, Consumer Protection Division",
              "https://www.in.gov/attorneygeneral/")
          .build();
}
