package dev.rightful.consent;

import dev.rightful.law.Vocabulary;

/** Why a decision came out as it did; the API writes the id. */
public enum Reason implements Vocabulary {
  NOT_OPTED_OUT("not-opted-out", true, "No opt-out is on record."),
  OPTED_IN("opted-in", true, "The consumer opted in."),
  MINOR_OPTED_IN(
      "minor-opted-in",
      true,
      "The consumer, under 16, opted in (13 to 15) or a" + " parent consented (under 13)."),
  OPTED_OUT("opted-out", false, "The consumer opted out."),
  GPC_SIGNAL(
      "gpc-signal",
      false,
      "The browser sent an opt-out preference signal (Global Privacy" + " Control)."),
  LIMITED("limited", false, "The consumer limited the use of sensitive personal information."),
  MINOR_NO_OPT_IN("minor-no-opt-in", false, "The consumer is under 16 and has not opted in."),
  CHILD_NO_PARENTAL_CONSENT(
      "child-no-parental-consent",
      false,
      "The consumer is under 13 and no" + " verified parental consent is on record."),
  NOT_IN_NOTICE(
      "not-in-notice",
      false,
      "The data map declares no such use, so the notice promises" + " it does not happen."),
  NO_CONSENT(
      "no-consent",
      false,
      "The consumer's state allows processing sensitive data only with prior consent, and none"
          + " is on record."),
  NOT_PERMITTED(
      "not-permitted",
      false,
      "The consumer's state allows sensitive data only where strictly necessary for what they"
          + " asked for; consent does not change that.");

  private final String id;
  private final boolean allows;
  private final String explanation;

  Reason(String id, boolean allows, String explanation) {
    this.id = id;
    this.allows = allows;
    this.explanation = explanation;
  }

  @Override
  public String id() {
    return id;
  }

  public boolean allows() {
    return allows;
  }

  public String explanation() {
    return explanation;
  }
}
