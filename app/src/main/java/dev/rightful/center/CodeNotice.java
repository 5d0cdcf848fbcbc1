package dev.rightful.center;

import dev.rightful.web.Translator;
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
      case "sent", "limited", "rejected", "locked", "verified", "not-matched" ->
          Translator.current().t("code." + id);
      default -> null;
    };
  }

  /**
   * What the status page says while the request is locked after too many wrong codes: when the
   * consumer can ask for a new code, in the business's zone.
   */
  static String locked(Instant until, ZoneId zone) {
    return Translator.current()
        .t("code.locked-until", Words.time(until.atOffset(ZoneOffset.UTC), zone));
  }
}
