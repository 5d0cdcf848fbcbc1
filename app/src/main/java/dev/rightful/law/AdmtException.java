package dev.rightful.law;

import java.util.Optional;

/**
 * The exceptions to the ADMT opt-out (7221(b) [V2]; subsection numbers [U]). When a use relies on
 * one, the business need not offer the opt-out, and the pre-use notice names the exception or the
 * appeal path instead (7220).
 */
public enum AdmtException implements Vocabulary {
  // 7221(b)(1): a human appeal, by a reviewer who can overturn the decision
  HUMAN_APPEAL("human-appeal", "7221(b)(1)", null),
  // 7221(b)(2): used solely for admission, acceptance or hiring, and non-discriminatory
  ADMISSION_ACCEPTANCE_HIRING(
      "admission-acceptance-hiring", "7221(b)(2)", SignificantDecision.EDUCATION),
  // 7221(b)(3): used solely for allocation of work or compensation, and non-discriminatory
  WORK_ALLOCATION_COMPENSATION(
      "work-allocation-compensation", "7221(b)(3)", SignificantDecision.EMPLOYMENT);

  private final String id;
  private final String citation;
  private final SignificantDecision soleFor;

  AdmtException(String id, String citation, SignificantDecision soleFor) {
    this.id = id;
    this.citation = citation;
    this.soleFor = soleFor;
  }

  @Override
  public String id() {
    return id;
  }

  public String citation() {
    return citation;
  }

  /** Whether this exception holds only when the ADMT is used solely for that purpose. */
  public boolean solePurpose() {
    return soleFor != null;
  }

  /**
   * Whether the exception can apply to a decision about {@code decision}: the human appeal to any;
   * admission, acceptance or hiring to education and employment; work allocation to employment.
   */
  public boolean appliesTo(SignificantDecision decision) {
    if (this == HUMAN_APPEAL) {
      return true;
    }
    if (this == ADMISSION_ACCEPTANCE_HIRING) {
      return decision == SignificantDecision.EDUCATION
          || decision == SignificantDecision.EMPLOYMENT;
    }
    return decision == soleFor;
  }

  public static Optional<AdmtException> fromId(String id) {
    return Vocabulary.parse(AdmtException.class, id);
  }
}
