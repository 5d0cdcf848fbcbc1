package dev.rightful.center;

import dev.rightful.crypto.DerivedSecrets;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF protection for the privacy center's public forms, which have no session: a signed
 * double-submit token. {@link #handle} refuses every POST under {@value #PATH} without a valid
 * token. Stateless and thread-safe.
 */
public final class CenterCsrf {
  /*
   * Showing a form sets a random 256-bit nonce in a cookie (HttpOnly, SameSite=Lax, path /privacy/requests)
   * unless the browser already has one, and writes "<issued>.<mac>" into the form, where mac is an
   * HMAC-SHA256 of the nonce and the issue time under a per-install secret. A post must carry the
   * cookie and a token whose mac matches that cookie's nonce, issued at most LIFETIME ago.
   *
   * Another site can make a browser post a form, but cannot read our pages to learn the token,
   * nor make the browser send our Lax cookie on a cross-site POST. The signature ties the token to
   * the nonce, so a plain double-submit's weakness, an attacker who can plant a cookie (from a
   * sibling subdomain) pairing it with a token of their choosing, needs the secret as well. The
   * secret is derived from the encryption keys (DerivedSecrets), so every node agrees without
   * storing anything; after a key rotation tokens signed with the old key still check.
   */
  /** The hidden form field every privacy center form carries. */
  public static final String FIELD = "_csrf";

  /** The cookie holding the browser's nonce. */
  public static final String COOKIE = "rightful_center_csrf";

  /** The paths whose POSTs the guard checks. */
  public static final String PATH = "/privacy/requests";

  /** How long a form may stay open before it must be reloaded. */
  static final Duration LIFETIME = Duration.ofHours(12);

  private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{43}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final List<SecretKeySpec> keys;
  private final Clock clock;
  private final boolean secureCookie;

  /** The guard of this install, signing with its derived secret for this purpose. */
  public static CenterCsrf from(DerivedSecrets secrets, Clock clock, boolean secureCookie) {
    return new CenterCsrf(secrets.all("center-form"), clock, secureCookie);
  }

  /**
   * @param secrets the secrets to check with, the one to sign with first
   * @param secureCookie whether the cookie is marked Secure (Rightful served over HTTPS)
   */
  public CenterCsrf(List<byte[]> secrets, Clock clock, boolean secureCookie) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("at least one secret");
    }
    this.keys = secrets.stream().map(s -> new SecretKeySpec(s, "HmacSHA256")).toList();
    this.clock = clock;
    this.secureCookie = secureCookie;
  }

  /** The token for the form on the page being rendered; sets the nonce cookie if needed. */
  public String token(Context ctx) {
    String nonce = ctx.cookie(COOKIE);
    if (nonce == null || !NONCE.matcher(nonce).matches()) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      // A browser-session cookie: closing the browser ends it, and forms then need a reload.
      ctx.cookie(new Cookie(COOKIE, nonce, PATH, -1, secureCookie, true, null, SameSite.LAX));
    }
    return tokenFor(nonce);
  }

  /** The before-handler: refuses a state-changing center request without a valid token. */
  public void handle(Context ctx) {
    if (ctx.method() == HandlerType.POST
        && ctx.path().startsWith(PATH)
        && !isValid(ctx.cookie(COOKIE), ctx.formParam(FIELD))) {
      throw new PageProblem(
          403,
          "This form has expired",
          "Nothing was sent. Go back, reload the page and send the form again. Your browser must"
              + " accept cookies from this site for the form to work.");
    }
  }

  /** Whether {@code token} was signed for {@code nonce} by this install, and is still fresh. */
  boolean isValid(String nonce, String token) {
    if (nonce == null || token == null || !NONCE.matcher(nonce).matches()) {
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
      byte[] expected = mac(key, nonce, issued).getBytes(StandardCharsets.US_ASCII);
      valid |= MessageDigest.isEqual(expected, given);
    }
    return valid;
  }

  /** A token for {@code nonce}, issued now. */
  String tokenFor(String nonce) {
    long issued = clock.instant().getEpochSecond();
    return issued + "." + mac(keys.get(0), nonce, issued);
  }

  private static String mac(SecretKeySpec key, String nonce, long issued) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] out =
          mac.doFinal(("center-form|" + nonce + "|" + issued).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
    }
  }
}
