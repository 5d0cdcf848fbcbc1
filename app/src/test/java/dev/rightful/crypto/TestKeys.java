package dev.rightful.crypto;

import java.util.Base64;

/** Fixed key material for tests: never used outside them. */
final class TestKeys {
  static final String A = key(0x11);
  static final String B = key(0x22);

  private TestKeys() {}

  static String key(int fill) {
    byte[] bytes = new byte[32];
    java.util.Arrays.fill(bytes, (byte) fill);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
