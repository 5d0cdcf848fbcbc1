package dev.rightful.mail;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A {@link Sealer} for tests. It is NOT encryption: it only Base64-encodes the context and the
 * plaintext together, so tests can check that the outbox never stores plaintext columns and that a
 * value opens only in the context it was sealed for. Thread-safe.
 */
public final class ReversibleTestSealer implements Sealer {
  private static final String PREFIX = "test-sealed:";

  @Override
  public String seal(String plaintext, String context) {
    String joined = context + "\n" + plaintext;
    return PREFIX + Base64.getEncoder().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String open(String sealed, String context) {
    if (!sealed.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not sealed by this sealer");
    }
    String joined =
        new String(
            Base64.getDecoder().decode(sealed.substring(PREFIX.length())), StandardCharsets.UTF_8);
    int split = joined.indexOf('\n');
    if (!joined.substring(0, split).equals(context)) {
      throw new IllegalArgumentException("sealed for another context");
    }
    return joined.substring(split + 1);
  }
}
