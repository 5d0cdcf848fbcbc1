package dev.rightful.store;

import java.util.List;

/**
 * How features store consumer personal information in Rightful's database: sealed (encrypted and
 * authenticated) for storage, and found by a keyed hash of the normalized value. Implementations
 * are thread-safe.
 */
public interface PiProtection {
  /** Encrypts {@code plaintext}, binding it to {@code context} (e.g. "rights_request.subject"). */
  String seal(String plaintext, String context);

  /** Decrypts a value sealed with the same context; fails if it was altered. */
  String open(String sealed, String context);

  /** A keyed hash of an email address, normalized, for look-ups without decrypting. */
  String emailKey(String email);

  /** A keyed hash of a phone number, normalized, for look-ups without decrypting. */
  String phoneKey(String phone);

  /**
   * The keyed hashes of an email address under every configured key, the current key's first: what
   * a look-up matches, so that hashes stored before a key rotation are still found.
   */
  List<String> emailLookupKeys(String email);

  /** As {@link #emailLookupKeys}, for a phone number. */
  List<String> phoneLookupKeys(String phone);

  /** A keyed hash of an opaque secret such as a status-page token. */
  String tokenKey(String token);

  /**
   * A keyed hash of {@code value} taken exactly as given, for short secrets (one-time codes) and
   * values that can be enumerated (network addresses), which a plain digest would not protect.
   */
  String secretKey(String value);

  /** As {@link #emailLookupKeys}, for a value as {@link #secretKey} takes it. */
  List<String> secretLookupKeys(String value);
}
