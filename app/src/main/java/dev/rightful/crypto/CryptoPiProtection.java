package dev.rightful.crypto;

import dev.rightful.mail.Sealer;
import dev.rightful.store.PiProtection;
import java.util.List;

/**
 * {@link PiProtection} with AES-256-GCM ({@link FieldCipher}) and HMAC-SHA256 keyed hashes ({@link
 * KeyedHash}) from the configured keys. Status tokens are 256-bit random secrets, so a plain
 * SHA-256 suffices to store them. Thread-safe.
 */
public final class CryptoPiProtection implements PiProtection, Sealer {
  private final FieldCipher cipher;
  private final KeyedHash hash;

  public CryptoPiProtection(Keys keys) {
    this.cipher = new FieldCipher(keys);
    this.hash = new KeyedHash(keys);
  }

  @Override
  public String seal(String plaintext, String context) {
    return cipher.encrypt(plaintext, context);
  }

  @Override
  public String open(String sealed, String context) {
    return cipher.decrypt(sealed, context);
  }

  @Override
  public String emailKey(String email) {
    return hash.hash(KeyedHash.Kind.EMAIL, email);
  }

  @Override
  public String phoneKey(String phone) {
    return hash.hash(KeyedHash.Kind.PHONE, phone);
  }

  @Override
  public List<String> emailLookupKeys(String email) {
    return hash.lookupHashes(KeyedHash.Kind.EMAIL, email);
  }

  @Override
  public List<String> phoneLookupKeys(String phone) {
    return hash.lookupHashes(KeyedHash.Kind.PHONE, phone);
  }

  @Override
  public String secretKey(String value) {
    return hash.hash(KeyedHash.Kind.SECRET, value);
  }

  @Override
  public List<String> secretLookupKeys(String value) {
    return hash.lookupHashes(KeyedHash.Kind.SECRET, value);
  }

  @Override
  public String tokenKey(String token) {
    return Digests.sha256Hex(token);
  }
}
