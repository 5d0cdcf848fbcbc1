package dev.rightful.consent.internal;

/**
 * The decision hot path's subject parser: for {@code device:ID} and {@code account:ID} the ledger
 * key is the text itself, checked here by a character loop instead of a regular expression.
 */
public final class SubjectKeys {
  private SubjectKeys() {}

  /** Whether {@code text} is a well-formed device or account subject, which is its own key. */
  public static boolean isOwnKey(String text) {
    if (text.startsWith("device:")) {
      return idChars(text, 7, 8, 64, false);
    }
    if (text.startsWith("account:")) {
      return idChars(text, 8, 1, 128, true);
    }
    return false;
  }

  private static boolean idChars(String text, int from, int min, int max, boolean account) {
    int length = text.length() - from;
    if (length < min || length > max) {
      return false;
    }
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '-'
              || (account && (c == '.' || c == ':' || c == '@' || c == '+'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
