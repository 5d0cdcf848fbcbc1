package dev.rightful.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Plain (unkeyed) SHA-256 digests, for values that are random secrets already (tokens, session ids)
 * or not personal information at all (published notices). For personal information use {@link
 * KeyedHash}. Thread-safe.
 */
public final class Digests {
  private Digests() {}

  /** The SHA-256 of {@code text}'s UTF-8 bytes, as 64 lower-case hex digits. */
  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256(text));
  }

  /** The SHA-256 of {@code text}'s UTF-8 bytes. */
  public static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JRE", e);
    }
  }
}
