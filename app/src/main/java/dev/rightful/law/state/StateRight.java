package dev.rightful.law.state;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/**
 * A right a US state privacy law gives its residents, in the order a notice lists them.
 * California's rights keep their own wording in {@link dev.rightful.law.Right}; {@link California}
 * maps them onto these.
 */
public enum StateRight implements Vocabulary {
  CONFIRM_AND_ACCESS(
      "confirm-and-access",
      "Right to confirm and access",
      "You may ask us to confirm whether we process your personal data and for access to it."),
  PORTABILITY(
      "portability",
      "Right to data portability",
      "You may ask for a copy of your personal data in a portable and, where technically feasible,"
          + " readily usable format."),
  DELETE("delete", "Right to delete", "You may ask us to delete personal data about you."),
  CORRECT(
      "correct",
      "Right to correct",
      "You may ask us to correct inaccuracies in your personal data, taking into account the nature"
          + " of the data and the purposes of processing it."),
  OPT_OUT_OF_TARGETED_ADVERTISING(
      "opt-out-of-targeted-advertising",
      "Right to opt out of targeted advertising",
      "You may opt out of the processing of your personal data for targeted advertising."),
  OPT_OUT_OF_SALE(
      "opt-out-of-sale",
      "Right to opt out of the sale of personal data",
      "You may opt out of the sale of your personal data."),
  OPT_OUT_OF_PROFILING(
      "opt-out-of-profiling",
      "Right to opt out of profiling",
      "You may opt out of profiling in furtherance of decisions that produce legal or similarly"
          + " significant effects concerning you."),
  QUESTION_PROFILING(
      "question-profiling",
      "Right to question the result of profiling",
      "Where a decision about you was made by profiling, you may ask for the reason, review the"
          + " personal data used and, if it is inaccurate, have it corrected and the decision"
          + " reevaluated."),
  LIST_OF_THIRD_PARTIES(
      "list-of-third-parties",
      "Right to a list of third parties",
      "You may ask for a list of the specific third parties to which we disclosed personal data."),
  LIST_OF_THIRD_PARTY_CATEGORIES(
      "list-of-third-party-categories",
      "Right to a list of categories of third parties",
      "You may ask for a list of the categories of third parties to which we disclosed your"
          + " personal data."),
  LIMIT_SENSITIVE(
      "limit-sensitive",
      "Right to limit the use of sensitive personal information",
      "You may direct us to use your sensitive personal information only as necessary to provide"
          + " the goods and services you asked for.");

  private final String id;
  private final String title;
  private final String plainWords;

  StateRight(String id, String title, String plainWords) {
    this.id = id;
    this.title = title;
    this.plainWords = plainWords;
  }

  @Override
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String plainWords() {
    return plainWords;
  }

  /** Whether this is a right to opt out, which needs no authentication of the consumer. */
  public boolean isOptOut() {
    return this == OPT_OUT_OF_SALE
        || this == OPT_OUT_OF_TARGETED_ADVERTISING
        || this == OPT_OUT_OF_PROFILING;
  }

  public static Optional<StateRight> fromId(String id) {
    return Vocabulary.parse(StateRight.class, id);
  }
}
