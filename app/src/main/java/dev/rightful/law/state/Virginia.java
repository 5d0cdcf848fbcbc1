package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_RIGHTS;
import static dev.rightful.law.state.Baseline.STANDARD_SENSITIVE;

import java.time.LocalDate;
import java.util.EnumSet;

/**
 * Virginia's Consumer Data Protection Act (STATES.md section 3; [U] marks a value not read from the
 * statute).
 */
final class Virginia {
  private Virginia() {}

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("VA", "Virginia")
          .law("Consumer Data Protection Act", "Va. Code §§ 59.1-575–585", LocalDate.of(2023, 1, 1))
          // § 59.1-577(A): the standard rights; portability of data the consumer provided
          .rights(STANDARD_RIGHTS, "Va. Code § 59.1-577(A)")
          // § 59.1-577(B)(1): 45 days, one 45-day extension noticed within the first 45
          .response(RESPONSE_DAYS, EXTENSION_DAYS, "Va. Code § 59.1-577(B)(1)")
          // § 59.1-577(B)(3): free up to twice annually
          .freeRequests(2, null, "Va. Code § 59.1-577(B)(3)")
          // § 59.1-577(C) [U]: appeal decided within 60 days, then the AG's complaint mechanism
          .appeal(60, 0, "Va. Code § 59.1-577(C)")
          // § 59.1-575, § 59.1-578(A)(5): opt-in consent for the listed types
          .sensitive(
              new SensitiveData(
                  SensitiveModel.OPT_IN_CONSENT, STANDARD_SENSITIVE, "Va. Code § 59.1-575"))
          // § 59.1-578 (HB 707/SB 361, from 2025-01-01): known child, no TA, sale or profiling
          .minor(
              new MinorRule(
                  0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, "Va. Code § 59.1-578"))
          // § 59.1-580(A): assessments; also services directed to known children (-580(B))
          .assessments(
              EnumSet.of(
                  AssessmentTrigger.TARGETED_ADVERTISING,
                  AssessmentTrigger.SALE,
                  AssessmentTrigger.PROFILING,
                  AssessmentTrigger.SENSITIVE_DATA,
                  AssessmentTrigger.MINORS),
              null,
              "Va. Code § 59.1-580")
          .gpp(9, "usva")
          .attorneyGeneral(
              "Office of the Attorney General of Virginia", "https://www.oag.state.va.us/")
          .build();
}
