package dev.rightful.staff;

import dev.rightful.staff.internal.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The browser's side of a single sign-on in progress: a random secret in a cookie of its own, from
 * which the {@code state}, the {@code nonce} and the PKCE code verifier are derived. Immutable.
 *
 * @param secret 256 random bits, base64url, as the cookie carries them
 */
record OidcPreSession(String secret) {
  /*
   * Deriving the three values (HMAC-SHA256 of the secret) instead of storing them keeps any node
   * able to finish a sign-in another started, with no table: a callback counts only in the browser
   * that holds the cookie, since nobody else can compute its state, and an ID token counts only if
   * it carries that browser's nonce.
   */

  /** A new pre-session. */
  static OidcPreSession start() {
    return new OidcPreSession(Secrets.random256());
  }

  /** The pre-session in this cookie value, or null for none or a malformed one. */
  static OidcPreSession of(String cookie) {
    return cookie == null || !cookie.matches("[A-Za-z0-9_-]{43}")
        ? null
        : new OidcPreSession(cookie);
  }

  String state() {
    return derive("state");
  }

  String nonce() {
    return derive("nonce");
  }

  /** 43 base64url characters: the shortest verifier RFC 7636 allows, with 256 bits. */
  String codeVerifier() {
    return derive("pkce-code-verifier");
  }

  private String derive(String purpose) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
      byte[] out = mac.doFinal(purpose.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return "OidcPreSession[…]"; // keeps the secret out of logs
  }
}
