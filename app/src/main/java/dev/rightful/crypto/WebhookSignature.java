package dev.rightful.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one signature on everything Rightful posts to a vendor (recipient notices, vendor-system
 * requests, consent propagation) and on every vendor callback it accepts: header {@code
 * Rightful-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>." followed by the exact body>}.
 * The time is signed with the body, so a receiver refuses a replay outside {@link #TOLERANCE};
 * Rightful does for callbacks. Stateless and thread-safe.
 */
public final class WebhookSignature {
  public static final String HEADER = "Rightful-Signature";

  /** How far a callback's signed time may be from the receiver's clock, either way. */
  public static final Duration TOLERANCE = Duration.ofMinutes(5);

  private static final Pattern VALUE = Pattern.compile("t=(\\d{1,12}),v1=([0-9a-f]{64})");

  private WebhookSignature() {}

  /** The header value for {@code body} signed at {@code at} under {@code secret}. */
  public static String sign(String secret, byte[] body, Instant at) {
    return sign(secret.getBytes(StandardCharsets.UTF_8), body, at);
  }

  /** The header value for {@code body} signed at {@code at} under the key bytes {@code key}. */
  public static String sign(byte[] key, byte[] body, Instant at) {
    long seconds = at.getEpochSecond();
    return "t=" + seconds + ",v1=" + HexFormat.of().formatHex(mac(key, seconds, body));
  }

  /**
   * Whether {@code header} signs {@code body} under {@code secret} at a time within {@link
   * #TOLERANCE} of {@code now}. A malformed header is refused like a wrong one.
   */
  public static boolean verify(String secret, byte[] body, String header, Instant now) {
    return verify(secret.getBytes(StandardCharsets.UTF_8), body, header, now);
  }

  /** {@link #verify(String, byte[], String, Instant)} under the key bytes {@code key}. */
  public static boolean verify(byte[] key, byte[] body, String header, Instant now) {
    if (header == null) {
      return false;
    }
    Matcher value = VALUE.matcher(header.strip());
    if (!value.matches()) {
      return false;
    }
    long seconds = Long.parseLong(value.group(1));
    if (Math.abs(seconds - now.getEpochSecond()) > TOLERANCE.toSeconds()) {
      return false;
    }
    byte[] expected = mac(key, seconds, body);
    return MessageDigest.isEqual(expected, HexFormat.of().parseHex(value.group(2)));
  }

  private static byte[] mac(byte[] key, long seconds, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.update((seconds + ".").getBytes(StandardCharsets.US_ASCII));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }
}
