package dev.rightful.staff;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules a staff password must meet: at least {@value #MIN_LENGTH} characters not counting
 * surrounding whitespace, at most {@value #MAX_LENGTH}, not the username and not one of the {@link
 * CommonPasswords}. Length is the strength that matters; there are no composition rules (NIST SP
 * 800-63B §5.1.1.2).
 */
public final class PasswordPolicy {
  public static final int MIN_LENGTH = 12;

  /** Bounds the work one sign-in attempt can ask of the hasher. */
  public static final int MAX_LENGTH = 256;

  static final String COMMON = "this password is among the most commonly used; choose another";

  private PasswordPolicy() {}

  /** What is wrong with {@code password} for {@code username}; empty when it is acceptable. */
  public static List<String> problems(String username, String password) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.isEmpty()) {
      problems.add("the password is empty");
      return problems;
    }
    // Surrounding whitespace adds no strength: twelve spaces are no password.
    String core = password.strip();
    int length = core.codePointCount(0, core.length());
    if (length < MIN_LENGTH) {
      problems.add(
          "the password must have at least "
              + MIN_LENGTH
              + " characters"
              + (core.length() < password.length()
                  ? ", not counting spaces at the start or end"
                  : ""));
    }
    if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
      problems.add("the password must have at most " + MAX_LENGTH + " characters");
    }
    if (username != null && core.equalsIgnoreCase(username.strip())) {
      problems.add("the password must not be the username");
    }
    if (CommonPasswords.contains(core)) {
      problems.add(COMMON);
    }
    return problems;
  }

  /** Throws a {@link StaffException} naming every problem, if there is one. */
  public static void check(String username, String password) {
    List<String> problems = problems(username, password);
    if (!problems.isEmpty()) {
      throw new StaffException("password refused: " + String.join("; ", problems));
    }
  }
}
