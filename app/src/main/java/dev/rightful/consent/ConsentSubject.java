package dev.rightful.consent;

import dev.rightful.input.EmailAddress;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whom a preference belongs to, as the API writes it: {@code device:ID} (the {@code
 * rightful_device} cookie), {@code account:ID} (the company's account id) or {@code email:ADDRESS}.
 * An email subject holds the address only until {@link #key} replaces it by its keyed hash.
 * Immutable.
 */
public record ConsentSubject(Kind kind, String value) {
  private static final Pattern DEVICE = Pattern.compile("[A-Za-z0-9_-]{8,64}");
  private static final Pattern ACCOUNT = Pattern.compile("[A-Za-z0-9._:@+-]{1,128}");

  /** The kinds of subject, each with its prefix. */
  public enum Kind {
    DEVICE("device"),
    ACCOUNT("account"),
    EMAIL("email");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }

    public String prefix() {
      return prefix;
    }
  }

  public static ConsentSubject device(String id) {
    return new ConsentSubject(Kind.DEVICE, id);
  }

  /** The ledger key of a device id. */
  public static String deviceKey(String id) {
    return Kind.DEVICE.prefix + ":" + id;
  }

  public static ConsentSubject account(String id) {
    return new ConsentSubject(Kind.ACCOUNT, id);
  }

  public static ConsentSubject email(String address) {
    return new ConsentSubject(Kind.EMAIL, address.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Parses {@code device:ID}, {@code account:ID} or {@code email:ADDRESS}; empty when malformed.
   */
  public static Optional<ConsentSubject> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    int colon = text.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String prefix = text.substring(0, colon);
    String value = text.substring(colon + 1);
    switch (prefix) {
      case "device":
        return DEVICE.matcher(value).matches() ? Optional.of(device(value)) : Optional.empty();
      case "account":
        return ACCOUNT.matcher(value).matches() ? Optional.of(account(value)) : Optional.empty();
      case "email":
        // The same rule as request intake: one address, written as mail can take it.
        return EmailAddress.isValid(value.strip()) ? Optional.of(email(value)) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  /** Whether {@code id} has the shape of a device id. */
  public static boolean isDeviceId(String id) {
    return id != null && DEVICE.matcher(id).matches();
  }

  /** The ledger key: the text form, with an email address replaced by its keyed hash. */
  public String key(EmailHasher hasher) {
    return kind == Kind.EMAIL ? kind.prefix + ":" + hasher.hash(value) : kind.prefix + ":" + value;
  }

  /** The text form as the API writes it; for an email subject it holds the address. */
  public String text() {
    return kind.prefix + ":" + value;
  }

  /** Safe to log: an email address is left out. */
  @Override
  public String toString() {
    return kind == Kind.EMAIL ? "email:(redacted)" : text();
  }
}
