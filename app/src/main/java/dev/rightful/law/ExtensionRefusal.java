package dev.rightful.law;

import java.util.Optional;

/** Why an extension of a response period is refused, each with the rule it breaks. */
public enum ExtensionRefusal implements Vocabulary {
  NOT_EXTENDABLE(
      "not-extendable",
      "This request type has no extension (7021(b) covers know, delete and correct only)."),
  ALREADY_EXTENDED("already-extended", "Only one extension is allowed (7021(b))."),
  REASON_MISSING("reason-missing", "The notice must explain the reason (7021(b))."),
  DAYS_OUT_OF_RANGE("days-out-of-range", "An extension adds 1 to 45 calendar days (7021(b))."),
  NOTICE_BEFORE_RECEIPT("notice-before-receipt", "The notice cannot predate the request."),
  NOTICE_TOO_LATE(
      "notice-too-late",
      "The notice must go out within the first 45 days (7021(b); CC 1798.145(i)(1)).");

  private final String id;
  private final String explanation;

  ExtensionRefusal(String id, String explanation) {
    this.id = id;
    this.explanation = explanation;
  }

  @Override
  public String id() {
    return id;
  }

  public String explanation() {
    return explanation;
  }

  public static Optional<ExtensionRefusal> fromId(String id) {
    return Vocabulary.parse(ExtensionRefusal.class, id);
  }
}
