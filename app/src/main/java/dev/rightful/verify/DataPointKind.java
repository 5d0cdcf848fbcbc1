package dev.rightful.verify;

import dev.rightful.crypto.KeyedHash;
import dev.rightful.datamap.Field;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of data point a requester gives and the business holds, each with the normal form in which
 * the two are compared: an email address, a phone number, a name, a postal address, an account name
 * or number. Immutable.
 */
public enum DataPointKind {
  /** Compared as {@link KeyedHash} normalizes it: trimmed, NFC, lower-case. */
  EMAIL("email"),
  /** Compared by digits with the country code, as {@link KeyedHash} normalizes it. */
  PHONE("phone"),
  /** Case-folded, accents kept, punctuation dropped, whitespace collapsed. */
  NAME("name"),
  /**
   * Case-folded, punctuation dropped, whitespace collapsed; the whole address or its street line
   * (up to the first comma) matches, so "742 Valencia St Apt 3, San Francisco, CA 94110" matches a
   * column holding "742 Valencia St Apt 3".
   */
  POSTAL_ADDRESS("postal-address"),
  /** An account name or number: trimmed and case-folded. */
  ACCOUNT("account");

  private static final Pattern NAME_PUNCTUATION = Pattern.compile("[.,'’`\"]");
  private static final Pattern NAME_SEPARATORS = Pattern.compile("[-‐_]");
  private static final Pattern ADDRESS_PUNCTUATION = Pattern.compile("[.,;:#'’\"]");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern IP = Pattern.compile("(^|_)ip(_|$)");

  private final String id;

  DataPointKind(String id) {
    this.id = id;
  }

  /** The word for this kind in the API and the audit log. */
  public String id() {
    return id;
  }

  /**
   * What a data-map column holds, for comparing it with a request: its {@code identity} when it has
   * one, else read from its name (see docs/verification.md); empty for a column whose name says
   * none of these (a ZIP code, a card's last digits), which a request carries no value for.
   */
  public static Optional<DataPointKind> of(Field field) {
    if (field.identity() != null) {
      return switch (field.identity()) {
        case "email" -> Optional.of(EMAIL);
        case "phone" -> Optional.of(PHONE);
        case "customer-id" -> Optional.of(ACCOUNT);
        default -> Optional.empty();
      };
    }
    String name = field.name().toLowerCase(Locale.ROOT);
    if (name.contains("email") || name.contains("e_mail")) {
      return Optional.of(EMAIL);
    }
    if (name.contains("phone") || name.contains("mobile")) {
      return Optional.of(PHONE);
    }
    if (name.contains("address") && !IP.matcher(name).find()) {
      return Optional.of(POSTAL_ADDRESS);
    }
    if (name.contains("account") || name.contains("username") || name.contains("login")) {
      return Optional.of(ACCOUNT);
    }
    if (name.contains("name")) {
      return Optional.of(NAME);
    }
    return Optional.empty();
  }

  /** Whether the requester's {@code given} value and the business's {@code held} value match. */
  public boolean matches(String given, String held) {
    if (given == null || held == null) {
      return false;
    }
    String a = normalize(given);
    String b = normalize(held);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    if (this == POSTAL_ADDRESS) {
      String streetA = normalize(streetLine(given));
      String streetB = normalize(streetLine(held));
      // A street line without a number ("San Francisco") says too little to count.
      return streetA.equals(streetB) && streetA.chars().anyMatch(Character::isDigit);
    }
    return false;
  }

  /** The form compared; empty when nothing comparable is left. */
  String normalize(String value) {
    return switch (this) {
      case EMAIL -> blankSafe(() -> KeyedHash.normalize(KeyedHash.Kind.EMAIL, value));
      case PHONE -> blankSafe(() -> KeyedHash.normalize(KeyedHash.Kind.PHONE, value));
      case NAME ->
          collapse(
              NAME_SEPARATORS
                  .matcher(NAME_PUNCTUATION.matcher(fold(value)).replaceAll(""))
                  .replaceAll(" "));
      case POSTAL_ADDRESS -> collapse(ADDRESS_PUNCTUATION.matcher(fold(value)).replaceAll(" "));
      case ACCOUNT -> collapse(fold(value));
    };
  }

  private static String streetLine(String address) {
    int end = address.length();
    for (char stop : new char[] {',', '\n'}) {
      int at = address.indexOf(stop);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return address.substring(0, end);
  }

  private static String fold(String value) {
    return Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
  }

  private static String collapse(String value) {
    return SPACES.matcher(value).replaceAll(" ").strip();
  }

  private static String blankSafe(java.util.function.Supplier<String> normalized) {
    try {
      return normalized.get();
    } catch (IllegalArgumentException e) {
      return ""; // nothing left to compare, e.g. a phone number without digits
    }
  }
}
