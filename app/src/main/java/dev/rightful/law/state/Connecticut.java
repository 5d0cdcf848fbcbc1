package dev.rightful.law.state;

import static dev.rightful.law.state.Baseline.CHILD_UNDER;
import static dev.rightful.law.state.Baseline.EXTENSION_DAYS;
import static dev.rightful.law.state.Baseline.RESPONSE_DAYS;
import static dev.rightful.law.state.Baseline.STANDARD_ASSESSMENT_TRIGGERS;
import static dev.rightful.law.state.Baseline.STANDARD_RIGHTS;

import java.time.LocalDate;

/**
 * Connecticut's Data Privacy Act, with SB 3 (2023) and SB 1295 (2025) (STATES.md section 3; [U]
 * marks a value not read from the statute).
 */
final class Connecticut {
  private Connecticut() {}

  private static final LocalDate SB_1295 = LocalDate.of(2026, 7, 1);

  static final Jurisdiction DEFINITION =
      Jurisdiction.builder("CT", "Connecticut")
          .law("Data Privacy Act", "Conn. Gen. Stat. §§ 42-515–525", LocalDate.of(2023, 7, 1))
          // § 42-518(a): the standard rights; portability of all data processed
          .rights(STANDARD_RIGHTS, "Conn. Gen. Stat. § 42-518(a)")
          // SB 1295 [V2]: question profiling from 2026-07-01
          .right(
              StateRight.QUESTION_PROFILING,
              SB_1295,
              "correction and reevaluation for housing decisions",
              "Conn. Gen. Stat. § 42-518 (SB 1295)")
          // § 42-518(c)(1): 45 + 45
          .response(RESPONSE_DAYS, EXTENSION_DAYS, "Conn. Gen. Stat. § 42-518(c)(1)")
          .freeRequests(1, null, "Conn. Gen. Stat. § 42-518(c)")
          // § 42-518(d) [secondary]: appeal within 60 days, then the AG's online mechanism
          .appeal(60, 0, "Conn. Gen. Stat. § 42-518(d)")
          // § 42-515: opt-in; SB 1295 widens the definition from 2026-07-01
          .sensitive(
              new SensitiveData(
                  SensitiveModel.OPT_IN_CONSENT,
                  Baseline.standardSensitiveWith(
                      SensitiveType.SEX_LIFE,
                      SensitiveType.CONSUMER_HEALTH_DATA,
                      SensitiveType.CRIME_VICTIM),
                  java.util.Map.of(
                      SensitiveType.DISABILITY, SB_1295,
                      SensitiveType.TRANSGENDER_OR_NONBINARY, SB_1295,
                      SensitiveType.NEURAL, SB_1295,
                      SensitiveType.FINANCIAL_ACCOUNT, SB_1295,
                      SensitiveType.GOVERNMENT_ID, SB_1295),
                  "Conn. Gen. Stat. § 42-515"))
          .minor(
              new MinorRule(
                  0, CHILD_UNDER, MinorDuty.PARENTAL_CONSENT, null, "Conn. Gen. Stat. § 42-515"))
          // SB 3 [U]: consent for TA and sale of known minors' data from 2024-10-01 ...
          .minor(
              new MinorRule(
                  CHILD_UNDER,
                  18,
                  MinorDuty.CONSENT_FOR_ADVERTISING_AND_SALE,
                  LocalDate.of(2024, 10, 1),
                  SB_1295.minusDays(1),
                  "Conn. Gen. Stat. §§ 42-515–525 (SB 3)"))
          // ... and from 2026-07-01 (SB 1295) no TA or sale under 18, even with consent
          .minor(
              new MinorRule(
                  0,
                  18,
                  MinorDuty.NO_ADVERTISING_OR_SALE,
                  SB_1295,
                  "Conn. Gen. Stat. §§ 42-515–525 (SB 1295)"))
          // § 42-520 [V partial]: universal opt-out mechanisms from 2025-01-01
          .gpc(LocalDate.of(2025, 1, 1), "Conn. Gen. Stat. § 42-520")
          // § 42-522 [U]; SB 1295: profiling impact assessments from 2026-08-01
          .assessments(
              STANDARD_ASSESSMENT_TRIGGERS,
              "impact assessments for significant-decision profiling from 2026-08-01",
              "Conn. Gen. Stat. § 42-522")
          .gpp(12, "usct")
          .attorneyGeneral("Connecticut Office of the Attorney General", "https://portal.ct.gov/ag")
          .build();
}
