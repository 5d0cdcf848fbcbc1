package dev.rightful.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Rightful's one CSRF protection for its HTML forms: a token signed with a server secret, bound to
 * a value that only the user's browser sends, and checked on every state-changing request of a
 * surface. Each surface (staff console, sign-in, privacy center, opt-out pages) makes one with its
 * own purpose and says what its tokens are bound to and how it refuses. Stateless and thread-safe.
 */
public final class Csrf {
  /*
   * A token is "<issued>.<mac>": the issue time in epoch seconds and the HMAC-SHA256, under the
   * surface's secret, of "<purpose>|<bound-to>|<issued>". A state-changing request must carry a
   * token whose mac matches the value the request is bound to, issued at most LIFETIME ago.
   *
   * Another site can make a browser post a form, but cannot read our pages to learn a token. What
   * a token is bound to differs by surface: the console binds it to a random value kept with the
   * session on the server; forms shown before any session (sign-in, privacy center) bind it to a
   * random nonce in a cookie of their own (CsrfCookie), the opt-out pages to the device cookie.
   * The signature ties the token to that value, so a plain double-submit's weakness, an attacker
   * who can plant a cookie (from a sibling subdomain) pairing it with a token of their choosing,
   * needs the secret as well. The purpose keeps a token of one surface from passing on another.
   *
   * Secrets come from the caller (derived from the encryption keys, so every node agrees without
   * storing anything); after a key rotation tokens signed with an older secret still check.
   */
  /** The hidden form field that carries the token. */
  public static final String FIELD = "_csrf";

  /** The header a script may send the token in instead of the field. */
  public static final String HEADER = "X-CSRF-Token";

  /** How long a form may stay open before it must be reloaded. */
  public static final Duration LIFETIME = Duration.ofHours(12);

  private static final Set<HandlerType> STATE_CHANGING =
      Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);

  private final String purpose;
  private final List<SecretKeySpec> keys;
  private final Clock clock;

  /**
   * @param purpose what the tokens are for, e.g. {@code center-form}; part of every signature
   * @param secrets the secrets to check with, the one to sign with first
   */
  public Csrf(String purpose, List<byte[]> secrets, Clock clock) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("at least one secret");
    }
    this.purpose = purpose;
    this.keys = secrets.stream().map(s -> new SecretKeySpec(s, "HmacSHA256")).toList();
    this.clock = clock;
  }

  /** The token for a form on the page being rendered, bound to {@code boundTo}, issued now. */
  public String token(String boundTo) {
    long issued = clock.instant().getEpochSecond();
    return issued + "." + mac(keys.get(0), boundTo, issued);
  }

  /**
   * Whether the request may go on: it changes nothing (GET, HEAD, OPTIONS), or it carries a valid
   * token for {@code boundTo} in {@value #HEADER} or {@value #FIELD}.
   */
  public boolean passes(Context ctx, String boundTo) {
    return !STATE_CHANGING.contains(ctx.method()) || isValid(boundTo, given(ctx));
  }

  /** Whether {@code token} was signed for {@code boundTo} by this install, and is still fresh. */
  public boolean isValid(String boundTo, String token) {
    if (boundTo == null || boundTo.isEmpty() || token == null) {
      return false;
    }
    int dot = token.indexOf('.');
    if (dot <= 0 || dot > 19) {
      return false;
    }
    long issued;
    try {
      issued = Long.parseLong(token.substring(0, dot));
    } catch (NumberFormatException e) {
      return false;
    }
    long now = clock.instant().getEpochSecond();
    // A minute of slack for nodes whose clocks differ a little.
    if (issued > now + 60 || now - issued > LIFETIME.toSeconds()) {
      return false;
    }
    byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
    boolean valid = false;
    for (SecretKeySpec key : keys) {
      byte[] expected = mac(key, boundTo, issued).getBytes(StandardCharsets.US_ASCII);
      valid |= MessageDigest.isEqual(expected, given);
    }
    return valid;
  }

  /** The token a request carries: the header if sent, else the form field. */
  static String given(Context ctx) {
    String header = ctx.header(HEADER);
    return header != null ? header : ctx.formParam(FIELD);
  }

  private String mac(SecretKeySpec key, String boundTo, long issued) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] out =
          mac.doFinal((purpose + "|" + boundTo + "|" + issued).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }
}
