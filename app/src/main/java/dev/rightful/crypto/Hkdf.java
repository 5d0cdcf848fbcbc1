package dev.rightful.crypto;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HKDF with HMAC-SHA256 (RFC 5869): derives independent keys from one master key. Java 17 has no
 * HKDF API, so this composes the JDK's HMAC as the RFC specifies; the RFC's test vectors check it.
 * Thread-safe (stateless).
 */
final class Hkdf {
  private static final int HASH_LENGTH = 32;

  private Hkdf() {}

  static byte[] derive(byte[] inputKey, byte[] salt, byte[] info, int length) {
    if (length <= 0 || length > 255 * HASH_LENGTH) {
      throw new IllegalArgumentException("HKDF output length out of range: " + length);
    }
    // Extract: PRK = HMAC(salt, IKM); an absent salt is HashLen zero bytes (RFC 5869 §2.2).
    byte[] prk = hmac(salt == null || salt.length == 0 ? new byte[HASH_LENGTH] : salt, inputKey);
    // Expand: T(i) = HMAC(PRK, T(i-1) | info | i), output is the first `length` bytes (§2.3).
    ByteArrayOutputStream okm = new ByteArrayOutputStream();
    byte[] previous = new byte[0];
    for (int i = 1; okm.size() < length; i++) {
      byte[] block = new byte[previous.length + info.length + 1];
      System.arraycopy(previous, 0, block, 0, previous.length);
      System.arraycopy(info, 0, block, previous.length, info.length);
      block[block.length - 1] = (byte) i;
      previous = hmac(prk, block);
      okm.writeBytes(previous);
    }
    Arrays.fill(prk, (byte) 0);
    return Arrays.copyOf(okm.toByteArray(), length);
  }

  static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }
}
