package dev.rightful.consent;

import dev.rightful.law.Vocabulary;

/** Why an opt-in cannot be recorded; the API writes the id and the message. */
public enum OptInRefusal implements Vocabulary {
  NOT_CONFIRMED(
      "not-confirmed",
      "An opt-in takes two steps: request it, then confirm it separately (7028(a))."),
  SIGNAL_PRESENT(
      "signal-present",
      "This browser sends an opt-out preference signal (Global Privacy Control); turn it off to"
          + " opt in here (7025(c)(3))."),
  CHILD_NEEDS_PARENT(
      "child-needs-parent",
      "The consumer is under 13: only a parent or guardian can opt in, with verified consent"
          + " (CC 1798.120(c); 7070)."),
  MINORS_NOT_SOLD(
      "minors-not-sold",
      "The business does not sell or share the personal information of consumers under 16."),
  NOT_IN_NOTICE(
      "not-in-notice", "The notice declares no such use, so there is nothing to opt in to."),
  OPT_OUT_STANDS(
      "opt-out-stands",
      "The consumer opted out of this use (by a form, a Global Privacy Control signal, a request,"
          + " the cookie tool or a call). A system cannot opt them back in: only the consumer"
          + " can, by their own confirmed choice in the cookie settings, and the business may not"
          + " ask them to before 12 months have passed (CC 1798.120(d), 1798.135(c)(4)).");

  private final String id;
  private final String message;

  OptInRefusal(String id, String message) {
    this.id = id;
    this.message = message;
  }

  @Override
  public String id() {
    return id;
  }

  public String message() {
    return message;
  }
}
