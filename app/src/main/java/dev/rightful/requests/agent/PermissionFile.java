package dev.rightful.requests.agent;

import java.util.Arrays;
import java.util.Optional;

/**
 * A signed permission an authorized agent uploads (7063(a)(1)): a PDF, PNG or JPEG of at most
 * {@link #MAX_BYTES}, its type read from its first bytes, never from the name or the type the
 * browser claims. Immutable.
 */
public record PermissionFile(byte[] content, String mediaType) {
  /** The largest file kept: a scan or a phone photo of a signed letter fits. */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  public PermissionFile {
    content = content.clone();
  }

  @Override
  public byte[] content() {
    return content.clone();
  }

  /**
   * The file, if it is one of the accepted types and not too large; empty when it is not, with the
   * reason given by {@link #problem}.
   */
  public static Optional<PermissionFile> of(byte[] content) {
    return problem(content) == null
        ? Optional.of(new PermissionFile(content, detect(content)))
        : Optional.empty();
  }

  /** What is wrong with the file in a sentence for the consumer, or null if nothing is. */
  public static String problem(byte[] content) {
    if (content.length == 0) {
      return "The file is empty.";
    }
    if (content.length > MAX_BYTES) {
      return "The file is larger than 2 MB. Send a smaller scan or photo.";
    }
    if (detect(content) == null) {
      return "Send the signed permission as a PDF, PNG or JPEG file.";
    }
    return null;
  }

  static String detect(byte[] content) {
    if (startsWith(content, PDF)) {
      return "application/pdf";
    }
    if (startsWith(content, PNG)) {
      return "image/png";
    }
    if (startsWith(content, JPEG)) {
      return "image/jpeg";
    }
    return null;
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length
        && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PermissionFile file
        && Arrays.equals(content, file.content)
        && mediaType.equals(file.mediaType);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(content) + mediaType.hashCode();
  }

  @Override
  public String toString() {
    // The content is personal information: keep it out of logs.
    return "PermissionFile[" + mediaType + ", " + content.length + " bytes]";
  }
}
