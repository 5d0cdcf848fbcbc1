package dev.rightful.law.state;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/** Processing that calls for a data protection assessment where a state requires them. */
public enum AssessmentTrigger implements Vocabulary {
  TARGETED_ADVERTISING("targeted-advertising"),
  SALE("sale"),
  PROFILING("profiling"),
  SENSITIVE_DATA("sensitive-data"),
  MINORS("minors");

  private final String id;

  AssessmentTrigger(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static Optional<AssessmentTrigger> fromId(String id) {
    return Vocabulary.parse(AssessmentTrigger.class, id);
  }
}
