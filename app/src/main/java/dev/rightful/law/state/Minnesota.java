package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_ASSESSMENT_TRIGGERS;
import static dev.rightful.law.state.Baseline.STANDARD_SENSITIVE;

import java.time.LocalDate;

/**
 * Minnesota's Consumer Data Privacy Act (STATES.md section 3; [U] marks a value not read from the
 * statute).
 */
final class Minnesota {
  private Minnesota() {}

  private static final String LAW = "Minn. Stat. §§ 325M.10–.21";

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("MN", "Minnesota")
          .law("Consumer Data Privacy Act", LAW, LocalDate.of(2025, 7, 31))
          // 325M.14 subd. 1: the standard rights, question profiling, the list of third parties
          .rights(
              Baseline.standardRightsWith(
                  StateRight.QUESTION_PROFILING, StateRight.LIST_OF_THIRD_PARTIES),
              "Minn. Stat. § 325M.14, subd. 1")
          // [U]: 45 + 45; free once per 12 months (sources conflict)
          .response(RESPONSE_DAYS, EXTENSION_DAYS, LAW)
          .freeRequests(1, null, LAW)
          // [U]: appeal within 45 days, extendable by 60, with AG contact
          .appeal(45, 60, LAW)
          .sensitive(new SensitiveData(SensitiveModel.OPT_IN_CONSENT, STANDARD_SENSITIVE, LAW))
          .minor(new MinorRule(0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, LAW))
          // [U]: 13–15, consent for TA and sale
          .minor(
              new MinorRule(CHILD_UNDER, 16, MinorDuty.CONSENT_FOR_ADVERTISING_AND_SALE, null, LAW))
          // [V2]: universal opt-out mechanisms from 2025-07-31
          .gpc(LocalDate.of(2025, 7, 31), LAW)
          .assessments(
              STANDARD_ASSESSMENT_TRIGGERS, "with a data inventory and documented policies", LAW)
          .gpp(23, "usmn")
          .attorneyGeneral("Minnesota Attorney General", "https://www.ag.state.mn.us/")
          .build();
}
