package dev.rightful.discovery.classify;

import java.util.regex.Pattern;

/** Whole-value shapes: does one sampled value, all of it, look like a kind of identifier. */
final class ValueRules {
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern PHONE_CHARS = Pattern.compile("\\+?[0-9(][0-9 ().-]{6,20}");
  private static final Pattern SSN_DASHED = Pattern.compile("\\d{3}-\\d{2}-\\d{4}");
  private static final Pattern CARD_CHARS = Pattern.compile("[0-9][0-9 -]{11,22}[0-9]");
  private static final Pattern MAC =
      Pattern.compile(
          "([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}\\.[0-9A-Fa-f]{4}");
  private static final Pattern UUID =
      Pattern.compile(
          "[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}");
  private static final Pattern HEX_DIGEST =
      Pattern.compile("[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128}");
  // bcrypt, argon2, scrypt, the sha-crypt and md5-crypt formats, Django's and Werkzeug's pbkdf2.
  private static final Pattern PASSWORD_HASH =
      Pattern.compile(
          "\\$2[abxy]?\\$\\d{2}\\$[./A-Za-z0-9]{53}"
              + "|\\$argon2(id|i|d)\\$.+"
              + "|\\$scrypt\\$.+|\\$7\\$.+"
              + "|\\$[156]\\$(rounds=\\d+\\$)?[./A-Za-z0-9]{1,16}\\$[./A-Za-z0-9]{22,86}"
              + "|pbkdf2_sha(1|256|512)\\$\\d+\\$.+|pbkdf2:sha(1|256|512):\\d+\\$.+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,3}(\\.\\d+)?");
  private static final Pattern LAT_LONG =
      Pattern.compile("\\(?([-+]?\\d{1,2}(\\.\\d+)?)\\s*,\\s*([-+]?\\d{1,3}(\\.\\d+)?)\\)?");
  static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})([ T]00:00(:00)?)?");

  private ValueRules() {}

  static boolean email(String v) {
    return v.length() <= 320 && v.indexOf('@') > 0 && EMAIL.matcher(v).matches();
  }

  /**
   * A telephone number: a North American number (NANP: area code and exchange each [2-9]XX, with an
   * optional +1 or 1) or an international E.164 number (+, 8 to 15 digits, no leading 0). A bare
   * string of digits counts only when {@code bareAllowed} (the column's name says phone).
   */
  static boolean phone(String v, boolean bareAllowed) {
    char first = v.charAt(0);
    boolean starts = first == '+' || first == '(' || (first >= '0' && first <= '9');
    if (!starts || v.length() > 22 || !PHONE_CHARS.matcher(v).matches()) {
      return false;
    }
    String digits = digits(v);
    boolean formatted = !digits.equals(v);
    if (!formatted && !bareAllowed) {
      return false;
    }
    if (v.startsWith("+")) {
      if (digits.startsWith("1")) {
        return digits.length() == 11 && nanp(digits.substring(1));
      }
      return digits.length() >= 8 && digits.length() <= 15 && digits.charAt(0) != '0';
    }
    if (digits.length() == 11 && digits.startsWith("1")) {
      return nanp(digits.substring(1));
    }
    return digits.length() == 10 && nanp(digits);
  }

  private static boolean nanp(String ten) {
    return ten.length() == 10
        && ten.charAt(0) >= '2'
        && ten.charAt(3) >= '2'
        // N11 codes (411, 911) are service codes, never area codes
        && !(ten.charAt(1) == '1' && ten.charAt(2) == '1');
  }

  /** An SSN written 123-45-6789, or nine bare digits when {@code bareAllowed}. */
  static boolean ssn(String v, boolean bareAllowed) {
    if (v.length() != 9 && v.length() != 11) {
      return false;
    }
    if (SSN_DASHED.matcher(v).matches()) {
      return Checksums.ssn(v.replace("-", ""));
    }
    return bareAllowed && v.length() == 9 && Checksums.ssn(v);
  }

  static boolean card(String v) {
    if (v.length() < 13 || v.length() > 23 || !Character.isDigit(v.charAt(0))) {
      return false;
    }
    if (!CARD_CHARS.matcher(v).matches()) {
      return false;
    }
    return Checksums.cardNumber(digits(v));
  }

  static boolean iban(String v) {
    return v.length() >= 15
        && v.length() <= 42
        && Character.isLetter(v.charAt(0))
        && Character.isLetter(v.charAt(1))
        && Character.isDigit(v.charAt(2))
        && Checksums.iban(v);
  }

  static boolean ipv4(String v) {
    if (v.length() < 7 || v.length() > 15 || !Character.isDigit(v.charAt(0))) {
      return false;
    }
    String[] parts = v.split("\\.", -1);
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
        return false;
      }
      if (Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  /** An IPv6 address in its text forms (RFC 4291 2.2), with :: and a trailing IPv4 allowed. */
  static boolean ipv6(String v) {
    if (v.length() < 2 || v.length() > 45 || !v.contains(":")) {
      return false;
    }
    String text = v;
    int groups = 0;
    int lastColon = text.lastIndexOf(':');
    String tail = text.substring(lastColon + 1);
    if (tail.contains(".")) {
      if (!ipv4(tail)) {
        return false;
      }
      // the dotted quad stands for the last two groups
      text = text.substring(0, lastColon + 1) + "0:0";
    }
    int doubles = text.split("::", -1).length - 1;
    if (doubles > 1) {
      return false;
    }
    for (String half : text.split("::", -1)) {
      if (half.isEmpty()) {
        continue;
      }
      for (String g : half.split(":", -1)) {
        if (g.isEmpty() || g.length() > 4 || !g.matches("[0-9A-Fa-f]+")) {
          return false;
        }
        groups++;
      }
    }
    return doubles == 1 ? groups < 8 : groups == 8;
  }

  static boolean mac(String v) {
    return (v.length() == 17 || v.length() == 14) && MAC.matcher(v).matches();
  }

  static boolean uuid(String v) {
    return v.length() == 36 && UUID.matcher(v).matches();
  }

  static boolean hexDigest(String v) {
    int n = v.length();
    return (n == 32 || n == 40 || n == 64 || n == 128) && HEX_DIGEST.matcher(v).matches();
  }

  static boolean passwordHash(String v) {
    return (v.charAt(0) == '$' || v.startsWith("pbkdf2")) && PASSWORD_HASH.matcher(v).matches();
  }

  /** A number that could be a coordinate (up to three integer digits), else null. */
  static String coordinate(String v) {
    return v.length() <= 24 && DECIMAL.matcher(v).matches() ? v : null;
  }

  /** "lat,long" written in one value, or null: the two numbers. */
  static String[] latLong(String v) {
    if (v.indexOf(',') < 0 || v.length() > 60) {
      return null;
    }
    var m = LAT_LONG.matcher(v);
    if (!m.matches()) {
      return null;
    }
    return new String[] {m.group(1), m.group(3)};
  }

  /** Decimal places written, trailing zeros dropped: 37.7700 has 2. */
  static int decimals(String number) {
    int dot = number.indexOf('.');
    if (dot < 0) {
      return 0;
    }
    String fraction = number.substring(dot + 1).replaceAll("0+$", "");
    return fraction.length();
  }

  /** The digits of a value, in order. */
  static String digits(String v) {
    StringBuilder digits = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }
}
