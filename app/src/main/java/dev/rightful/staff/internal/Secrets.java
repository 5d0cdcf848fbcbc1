package dev.rightful.staff.internal;

import dev.rightful.crypto.Digests;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** Random secrets, their SHA-256 digests and constant-time comparison. Thread-safe. */
public final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** 256 random bits as 43 URL-safe base64 characters. */
  public static String random256() {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(32));
  }

  public static byte[] randomBytes(int count) {
    byte[] bytes = new byte[count];
    RANDOM.nextBytes(bytes);
    return bytes;
  }

  /** The SHA-256 of the UTF-8 text, as 64 lower-case hex digits. */
  public static String sha256(String text) {
    return Digests.sha256Hex(text);
  }

  /**
   * Whether the two are equal, in time that does not depend on where they differ, so an attacker
   * cannot learn a secret a character at a time. Null is equal to nothing.
   */
  public static boolean constantTimeEquals(String expected, String given) {
    if (expected == null || given == null) {
      return false;
    }
    return MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
