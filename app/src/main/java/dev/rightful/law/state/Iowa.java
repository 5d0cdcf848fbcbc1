package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_SENSITIVE;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * Iowa's Consumer Data Protection Act (STATES.md section 3; [U] marks a value not read from the
 * statute).
 */
final class Iowa {
  private Iowa() {}

  // 715D.3(2): 90 days to respond, one 45-day extension
  private static final int RESPONSE_DAYS_IOWA = 90;

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("IA", "Iowa")
          .law("Consumer Data Protection Act", "Iowa Code ch. 715D", LocalDate.of(2025, 1, 1))
          // 715D.3(1): access, delete and port provided data, opt out of sale; no correct or
          // profiling opt-out
          .rights(
              EnumSet.of(StateRight.CONFIRM_AND_ACCESS, StateRight.OPT_OUT_OF_SALE),
              "Iowa Code § 715D.3(1)")
          .right(StateRight.DELETE, null, "data the consumer provided", "Iowa Code § 715D.3(1)")
          .right(
              StateRight.PORTABILITY, null, "data the consumer provided", "Iowa Code § 715D.3(1)")
          // 715D.4 [U]: targeted advertising disclosed with the means to opt out
          .right(StateRight.OPT_OUT_OF_TARGETED_ADVERTISING, null, null, "Iowa Code § 715D.4")
          .response(RESPONSE_DAYS_IOWA, EXTENSION_DAYS, "Iowa Code § 715D.3(2)")
          .freeRequests(2, null, "Iowa Code § 715D.3(2)")
          // 715D.3(3): appeal within 60 days, then an online mechanism to the AG
          .appeal(60, 0, "Iowa Code § 715D.3(3)")
          // 715D.4(2): sensitive data after notice and an opportunity to opt out
          .sensitive(
              new SensitiveData(
                  SensitiveModel.NOTICE_AND_OPT_OUT, STANDARD_SENSITIVE, "Iowa Code § 715D.4(2)"))
          .minor(
              new MinorRule(
                  0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, "Iowa Code § 715D.4(2)"))
          // no UOOM, no assessment duty
          .assessments(Set.of(), null, "Iowa Code ch. 715D")
          .gpp(18, "usia")
          .attorneyGeneral(
              "Iowa Attorney General, Consumer Protection Division",
              "https://www.iowaattorneygeneral.gov/")
          .build();
}
