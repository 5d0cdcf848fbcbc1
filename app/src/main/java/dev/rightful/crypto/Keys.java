package dev.rightful.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rightful's encryption keys: one or more 32-byte master keys, each with an id, of which the first
 * is current. Each master key yields two derived keys, one for {@link FieldCipher} and one for
 * {@link KeyedHash}. Immutable and thread-safe; {@link #toString()} shows ids only.
 *
 * <p>Key material is written {@code base64} (one key, id 1) or {@code id:base64,id:base64,…} (ids
 * 1–255, the first encrypts, the others only decrypt). A key file holds the same, commas or line
 * breaks between entries, {@code #} starting a comment line.
 */
public final class Keys {
  /*
   * Derivation: HKDF-SHA256 (RFC 5869) of the master key, no salt, with a distinct info string per
   * use. The cipher key and the hashing key are thereby independent: learning one (say, from a
   * leaked table of keyed hashes brute-forced) says nothing about the other, and the master key is
   * never used directly. The info strings are part of the stored data's format: never change them.
   */
  private static final Logger log = LoggerFactory.getLogger(Keys.class);

  /** The file start-dev keeps its generated key in, under the data directory. */
  public static final String DEV_KEY_FILE = "encryption.key";

  private static final int KEY_BYTES = 32;
  private static final byte[] CIPHER_INFO =
      "rightful/field-cipher/aes-256-gcm/v1".getBytes(StandardCharsets.UTF_8);
  private static final byte[] HASH_INFO =
      "rightful/keyed-hash/hmac-sha256/v1".getBytes(StandardCharsets.UTF_8);

  private final int currentId;
  private final Map<Integer, SecretKey> cipherKeys;
  private final Map<Integer, SecretKey> hashKeys;

  private Keys(Map<Integer, byte[]> masters) {
    Map<Integer, SecretKey> cipher = new LinkedHashMap<>();
    Map<Integer, SecretKey> hash = new LinkedHashMap<>();
    masters.forEach(
        (id, master) -> {
          cipher.put(id, derive(master, CIPHER_INFO, "AES"));
          hash.put(id, derive(master, HASH_INFO, "HmacSHA256"));
          Arrays.fill(master, (byte) 0);
        });
    this.currentId = masters.keySet().iterator().next();
    this.cipherKeys = Collections.unmodifiableMap(cipher);
    this.hashKeys = Collections.unmodifiableMap(hash);
  }

  /**
   * Parses key material as given in {@code RIGHTFUL_ENCRYPTION_KEY}. Error messages name the entry
   * by position and never echo key material.
   */
  public static Keys parse(String text) {
    List<String> entries = new ArrayList<>();
    for (String line : text.split("\\R")) {
      if (line.strip().startsWith("#")) {
        continue;
      }
      for (String entry : line.split(",")) {
        if (!entry.isBlank()) {
          entries.add(entry.strip());
        }
      }
    }
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("no encryption key given");
    }
    Map<Integer, byte[]> masters = new LinkedHashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      String entry = entries.get(i);
      String where = "encryption key entry " + (i + 1);
      int colon = entry.indexOf(':');
      if (colon < 0 && entries.size() > 1) {
        throw new IllegalArgumentException(where + ": with several keys, write each as id:base64");
      }
      int id = colon < 0 ? 1 : keyId(where, entry.substring(0, colon));
      if (masters.containsKey(id)) {
        throw new IllegalArgumentException(where + ": key id " + id + " is used twice");
      }
      masters.put(id, keyBytes(where, entry.substring(colon + 1)));
    }
    return new Keys(masters);
  }

  /** Reads key material from a file (see the class comment for the format). */
  public static Keys fromFile(Path file) {
    try {
      warnIfOthersCanRead(file);
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read encryption key file " + file, e);
    }
  }

  /**
   * The keys from exactly one of key text (the {@code encryption-key} setting) or a key file (the
   * {@code encryption-key-file} setting); either may be null, not both.
   */
  public static Keys load(String text, Path file) {
    if (text != null && file != null) {
      throw new IllegalArgumentException("give the encryption key or a key file, not both");
    }
    if (text == null && file == null) {
      throw new IllegalArgumentException("no encryption key given");
    }
    return text != null ? parse(text) : fromFile(file);
  }

  /**
   * The start-dev keys: {@code dataDir/encryption.key}, generated with a fresh random key and
   * permissions 600 the first time, read as it is afterwards.
   */
  public static Keys devKeys(Path dataDir) {
    Path file = dataDir.resolve(DEV_KEY_FILE);
    if (!Files.exists(file)) {
      createDevKeyFile(file);
    }
    return fromFile(file);
  }

  /** The id of the key that encrypts and hashes. */
  public int currentId() {
    return currentId;
  }

  /** Every key id, the current one first. */
  public Set<Integer> ids() {
    return cipherKeys.keySet();
  }

  SecretKey cipherKey(int id) {
    return cipherKeys.get(id);
  }

  SecretKey hashKey(int id) {
    return hashKeys.get(id);
  }

  @Override
  public String toString() {
    return "Keys[current=" + currentId + ", ids=" + ids() + "]";
  }

  private static int keyId(String where, String text) {
    try {
      int id = Integer.parseInt(text.strip());
      if (id >= 1 && id <= 255) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(where + ": the key id must be a number from 1 to 255");
  }

  private static byte[] keyBytes(String where, String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(base64.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": not base64");
    }
    if (bytes.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          where + ": a key is 32 bytes (base64 of 32 random bytes), not " + bytes.length);
    }
    return bytes;
  }

  private static SecretKey derive(byte[] master, byte[] info, String algorithm) {
    byte[] derived = Hkdf.derive(master, null, info, KEY_BYTES);
    try {
      return new SecretKeySpec(derived, algorithm);
    } finally {
      Arrays.fill(derived, (byte) 0); // SecretKeySpec keeps its own copy
    }
  }

  private static void createDevKeyFile(Path file) {
    byte[] key = new byte[KEY_BYTES];
    new SecureRandom().nextBytes(key);
    String text =
        "# Rightful start-dev encryption key, generated on first start. Not for production:\n"
            + "# 'rightful start' takes --encryption-key or --encryption-key-file.\n"
            + "1:"
            + Base64.getEncoder().encodeToString(key)
            + "\n";
    Arrays.fill(key, (byte) 0);
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
      Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rw-------");
      // Created with 600 from the start, so the key is never readable by others, even briefly.
      if (posix) {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(ownerOnly));
        Files.setPosixFilePermissions(file, ownerOnly); // in case the umask changed anything
      } else {
        Files.createFile(file);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
      log.info("generated a development encryption key in {}", file);
    } catch (FileAlreadyExistsException e) {
      // Another start-dev created it first: use that one.
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the dev encryption key file " + file, e);
    }
  }

  private static void warnIfOthersCanRead(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      if (permissions.contains(PosixFilePermission.GROUP_READ)
          || permissions.contains(PosixFilePermission.OTHERS_READ)) {
        log.warn("encryption key file {} is readable by other users; chmod 600 it", file);
      }
    }
  }
}
