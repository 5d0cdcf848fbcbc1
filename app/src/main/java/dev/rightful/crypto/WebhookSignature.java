package dev.rightful.crypto;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one signature on everything Rightful posts to a vendor (recipient notices, vendor-system
 * requests, consent propagation) and on every vendor callback it accepts: the Standard Webhooks
 * scheme (standardwebhooks.com). Three headers: {@code webhook-id} (the message's id, the same on
 * every retry so a receiver can drop duplicates), {@code webhook-timestamp} (unix seconds) and
 * {@code webhook-signature: v1,<base64 HMAC-SHA256 of "<id>.<timestamp>.<exact body>">}, under the
 * key a secret {@code whsec_<base64>} encodes. The id and the time are signed with the body, so a
 * receiver refuses a replay outside {@link #TOLERANCE}; Rightful does for callbacks. Stateless and
 * thread-safe.
 *
 * <p>Written on the JDK's HMAC rather than the reference library, whose verification reads the
 * system clock (Rightful's runs on its injectable clock); the tests check every message Rightful
 * sends with the reference library.
 */
public final class WebhookSignature {
  public static final String ID = "webhook-id";
  public static final String TIMESTAMP = "webhook-timestamp";
  public static final String SIGNATURE = "webhook-signature";

  /** What a secret starts with; base64 of the key bytes follows. */
  public static final String SECRET_PREFIX = "whsec_";

  /** How far a message's signed time may be from the receiver's clock, either way. */
  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  // The specification's range for a key: 24 to 64 bytes.
  private static final int MIN_KEY = 24;
  private static final int MAX_KEY = 64;
  private static final Pattern TIMESTAMP_VALUE = Pattern.compile("\\d{1,12}");
  private static final int MAX_ID = 255;

  private WebhookSignature() {}

  /** The three headers of one signed message. */
  public record Signed(String id, String timestamp, String signature) {
    /** The headers as a request carries them; a missing one is null. */
    public static Signed read(Function<String, String> header) {
      return new Signed(header.apply(ID), header.apply(TIMESTAMP), header.apply(SIGNATURE));
    }

    /** {@code request} with the three headers set. */
    public HttpRequest.Builder onto(HttpRequest.Builder request) {
      return request.header(ID, id).header(TIMESTAMP, timestamp).header(SIGNATURE, signature);
    }
  }

  /**
   * The key a secret {@code whsec_<base64>} encodes; empty when {@code secret} is not one (no
   * prefix, not base64, or a key outside 24 to 64 bytes).
   */
  public static Optional<byte[]> key(String secret) {
    if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
      return Optional.empty();
    }
    try {
      byte[] key = Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()).strip());
      return key.length < MIN_KEY || key.length > MAX_KEY ? Optional.empty() : Optional.of(key);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** What a secret must look like, for an error that names the variable holding a wrong one. */
  public static String secretFormat() {
    return SECRET_PREFIX
        + " followed by the base64 of 24 to 64 random bytes (e.g. echo whsec_$(openssl rand"
        + " -base64 32))";
  }

  /**
   * The headers for message {@code id} with {@code body}, signed at {@code at} under {@code key}.
   */
  public static Signed sign(byte[] key, String id, byte[] body, Instant at) {
    String timestamp = Long.toString(at.getEpochSecond());
    return new Signed(id, timestamp, "v1," + base64(mac(key, id, timestamp, body)));
  }

  /**
   * Whether {@code signed} signs {@code body} under {@code key} at a time within {@link #TOLERANCE}
   * of {@code now}. The signature header may list several space-separated signatures (a sender
   * rotating its secret): one matching {@code v1} is enough. Anything malformed is refused like a
   * wrong signature.
   */
  public static boolean verify(byte[] key, byte[] body, Signed signed, Instant now) {
    if (signed == null
        || signed.id() == null
        || signed.id().isBlank()
        || signed.id().length() > MAX_ID
        || signed.timestamp() == null
        || !TIMESTAMP_VALUE.matcher(signed.timestamp()).matches()
        || signed.signature() == null) {
      return false;
    }
    long seconds = Long.parseLong(signed.timestamp());
    if (Math.abs(seconds - now.getEpochSecond()) > TOLERANCE.toSeconds()) {
      return false;
    }
    byte[] expected =
        base64(mac(key, signed.id(), signed.timestamp(), body)).getBytes(StandardCharsets.US_ASCII);
    for (String one : signed.signature().strip().split(" +")) {
      if (one.startsWith("v1,")
          && MessageDigest.isEqual(
              expected, one.substring(3).getBytes(StandardCharsets.US_ASCII))) {
        return true;
      }
    }
    return false;
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }

  private static byte[] mac(byte[] key, String id, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }
}
