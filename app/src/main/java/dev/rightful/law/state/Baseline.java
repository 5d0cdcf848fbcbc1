package dev.rightful.law.state;

import static dev.rightful.law.state.SensitiveType.BIOMETRIC;
import static dev.rightful.law.state.SensitiveType.CHILD_DATA;
import static dev.rightful.law.state.SensitiveType.CITIZENSHIP_OR_IMMIGRATION;
import static dev.rightful.law.state.SensitiveType.GENETIC;
import static dev.rightful.law.state.SensitiveType.HEALTH;
import static dev.rightful.law.state.SensitiveType.PRECISE_GEOLOCATION;
import static dev.rightful.law.state.SensitiveType.RACIAL_OR_ETHNIC_ORIGIN;
import static dev.rightful.law.state.SensitiveType.RELIGIOUS_BELIEFS;
import static dev.rightful.law.state.SensitiveType.SEXUAL_ORIENTATION;

import java.util.EnumSet;
import java.util.Set;

/**
 * The values most state laws share (STATES.md section 2), which the state definitions start from:
 * the standard rights, the Virginia-model sensitive-data list, the usual clocks and the usual
 * assessment triggers.
 */
final class Baseline {
  private Baseline() {}

  /** Access, portability, delete, correct, and the three opt-outs (STATES.md section 2). */
  static final Set<StateRight> STANDARD_RIGHTS =
      EnumSet.of(
          StateRight.CONFIRM_AND_ACCESS,
          StateRight.PORTABILITY,
          StateRight.DELETE,
          StateRight.CORRECT,
          StateRight.OPT_OUT_OF_TARGETED_ADVERTISING,
          StateRight.OPT_OUT_OF_SALE,
          StateRight.OPT_OUT_OF_PROFILING);

  /** The Virginia-model definition of sensitive data (Va. Code § 59.1-575). */
  static final Set<SensitiveType> STANDARD_SENSITIVE =
      EnumSet.of(
          RACIAL_OR_ETHNIC_ORIGIN,
          RELIGIOUS_BELIEFS,
          HEALTH,
          SEXUAL_ORIENTATION,
          CITIZENSHIP_OR_IMMIGRATION,
          GENETIC,
          BIOMETRIC,
          CHILD_DATA,
          PRECISE_GEOLOCATION);

  /** Targeted advertising, sale, risky profiling and sensitive data (Va. Code § 59.1-580(A)). */
  static final Set<AssessmentTrigger> STANDARD_ASSESSMENT_TRIGGERS =
      EnumSet.of(
          AssessmentTrigger.TARGETED_ADVERTISING,
          AssessmentTrigger.SALE,
          AssessmentTrigger.PROFILING,
          AssessmentTrigger.SENSITIVE_DATA);

  /** Calendar days to respond, and of the one extension, in all but Iowa and Florida. */
  static final int RESPONSE_DAYS = 45;

  static final int EXTENSION_DAYS = 45;

  /** Under 13, a parent or guardian acts and consents for a known child (COPPA). */
  static final int CHILD_UNDER = 13;

  static Set<StateRight> standardRightsWith(StateRight... more) {
    Set<StateRight> rights = EnumSet.copyOf(STANDARD_RIGHTS);
    rights.addAll(java.util.List.of(more));
    return rights;
  }

  static Set<SensitiveType> standardSensitiveWith(SensitiveType... more) {
    Set<SensitiveType> types = EnumSet.copyOf(STANDARD_SENSITIVE);
    types.addAll(java.util.List.of(more));
    return types;
  }
}
