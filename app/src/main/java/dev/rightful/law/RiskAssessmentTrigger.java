package dev.rightful.law;

import java.util.Optional;

/**
 * Processing that needs a risk assessment before it starts (11 CCR 7150(b)). Each carries the
 * paragraph it comes from, so that a finding cites it.
 */
public enum RiskAssessmentTrigger implements Vocabulary {
  SALE_OR_SHARE("sale-or-share", "selling or sharing personal information", "7150(b)(1)"),
  SENSITIVE("sensitive", "processing sensitive personal information", "7150(b)(2)"),
  ADMT_SIGNIFICANT_DECISION(
      "admt-significant-decision",
      "using automated decisionmaking technology for a significant decision",
      "7150(b)(3)"),
  SYSTEMATIC_OBSERVATION(
      "systematic-observation",
      "inferring traits from systematic observation of applicants, students, employees or"
          + " contractors",
      "7150(b)(4)"),
  SENSITIVE_LOCATION(
      "sensitive-location",
      "inferring traits from a consumer's presence at a sensitive location",
      "7150(b)(5)"),
  TRAINING(
      "training",
      "processing personal information to train automated decisionmaking, facial recognition,"
          + " emotion recognition or identity-verification technology",
      "7150(b)(6)");

  private final String id;
  private final String description;
  private final String section;

  RiskAssessmentTrigger(String id, String description, String section) {
    this.id = id;
    this.description = description;
    this.section = section;
  }

  @Override
  public String id() {
    return id;
  }

  public String description() {
    return description;
  }

  /** The paragraph of 11 CCR 7150(b) that makes this processing need an assessment. */
  public String section() {
    return section;
  }

  public static Optional<RiskAssessmentTrigger> fromId(String id) {
    return Vocabulary.parse(RiskAssessmentTrigger.class, id);
  }
}
