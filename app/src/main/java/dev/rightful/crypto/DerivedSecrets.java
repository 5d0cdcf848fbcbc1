package dev.rightful.crypto;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Per-install secrets for signing things that are not personal information (form tokens, links),
 * one per purpose, derived from the encryption keys. Immutable and thread-safe.
 *
 * <p>A secret is HKDF-SHA256 of a key's hashing key with the info string {@code
 * rightful/derived/<purpose>/v1}: independent of every other purpose's secret and of the keys that
 * encrypt and hash personal information, and the same on every node that shares the keys. Nothing
 * is stored. After a key rotation {@link #current} changes; {@link #all} still yields the secrets
 * of the older keys, so what was signed before the rotation checks until those keys are retired.
 */
public final class DerivedSecrets {
  private static final Pattern PURPOSE = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");
  private static final int SECRET_BYTES = 32;

  private final Keys keys;

  public DerivedSecrets(Keys keys) {
    this.keys = keys;
  }

  /** The secret for {@code purpose} (lower-case letters, digits, dashes) under the current key. */
  public byte[] current(String purpose) {
    return derive(keys.currentId(), purpose);
  }

  /** The secrets for {@code purpose} under every known key, the current key's first. */
  public List<byte[]> all(String purpose) {
    return keys.ids().stream().map(id -> derive(id, purpose)).toList();
  }

  private byte[] derive(int keyId, String purpose) {
    if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
      throw new IllegalArgumentException("a purpose is lower-case letters, digits and dashes");
    }
    // The info string is part of every signature made with the secret: never change it.
    byte[] info = ("rightful/derived/" + purpose + "/v1").getBytes(StandardCharsets.UTF_8);
    return Hkdf.derive(keys.hashKey(keyId).getEncoded(), null, info, SECRET_BYTES);
  }

  @Override
  public String toString() {
    return "DerivedSecrets[" + keys + "]";
  }
}
