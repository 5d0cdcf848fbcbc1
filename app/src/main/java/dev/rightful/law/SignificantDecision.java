package dev.rightful.law;

import java.util.Optional;

/**
 * A "significant decision" (7001(ddd) [V2]): one that results in the provision or denial of one of
 * these. Only ADMT used for such a decision falls under Article 11; advertising is not one
 * (7200(a)).
 */
public enum SignificantDecision implements Vocabulary {
  FINANCIAL_OR_LENDING("financial-or-lending", "financial or lending services"),
  HOUSING("housing", "housing"),
  EDUCATION("education", "education enrollment or opportunities"),
  EMPLOYMENT("employment", "employment or independent contracting opportunities or compensation"),
  HEALTHCARE("healthcare", "healthcare services");

  private final String id;
  private final String words;

  SignificantDecision(String id, String words) {
    this.id = id;
    this.words = words;
  }

  @Override
  public String id() {
    return id;
  }

  /** What the decision gives or denies, completing "a decision about your …". */
  public String words() {
    return words;
  }

  public static Optional<SignificantDecision> fromId(String id) {
    return Vocabulary.parse(SignificantDecision.class, id);
  }
}
