package dev.rightful.testing;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.EmptyWebhookSecretException;
import com.standardwebhooks.exceptions.WebhookSigningException;
import dev.rightful.crypto.WebhookSignature;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Standard Webhooks for tests: secrets in the {@code whsec_} form, callbacks signed as a vendor
 * signs them, and the check a vendor makes of what Rightful sends, done by the Standard Webhooks
 * reference library ({@code com.standardwebhooks:standardwebhooks}), not by Rightful's own code.
 */
public final class Webhooks {
  private Webhooks() {}

  /** A {@code whsec_} secret of 32 bytes derived from {@code seed}: the same seed, the same one. */
  public static String secret(String seed) {
    try {
      byte[] key =
          MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
      return WebhookSignature.SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code body} signed under {@code secret} at {@code at}, as a vendor's callback is. */
  public static WebhookSignature.Signed sign(String secret, byte[] body, Instant at) {
    return WebhookSignature.sign(
        WebhookSignature.key(secret).orElseThrow(), "msg_callback", body, at);
  }

  /** The headers of {@code signed}, to send with an HTTP request. */
  public static Map<String, String> headers(WebhookSignature.Signed signed) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(WebhookSignature.ID, signed.id());
    headers.put(WebhookSignature.TIMESTAMP, signed.timestamp());
    headers.put(WebhookSignature.SIGNATURE, signed.signature());
    return headers;
  }

  /**
   * Whether a message Rightful sent (its headers read by {@code header}) is signed under {@code
   * secret} and was signed within five minutes of {@code now}, by the reference library's own
   * signature of the message. Tests on a fixed clock use this; the reference library's {@code
   * verify} reads the system clock, which {@code WebhookVerificationTest} runs on.
   */
  public static boolean valid(
      String secret, byte[] body, Function<String, String> header, Instant now) {
    String id = header.apply("webhook-id");
    String timestamp = header.apply("webhook-timestamp");
    String signature = header.apply("webhook-signature");
    if (id == null || timestamp == null || signature == null) {
      return false;
    }
    long seconds = Long.parseLong(timestamp);
    if (Math.abs(seconds - now.getEpochSecond()) > 300) {
      return false;
    }
    try {
      String expected =
          new Webhook(secret).sign(id, seconds, new String(body, StandardCharsets.UTF_8));
      return signature.equals(expected);
    } catch (WebhookSigningException | EmptyWebhookSecretException e) {
      throw new IllegalStateException(e);
    }
  }
}
