package dev.rightful.consent;

/**
 * The answer to "may the business use this subject's personal information for this purpose now?",
 * with the reason. The instances are shared constants, so deciding allocates nothing.
 */
public record Decision(boolean allowed, Reason reason) {
  private static final Decision[] BY_REASON = new Decision[Reason.values().length];

  static {
    for (Reason reason : Reason.values()) {
      BY_REASON[reason.ordinal()] = new Decision(reason.allows(), reason);
    }
  }

  public static Decision of(Reason reason) {
    return BY_REASON[reason.ordinal()];
  }
}
