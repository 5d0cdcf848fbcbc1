package dev.rightful.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed confirmation that makes an opt-in from the cookie tool a separate second step
 * (7028(a)): an HMAC, keyed by a server secret, of the device, the purposes and an expiry ten
 * minutes away. (The opt-out forms' CSRF tokens are {@link dev.rightful.web.Csrf}'s.) Stateless and
 * thread-safe.
 */
final class OptInConfirmations {
  static final Duration CONFIRMATION_LIFETIME = Duration.ofMinutes(10);

  private final SecretKeySpec key;
  private final Clock clock;

  OptInConfirmations(byte[] secret, Clock clock) {
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    this.clock = clock;
  }

  String confirmation(String device, Set<ConsentPurpose> purposes) {
    long expires = clock.instant().plus(CONFIRMATION_LIFETIME).getEpochSecond();
    return expires + "." + mac("opt-in|" + device + "|" + ids(purposes) + "|" + expires);
  }

  boolean validConfirmation(String device, Set<ConsentPurpose> purposes, String token) {
    if (device == null || token == null) {
      return false;
    }
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return false;
    }
    long expires;
    try {
      expires = Long.parseLong(token.substring(0, dot));
    } catch (NumberFormatException e) {
      return false;
    }
    if (clock.instant().getEpochSecond() > expires) {
      return false;
    }
    String expected = mac("opt-in|" + device + "|" + ids(purposes) + "|" + expires);
    return equal(expected, token.substring(dot + 1));
  }

  private static String ids(Set<ConsentPurpose> purposes) {
    return purposes.stream().map(ConsentPurpose::id).sorted().collect(Collectors.joining(","));
  }

  private String mac(String text) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(EmailHasher.hmac(key, text.getBytes(StandardCharsets.UTF_8)));
  }

  private static boolean equal(String a, String b) {
    return MessageDigest.isEqual(
        a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }
}
