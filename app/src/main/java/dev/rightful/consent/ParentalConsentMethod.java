package dev.rightful.consent;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/**
 * A method reasonably designed to make sure that the person consenting for a child under 13 is the
 * child's parent or guardian (7070(a)(2)).
 */
public enum ParentalConsentMethod implements Vocabulary {
  SIGNED_CONSENT_FORM("signed-consent-form"),
  CARD_TRANSACTION("card-transaction"),
  TOLL_FREE_CALL("toll-free-call"),
  VIDEO_CONFERENCE("video-conference"),
  IN_PERSON("in-person"),
  GOVERNMENT_ID_CHECK("government-id-check");

  private final String id;

  ParentalConsentMethod(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public static Optional<ParentalConsentMethod> fromId(String id) {
    return Vocabulary.parse(ParentalConsentMethod.class, id);
  }
}
