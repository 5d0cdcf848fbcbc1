package dev.rightful.requests;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a member of staff typed into the console's search, read as the ways it may name a request:
 * its reference, the consumer's email address or phone number. A term may be read several ways
 * ({@code 41555501} is both eight reference characters and a phone's digits). Immutable.
 *
 * @param reference the reference as intake writes it ({@code R-} and eight characters), or null
 * @param email the address, or null; its keyed hash normalizes it as intake's does
 * @param phone the number, or null; its keyed hash keeps its digits as intake's does
 */
public record SearchTerm(String reference, String email, String phone) {
  private static final Pattern REFERENCE = Pattern.compile("R-[0-9A-Z]{8}");
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().\\-/]+");

  /**
   * The readings of {@code text}; empty when it is blank or names nothing a request is found by.
   */
  public static Optional<SearchTerm> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String term = text.strip();
    String reference = reference(term);
    String email = term.indexOf('@') > 0 ? term : null;
    String phone = PHONE.matcher(term).matches() && digits(term) >= 7 ? term : null;
    if (reference == null && email == null && phone == null) {
      return Optional.empty();
    }
    return Optional.of(new SearchTerm(reference, email, phone));
  }

  /** Intake writes references upper-case as {@code R-XXXXXXXX}; staff may type it any case. */
  private static String reference(String term) {
    String upper = term.toUpperCase(Locale.ROOT).replace(" ", "");
    if (!upper.startsWith("R-") && upper.length() == 8) {
      upper = "R-" + upper;
    }
    return REFERENCE.matcher(upper).matches() ? upper : null;
  }

  private static long digits(String term) {
    return term.chars().filter(c -> c >= '0' && c <= '9').count();
  }
}
