package dev.rightful.input;

import java.util.Optional;

/**
 * The one rule for text typed into any field: it must be well-formed Unicode (no lone surrogate, no
 * noncharacter, no U+FFFD, which is what a decoder leaves where the bytes were not UTF-8) and hold
 * no control characters. Only free text ({@link Lines#MANY}: a description, a note, a postal
 * address) may hold line breaks and tabs. A lone surrogate cannot be encoded as UTF-8, so storing,
 * sealing or mailing one fails: refusing it here turns a server error into an answer naming the
 * field. Pure (JDK only); thread-safe.
 */
public final class TextRule {
  /** Whether a field takes one line, or free text with line breaks and tabs. */
  public enum Lines {
    ONE,
    MANY
  }

  private TextRule() {}

  /** Whether {@code text} may be stored in a field that takes {@code lines}. */
  public static boolean isValid(String text, Lines lines) {
    return problem(text, lines).isEmpty();
  }

  /**
   * Why {@code text} is refused, in words to follow a field name ("contains …"); empty when it is
   * accepted. Never repeats the text.
   */
  public static Optional<String> problem(String text, Lines lines) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          int cp = Character.toCodePoint(c, text.charAt(i + 1));
          if (isNoncharacter(cp)) {
            return Optional.of(NOT_TEXT);
          }
          i++;
          continue;
        }
        return Optional.of(NOT_TEXT);
      }
      if (Character.isLowSurrogate(c) || c == '\uFFFD' || isNoncharacter(c)) {
        return Optional.of(NOT_TEXT);
      }
      if (c == '\n' || c == '\r' || c == '\t') {
        if (lines == Lines.ONE) {
          return Optional.of("must be on one line (no line breaks or tabs)");
        }
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return Optional.of("contains control characters");
      }
    }
    return Optional.empty();
  }

  private static final String NOT_TEXT =
      "contains a character that could not be read; please type it again";

  // Unicode 15 23.7: U+FDD0..U+FDEF and the last two code points of every plane.
  private static boolean isNoncharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }
}
