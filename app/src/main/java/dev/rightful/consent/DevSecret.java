package dev.rightful.consent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The consent secret of {@code start-dev}: 32 random bytes kept as hex in {@code
 * <data-dir>/consent-secret}, made on first start, so device tokens and email hashes survive a
 * restart. {@code start} takes the secret from the {@code consent-secret} option instead.
 */
public final class DevSecret {
  private static final String FILE = "consent-secret";

  private DevSecret() {}

  /** The secret in {@code dataDir}, creating it (readable by the owner only) if missing. */
  public static String consentSecret(Path dataDir) {
    Path file = dataDir.resolve(FILE);
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file, StandardCharsets.UTF_8).strip();
      }
      Files.createDirectories(dataDir);
      byte[] bytes = new byte[32];
      new SecureRandom().nextBytes(bytes);
      String hex = HexFormat.of().formatHex(bytes);
      Files.writeString(file, hex + "\n", StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the directory's own permissions apply
      }
      return hex;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create " + file, e);
    }
  }

  /**
   * The bytes of a configured secret: hex of at least 32 bytes is decoded, any other text of at
   * least 32 bytes is used as UTF-8.
   */
  public static byte[] bytes(String secret) {
    String text = secret == null ? "" : secret.strip();
    if (text.length() >= 64 && text.matches("[0-9a-fA-F]+") && text.length() % 2 == 0) {
      return HexFormat.of().parseHex(text);
    }
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    if (raw.length < 32) {
      throw new IllegalArgumentException(
          "consent-secret needs at least 32 bytes, for example 64 hex characters");
    }
    return raw;
  }
}
