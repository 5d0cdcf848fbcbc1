package dev.rightful.center;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** What the status page says after the consumer asked for or entered a verification code. */
final class CodeNotice {
  private CodeNotice() {}

  /** The text for a notice id from the redirect, or null for none or an unknown one. */
  static String text(String id) {
    if (id == null) {
      return null;
    }
    return switch (id) {
      case "sent" ->
          "If this request is waiting for verification, we emailed a six-digit code to the address"
              + " you gave. It works for a short time only.";
      case "limited" ->
          "Too many codes were asked for from your network in the last hour. Please try again later.";
      case "rejected" -> "That code is wrong, used up or expired. Ask for a new code.";
      case "locked" -> "Too many wrong codes were entered for this request today.";
      case "verified" -> "Thank you: we verified your identity.";
      case "not-matched" ->
          "Your code was right, but we could not match enough of the details you gave with our"
              + " records. We may contact you, or you can call us.";
      default -> null;
    };
  }

  /**
   * What the status page says while the request is locked after too many wrong codes: when the
   * consumer can ask for a new code, in the business's zone.
   */
  static String locked(Instant until, ZoneId zone) {
    return "Too many wrong codes were entered for this request today, so we locked it for your"
        + " safety. You can ask for a new code after "
        + Words.time(until.atOffset(ZoneOffset.UTC), zone)
        + ", then enter that one.";
  }
}
