package dev.rightful.crypto;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts one database value at a time with AES-256-GCM, for personal information at rest.
 * Thread-safe.
 *
 * <p>Each value gets a fresh random 96-bit nonce, so equal plaintexts encrypt differently (use
 * {@link KeyedHash} to look values up). The output is base64 of {@code [format 1][key id][nonce
 * 12][ciphertext + 16-byte tag]}: it names the key that made it, so {@link #decrypt} works with any
 * key in {@link Keys} while {@link #encrypt} always uses the current one.
 *
 * <p>The {@code context} binds a ciphertext to where it belongs, e.g. {@code
 * "consumer.email:7f3c…"} (table, column and row id). It is authenticated, not stored: a ciphertext
 * copied to another column or row fails to decrypt there. The format byte and key id are
 * authenticated too.
 */
public final class FieldCipher {
  /*
   * Random 96-bit nonces are safe for up to 2^32 encryptions under one key (NIST SP 800-38D §8.3);
   * rotate the key well before that many values have been written with it. A Cipher instance is
   * not thread-safe, so each call makes its own; they are cheap next to a database round trip.
   */
  private static final byte FORMAT = 1;
  private static final int HEADER = 2;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final Keys keys;
  private final SecureRandom random;

  public FieldCipher(Keys keys) {
    this(keys, new SecureRandom());
  }

  FieldCipher(Keys keys, SecureRandom random) {
    this.keys = keys;
    this.random = random;
  }

  /** Encrypts {@code plaintext} with the current key, bound to {@code context}. */
  public String encrypt(String plaintext, String context) {
    requireContext(context);
    int keyId = keys.currentId();
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    byte[] header = {FORMAT, (byte) keyId};
    byte[] sealed =
        run(Cipher.ENCRYPT_MODE, keys.cipherKey(keyId), nonce, header, context, utf8(plaintext));
    return Base64.getEncoder()
        .encodeToString(
            ByteBuffer.allocate(HEADER + NONCE_BYTES + sealed.length)
                .put(header)
                .put(nonce)
                .put(sealed)
                .array());
  }

  /**
   * Decrypts a value made by {@link #encrypt} with the same {@code context}.
   *
   * @throws DecryptionException if it was altered, belongs to another context, was made with a key
   *     not in {@link Keys}, or is not a Rightful ciphertext
   */
  public String decrypt(String ciphertext, String context) {
    requireContext(context);
    byte[] bytes = decode(ciphertext);
    int keyId = Byte.toUnsignedInt(bytes[1]);
    SecretKey key = keys.cipherKey(keyId);
    if (key == null) {
      throw new DecryptionException("encrypted with key id " + keyId + ", which is not configured");
    }
    byte[] nonce = Arrays.copyOfRange(bytes, HEADER, HEADER + NONCE_BYTES);
    byte[] sealed = Arrays.copyOfRange(bytes, HEADER + NONCE_BYTES, bytes.length);
    byte[] plain =
        run(Cipher.DECRYPT_MODE, key, nonce, new byte[] {bytes[0], bytes[1]}, context, sealed);
    return new String(plain, StandardCharsets.UTF_8);
  }

  /** Whether a ciphertext was made with the current key; re-encrypt those that were not. */
  public boolean isCurrent(String ciphertext) {
    return Byte.toUnsignedInt(decode(ciphertext)[1]) == keys.currentId();
  }

  private static byte[] utf8(String text) {
    try {
      ByteBuffer encoded =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .encode(CharBuffer.wrap(text));
      byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      // getBytes() would silently turn a lone surrogate into '?': refuse rather than corrupt.
      throw new IllegalArgumentException("plaintext is not well-formed UTF-16 (a lone surrogate)");
    }
  }

  private static byte[] decode(String ciphertext) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(ciphertext);
    } catch (IllegalArgumentException e) {
      throw new DecryptionException("not a Rightful ciphertext: not base64");
    }
    if (bytes.length < HEADER + NONCE_BYTES + TAG_BITS / 8 || bytes[0] != FORMAT) {
      throw new DecryptionException("not a Rightful ciphertext: unknown format or too short");
    }
    return bytes;
  }

  // One cipher object per thread, initialized afresh for each field (a new nonce every time):
  // looking the algorithm up among the providers cost as much as the encryption itself.
  private static final ThreadLocal<Cipher> AES_GCM =
      ThreadLocal.withInitial(
          () -> {
            try {
              return Cipher.getInstance("AES/GCM/NoPadding");
            } catch (GeneralSecurityException e) {
              throw new IllegalStateException("AES-GCM is part of every JRE", e);
            }
          });

  private static byte[] run(
      int mode, SecretKey key, byte[] nonce, byte[] header, String context, byte[] input) {
    try {
      Cipher cipher = AES_GCM.get();
      cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(header);
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return cipher.doFinal(input);
    } catch (AEADBadTagException e) {
      throw new DecryptionException(
          "ciphertext does not authenticate: altered, or bound to another context", e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every JRE", e);
    }
  }

  private static void requireContext(String context) {
    if (context == null || context.isEmpty()) {
      throw new IllegalArgumentException("a ciphertext needs a context (table.column:row id)");
    }
  }
}
