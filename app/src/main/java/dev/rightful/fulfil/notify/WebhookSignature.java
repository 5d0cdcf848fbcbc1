package dev.rightful.fulfil.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature on a webhook notification and on a vendor's callback: header {@code
 * X-Rightful-Signature: sha256=<hex>}, the hex HMAC-SHA256 of the exact request body under the
 * vendor's secret. The receiver recomputes it and compares in constant time. Stateless and
 * thread-safe.
 */
public final class WebhookSignature {
  public static final String HEADER = "X-Rightful-Signature";

  private WebhookSignature() {}

  /** The header value for {@code body} under {@code secret}. */
  public static String sign(String secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }

  /** Whether {@code header} is the signature of {@code body} under {@code secret}. */
  public static boolean verify(String secret, byte[] body, String header) {
    if (header == null) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(secret, body).getBytes(StandardCharsets.UTF_8),
        header.strip().getBytes(StandardCharsets.UTF_8));
  }
}
