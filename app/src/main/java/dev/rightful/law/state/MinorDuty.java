package dev.rightful.law.state;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/** What a state requires before personal data of a minor of some age is used. */
public enum MinorDuty implements Vocabulary {
  PARENTAL_CONSENT(
      "parental-consent", "a parent or guardian consents (as COPPA requires) before we process it"),
  CONSENT_FOR_ADVERTISING_AND_SALE(
      "consent-for-advertising-and-sale",
      "we do not use it for targeted advertising or sell it without consent"),
  CONSENT_FOR_ADVERTISING_SALE_AND_PROFILING(
      "consent-for-advertising-sale-and-profiling",
      "we do not use it for targeted advertising, sell it or use it for significant profiling"
          + " without consent"),
  NO_ADVERTISING_OR_SALE(
      "no-advertising-or-sale", "we never use it for targeted advertising or sell it"),
  NO_SALE("no-sale", "we never sell it");

  private final String id;
  private final String plainWords;

  MinorDuty(String id, String plainWords) {
    this.id = id;
    this.plainWords = plainWords;
  }

  @Override
  public String id() {
    return id;
  }

  public String plainWords() {
    return plainWords;
  }

  public static Optional<MinorDuty> fromId(String id) {
    return Vocabulary.parse(MinorDuty.class, id);
  }
}
