package dev.rightful.input;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for an email address Rightful accepts from anyone (consumers, agents, staff, other
 * systems) and sends mail to: {@code local@domain}, where the local part is an RFC 5322 dot-atom of
 * at most 64 ASCII characters and the domain is at least two DNS labels with an alphabetic (or
 * {@code xn--}) top-level label. Quoted local parts, address literals ({@code [192.0.2.1]}),
 * comments and display names are refused: they are legal in mail headers but no consumer types
 * them, and each is a way to smuggle a second recipient or markup past a looser check. Intake and
 * the mail layer share this rule, so an address that was accepted can always be sent to. Pure (JDK
 * only); thread-safe.
 */
public final class EmailAddress {
  /** RFC 5321 4.5.3.1.3: a path holds at most 256 octets, 254 of them the address. */
  public static final int MAX_LENGTH = 254;

  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 253;
  // RFC 5322 3.2.3 atext, joined by single dots (dot-atom).
  private static final String ATEXT = "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+";
  private static final Pattern LOCAL = Pattern.compile(ATEXT + "(?:\\." + ATEXT + ")*");
  private static final Pattern LABEL =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?");
  private static final Pattern TOP_LABEL = Pattern.compile("[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59}");

  private EmailAddress() {}

  /** Whether {@code address} (already stripped of surrounding spaces) is one we accept. */
  public static boolean isValid(String address) {
    return problem(address).isEmpty();
  }

  /**
   * Why {@code address} is refused, in words a consumer can act on (to follow a field name, such as
   * "is not an email address: …"); empty when it is accepted. Never repeats the address.
   */
  public static Optional<String> problem(String address) {
    if (address == null || address.isEmpty()) {
      return Optional.of("is not an email address");
    }
    if (address.length() > MAX_LENGTH) {
      return Optional.of("is longer than " + MAX_LENGTH + " characters");
    }
    int at = address.indexOf('@');
    if (at < 0 || address.indexOf('@', at + 1) >= 0) {
      return Optional.of("is not an email address: it needs exactly one @");
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    if (local.isEmpty() || local.length() > MAX_LOCAL || !LOCAL.matcher(local).matches()) {
      return Optional.of(
          "is not an email address: before the @ use at most "
              + MAX_LOCAL
              + " letters a-z, digits and . _ + - (no spaces, commas, semicolons or brackets)");
    }
    if (!validDomain(domain)) {
      return Optional.of("is not an email address: after the @ give a domain such as example.com");
    }
    return Optional.empty();
  }

  private static boolean validDomain(String domain) {
    if (domain.isEmpty() || domain.length() > MAX_DOMAIN) {
      return false;
    }
    String[] labels = domain.split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        return false;
      }
    }
    return TOP_LABEL.matcher(labels[labels.length - 1]).matches();
  }
}
