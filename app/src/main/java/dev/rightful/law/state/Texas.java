package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_ASSESSMENT_TRIGGERS;
import static dev.rightful.law.state.Baseline.STANDARD_RIGHTS;
import static dev.rightful.law.state.Baseline.STANDARD_SENSITIVE;

import java.time.LocalDate;

/**
 * Texas's Data Privacy and Security Act (STATES.md section 3; [U] marks a value not read from the
 * statute).
 */
final class Texas {
  private Texas() {}

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("TX", "Texas")
          .law(
              "Data Privacy and Security Act",
              "Tex. Bus. & Com. Code ch. 541",
              LocalDate.of(2024, 7, 1))
          // 541.051(b): the standard rights
          .rights(STANDARD_RIGHTS, "Tex. Bus. & Com. Code § 541.051(b)")
          .response(RESPONSE_DAYS, EXTENSION_DAYS, "Tex. Bus. & Com. Code § 541.052")
          // 541.052 [U]: free twice annually
          .freeRequests(2, null, "Tex. Bus. & Com. Code § 541.052")
          // 541.053 [U]: appeal within 60 days with the AG's complaint mechanism
          .appeal(60, 0, "Tex. Bus. & Com. Code § 541.053")
          // 541.102(b)–(c): the exact notices of a controller that sells sensitive or biometric
          // data
          .sensitive(
              new SensitiveData(
                  SensitiveModel.OPT_IN_CONSENT,
                  STANDARD_SENSITIVE,
                  java.util.Map.of(),
                  "Tex. Bus. & Com. Code ch. 541",
                  "NOTICE: We may sell your sensitive personal data.",
                  "NOTICE: We may sell your biometric personal data."))
          .minor(
              new MinorRule(
                  0,
                  CHILD_UNDER,
                  MinorDuty.PARENTAL_CONSENT,
                  null,
                  "Tex. Bus. & Com. Code ch. 541"))
          // 541.055(e): an agent designated by technology (GPC) from 2025-01-01
          .gpc(LocalDate.of(2025, 1, 1), "Tex. Bus. & Com. Code § 541.055(e)")
          .assessments(STANDARD_ASSESSMENT_TRIGGERS, null, "Tex. Bus. & Com. Code § 541.105")
          .gpp(16, "ustx")
          .attorneyGeneral(
              "Office of the Attorney General of Texas", "https://www.texasattorneygeneral.gov/")
          .build();
}
