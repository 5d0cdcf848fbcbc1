package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_ASSESSMENT_TRIGGERS;

import java.time.LocalDate;

/**
 * Delaware's Personal Data Privacy Act (STATES.md section 3; [U] marks a value not read from the
 * statute).
 */
final class Delaware {
  private Delaware() {}

  private static final String LAW = "6 Del. C. ch. 12D";

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("DE", "Delaware")
          .law("Personal Data Privacy Act", LAW, LocalDate.of(2025, 1, 1))
          // 12D-104(a) [V2]: the standard rights and the categories of third parties
          .rights(
              Baseline.standardRightsWith(StateRight.LIST_OF_THIRD_PARTY_CATEGORIES),
              "6 Del. C. § 12D-104(a)")
          .response(RESPONSE_DAYS, EXTENSION_DAYS, "6 Del. C. § 12D-104(c)")
          // [U]: one free request per 12 months; appeal within 60 days with AG contact
          .freeRequests(1, null, "6 Del. C. § 12D-104(c)")
          .appeal(60, 0, "6 Del. C. § 12D-104")
          .sensitive(
              new SensitiveData(
                  SensitiveModel.OPT_IN_CONSENT,
                  Baseline.standardSensitiveWith(
                      SensitiveType.NATIONAL_ORIGIN,
                      SensitiveType.TRANSGENDER_OR_NONBINARY,
                      SensitiveType.PREGNANCY,
                      SensitiveType.SEX_LIFE),
                  LAW))
          .minor(new MinorRule(0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, LAW))
          // AG release: 13–17, consent for TA and sale
          .minor(
              new MinorRule(CHILD_UNDER, 18, MinorDuty.CONSENT_FOR_ADVERTISING_AND_SALE, null, LAW))
          // 12D-106(e) [V2]: universal opt-out mechanisms from 2026-01-01
          .gpc(LocalDate.of(2026, 1, 1), "6 Del. C. § 12D-106(e)")
          .assessments(
              STANDARD_ASSESSMENT_TRIGGERS,
              "only for controllers processing data of 100,000 or more consumers [U]",
              LAW)
          .gpp(17, "usde")
          .attorneyGeneral(
              "Delaware Department of Justice, Consumer Protection Unit",
              "https://attorneygeneral.delaware.gov/")
          .build();
}
