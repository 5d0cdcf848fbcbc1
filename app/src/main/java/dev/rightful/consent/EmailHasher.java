package dev.rightful.consent;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a normalized email address into the keyed hash the ledger stores in its place: email
 * addresses are personal information and never reach the database. Implementations are thread-safe.
 */
@FunctionalInterface
public interface EmailHasher {
  /** The hash of {@code normalizedEmail} (already trimmed and lower-cased), as lower-case hex. */
  String hash(String normalizedEmail);

  /** HMAC-SHA256 under {@code key} (at least 32 bytes); the key management lives elsewhere. */
  static EmailHasher hmacSha256(byte[] key) {
    if (key == null || key.length < 32) {
      throw new IllegalArgumentException("the email hashing key needs at least 32 bytes");
    }
    SecretKeySpec spec = new SecretKeySpec(key.clone(), "HmacSHA256");
    return email -> HexFormat.of().formatHex(hmac(spec, email.getBytes(StandardCharsets.UTF_8)));
  }

  /** One HMAC-SHA256; a fresh {@link Mac} per call, so it is safe from any thread. */
  static byte[] hmac(SecretKeySpec key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(data);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is unavailable", e);
    }
  }
}
