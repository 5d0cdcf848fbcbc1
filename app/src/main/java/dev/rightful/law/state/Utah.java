package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_SENSITIVE;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Utah's Consumer Privacy Act (STATES.md section 3; [U] marks a value not read from the statute).
 */
final class Utah {
  private Utah() {}

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("UT", "Utah")
          .law("Consumer Privacy Act", "Utah Code §§ 13-61-101–404", LocalDate.of(2023, 12, 31))
          // § 13-61-201: access, delete and port provided data, opt out of TA and sale
          .rights(
              EnumSet.of(
                  StateRight.CONFIRM_AND_ACCESS,
                  StateRight.OPT_OUT_OF_TARGETED_ADVERTISING,
                  StateRight.OPT_OUT_OF_SALE),
              "Utah Code § 13-61-201")
          .right(StateRight.DELETE, null, "data the consumer provided", "Utah Code § 13-61-201")
          .right(
              StateRight.PORTABILITY, null, "data the consumer provided", "Utah Code § 13-61-201")
          // HB 418 [V2]: a right to correct from 2026-07-01
          .right(
              StateRight.CORRECT, LocalDate.of(2026, 7, 1), null, "Utah Code § 13-61-201 (HB 418)")
          // § 13-61-203: 45 + 45, the notice stating the extension's length and reasons
          .response(RESPONSE_DAYS, EXTENSION_DAYS, "Utah Code § 13-61-203")
          .freeRequests(1, null, "Utah Code § 13-61-203")
          // no appeal; § 13-61-302 [U]: sensitive data after notice and an opportunity to opt out
          .sensitive(
              new SensitiveData(
                  SensitiveModel.NOTICE_AND_OPT_OUT, STANDARD_SENSITIVE, "Utah Code § 13-61-302"))
          .minor(
              new MinorRule(
                  0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, "Utah Code § 13-61-302"))
          // [U]: no assessment duty
          .assessments(Set.of(), null, "Utah Code §§ 13-61-101–404")
          .gpp(11, "usut")
          .attorneyGeneral(
              "Utah Division of Consumer Protection", "https://consumerprotection.utah.gov/")
          .build();
}
