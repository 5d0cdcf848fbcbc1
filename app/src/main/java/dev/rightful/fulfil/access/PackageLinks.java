package dev.rightful.fulfil.access;

import dev.rightful.fulfil.FulfilKeys;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The consumer's link to an access package: {@code /privacy/requests/package/<request>.<expiry>.
 * <signature>}, where the signature is an HMAC-SHA256 of request id and expiry (epoch seconds)
 * under a key Rightful keeps sealed. The request id is a random UUID, so the link names no one.
 * Immutable and thread-safe.
 */
public final class PackageLinks {
  /** How long a link works unless configured otherwise. */
  public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);

  public static final String PATH = "/privacy/requests/package/";
  private static final String KEY = "package-link";
  private static final Pattern TOKEN =
      Pattern.compile("([0-9a-fA-F-]{1,64})\\.(\\d{1,12})\\.([0-9a-f]{64})");

  private final FulfilKeys keys;

  public PackageLinks(FulfilKeys keys) {
    this.keys = keys;
  }

  /** What a presented token says, once its signature is checked. */
  public record Checked(String requestId, Instant expiresAt) {}

  public String token(String requestId, Instant expiresAt) {
    String signed = requestId + "." + expiresAt.getEpochSecond();
    return signed + "." + keys.mac(KEY, signed);
  }

  /** The request and expiry a token names; empty when it is malformed or its signature is wrong. */
  public Optional<Checked> check(String token) {
    var match = TOKEN.matcher(token == null ? "" : token);
    if (!match.matches()) {
      return Optional.empty();
    }
    String signed = match.group(1) + "." + match.group(2);
    boolean valid =
        MessageDigest.isEqual(
            keys.mac(KEY, signed).getBytes(StandardCharsets.US_ASCII),
            match.group(3).getBytes(StandardCharsets.US_ASCII));
    return valid
        ? Optional.of(
            new Checked(match.group(1), Instant.ofEpochSecond(Long.parseLong(match.group(2)))))
        : Optional.empty();
  }
}
