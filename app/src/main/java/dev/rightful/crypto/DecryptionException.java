package dev.rightful.crypto;

/**
 * A ciphertext that cannot be decrypted: altered, bound to another column or row, made with a key
 * Rightful no longer has, or not a Rightful ciphertext at all. Its message never holds key material
 * or plaintext.
 */
public final class DecryptionException extends RuntimeException {
  DecryptionException(String message) {
    super(message);
  }

  DecryptionException(String message, Throwable cause) {
    super(message, cause);
  }
}
