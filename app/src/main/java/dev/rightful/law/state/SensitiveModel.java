package dev.rightful.law.state;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/** How a state lets a controller process sensitive data. */
public enum SensitiveModel implements Vocabulary {
  /** Only with the consumer's prior opt-in consent (a parent's, per COPPA, for a known child). */
  OPT_IN_CONSENT("opt-in-consent", "only with your prior consent"),
  /** After clear notice and an opportunity to opt out (Utah, Iowa). */
  NOTICE_AND_OPT_OUT("notice-and-opt-out", "after notice, and you may opt out"),
  /** Only where strictly necessary for what the consumer asked for; never sold (Maryland). */
  STRICTLY_NECESSARY_NO_SALE(
      "strictly-necessary-no-sale",
      "only where strictly necessary to provide what you asked for, and never sold"),
  /** Processed unless the consumer limits its use to what the service needs (California). */
  RIGHT_TO_LIMIT("right-to-limit", "and you may limit its use");

  private final String id;
  private final String plainWords;

  SensitiveModel(String id, String plainWords) {
    this.id = id;
    this.plainWords = plainWords;
  }

  @Override
  public String id() {
    return id;
  }

  /** How the notice completes "We process sensitive data …". */
  public String plainWords() {
    return plainWords;
  }

  /** Whether processing needs a recorded consent before it starts. */
  public boolean requiresConsent() {
    return this == OPT_IN_CONSENT;
  }

  public static Optional<SensitiveModel> fromId(String id) {
    return Vocabulary.parse(SensitiveModel.class, id);
  }
}
