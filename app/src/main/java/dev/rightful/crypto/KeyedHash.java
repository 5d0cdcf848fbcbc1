package dev.rightful.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;

/**
 * A keyed hash (HMAC-SHA256) of a normalized email address or phone number, stored beside the
 * encrypted value so a consumer can be found without decrypting every row. Thread-safe.
 *
 * <p>Output is {@code <key id>:<64 hex digits>}, e.g. {@code 1:9f86…}. Unlike a plain SHA-256, it
 * cannot be reversed by hashing every phone number without the key. After a key rotation, look up
 * with {@link #lookupHashes} (one hash per known key) until every stored hash has been recomputed
 * with the current key.
 */
public final class KeyedHash {

  /** What a value is, which decides its normalization. */
  public enum Kind {
    /** Trimmed, Unicode NFC, lower-cased; no provider rules (dots in Gmail addresses count). */
    EMAIL,
    /**
     * Digits only, with the country code: a leading {@code +} means the digits already start with
     * it; a leading {@code 00} (international prefix) is dropped; exactly ten digits are a North
     * American number and get country code 1; anything else is kept as its digits. So {@code (415)
     * 555-0100}, {@code 415.555.0100}, {@code +1 415 555 0100} and {@code 0014155550100} are all
     * {@code 14155550100}. Extensions are not recognized: their digits count.
     */
    PHONE,
    /**
     * Taken exactly as given: a short secret or a value that has no normal form of its own, such as
     * a one-time code bound to its request or a client's network address. A keyed hash, unlike a
     * plain or salted one, cannot be reversed by trying all million six-digit codes.
     */
    SECRET
  }

  private final Keys keys;
  // Per thread, one MAC per key, kept initialized: doFinal leaves it ready for the next value, and
  // finding the provider and setting the key again cost more than hashing an address.
  private final ThreadLocal<Map<Integer, Mac>> macs = ThreadLocal.withInitial(HashMap::new);

  public KeyedHash(Keys keys) {
    this.keys = keys;
  }

  /** The hash of {@code value} with the current key. */
  public String hash(Kind kind, String value) {
    return hash(keys.currentId(), kind, normalize(kind, value));
  }

  /** The hash of {@code value} with every known key, the current key's first. */
  public List<String> lookupHashes(Kind kind, String value) {
    String normalized = normalize(kind, value);
    return keys.ids().stream().map(id -> hash(id, kind, normalized)).toList();
  }

  /** The form that is hashed: equal for every way of writing the same address or number. */
  public static String normalize(Kind kind, String value) {
    String normalized =
        switch (kind) {
          case EMAIL ->
              Normalizer.normalize(value.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
          case PHONE -> phoneDigits(value);
          case SECRET -> value;
        };
    if (normalized.isEmpty()) {
      throw new IllegalArgumentException("nothing to hash: the " + kind + " value is empty");
    }
    return normalized;
  }

  private static String phoneDigits(String value) {
    String trimmed = value.strip();
    StringBuilder digits = new StringBuilder();
    trimmed.codePoints().filter(c -> c >= '0' && c <= '9').forEach(digits::appendCodePoint);
    if (trimmed.startsWith("+")) {
      return digits.toString();
    }
    if (digits.length() > 2 && digits.charAt(0) == '0' && digits.charAt(1) == '0') {
      return digits.substring(2);
    }
    if (digits.length() == 10) {
      return "1" + digits; // North American Numbering Plan: a California business's default
    }
    return digits.toString();
  }

  private Mac newMac(int keyId) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(keys.hashKey(keyId));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }

  private String hash(int keyId, Kind kind, String normalized) {
    Mac mac = macs.get().computeIfAbsent(keyId, this::newMac);
    // The kind is hashed too, so an email and a phone number never share a hash.
    mac.update(kind.name().getBytes(StandardCharsets.US_ASCII));
    mac.update((byte) 0);
    return keyId
        + ":"
        + HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)));
  }
}
