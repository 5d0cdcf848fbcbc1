package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_ASSESSMENT_TRIGGERS;

import java.time.LocalDate;

/**
 * Oregon's Consumer Privacy Act (STATES.md section 3; [U] marks a value not read from the statute).
 */
final class Oregon {
  private Oregon() {}

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("OR", "Oregon")
          .law("Consumer Privacy Act", "ORS 646A.570–589", LocalDate.of(2024, 7, 1))
          // 646A.574: the standard rights and the list of specific third parties
          .rights(Baseline.standardRightsWith(StateRight.LIST_OF_THIRD_PARTIES), "ORS 646A.574")
          .response(RESPONSE_DAYS, EXTENSION_DAYS, "ORS 646A.576")
          // DOJ FAQ: the first request in 12 months is free
          .freeRequests(1, null, "ORS 646A.576")
          // appeal decided within 45 days [extension U], with AG complaint information
          .appeal(45, 0, "ORS 646A.576")
          .sensitive(
              new SensitiveData(
                  SensitiveModel.OPT_IN_CONSENT,
                  Baseline.standardSensitiveWith(
                      SensitiveType.NATIONAL_ORIGIN,
                      SensitiveType.SEX_LIFE,
                      SensitiveType.TRANSGENDER_OR_NONBINARY,
                      SensitiveType.CRIME_VICTIM),
                  "ORS 646A.570–589"))
          .minor(
              new MinorRule(0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, "ORS 646A.570–589"))
          // [U]: 13–15, consent for TA, sale or significant profiling
          .minor(
              new MinorRule(
                  CHILD_UNDER,
                  16,
                  MinorDuty.CONSENT_FOR_ADVERTISING_SALE_AND_PROFILING,
                  null,
                  "ORS 646A.570–589"))
          // HB 2008 [U]: no sale of under-16 data from 2026-01-01
          .minor(
              new MinorRule(
                  0, 16, MinorDuty.NO_SALE, LocalDate.of(2026, 1, 1), "ORS 646A.570–589 (HB 2008)"))
          // DOJ: universal opt-out mechanisms from 2026-01-01
          .gpc(LocalDate.of(2026, 1, 1), "ORS 646A.570–589")
          .assessments(STANDARD_ASSESSMENT_TRIGGERS, "keep 5 years [U]", "ORS 646A.586")
          .gpp(15, "usor")
          .attorneyGeneral(
              "Oregon Department of Justice", "https://www.doj.state.or.us/consumer-protection/")
          .build();
}
