package dev.rightful.discovery.classify;

import java.math.BigInteger;

/** The check digits and format rules that tell a real identifier from a number of its shape. */
final class Checksums {
  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private Checksums() {}

  /** The Luhn (mod 10) check every payment card number carries in its last digit. */
  static boolean luhn(String digits) {
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /**
   * A payment card number: 13 to 19 digits, an issuer prefix the card networks use (Visa 4,
   * Mastercard 51-55 and 2221-2720, American Express 34 and 37, Discover 6011 and 65, JCB 35,
   * Diners 30, 36 and 38, UnionPay 62) and a valid Luhn digit.
   */
  static boolean cardNumber(String digits) {
    int n = digits.length();
    if (n < 13 || n > 19 || !digits.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int two = Integer.parseInt(digits.substring(0, 2));
    int four = Integer.parseInt(digits.substring(0, 4));
    boolean issuer =
        digits.charAt(0) == '4'
            || (two >= 51 && two <= 55)
            || (four >= 2221 && four <= 2720)
            || two == 34
            || two == 37
            || four == 6011
            || two == 65
            || two == 35
            || two == 30
            || two == 36
            || two == 38
            || two == 62;
    return issuer && luhn(digits);
  }

  /**
   * A Social Security number as the SSA issues them: area not 000, 666 or 900-999, group not 00,
   * serial not 0000 (SSA, "Social Security Number Randomization", 2011).
   */
  static boolean ssn(String digits) {
    if (digits.length() != 9 || !digits.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int area = Integer.parseInt(digits.substring(0, 3));
    int group = Integer.parseInt(digits.substring(3, 5));
    int serial = Integer.parseInt(digits.substring(5));
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
  }

  /** An IBAN (ISO 13616): country, two check digits, the account; mod 97 of the rearranged is 1. */
  static boolean iban(String text) {
    String s = text.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    if (!s.matches("[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")) {
      return false;
    }
    String moved = s.substring(4) + s.substring(0, 4);
    StringBuilder numeric = new StringBuilder();
    for (char c : moved.toCharArray()) {
      numeric.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
    }
    return new BigInteger(numeric.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }
}
