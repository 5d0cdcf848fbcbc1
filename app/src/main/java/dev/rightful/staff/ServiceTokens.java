package dev.rightful.staff;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.rightful.staff.internal.Secrets;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks the bearer tokens of machine clients on the consent decision path, which ad and marketing
 * systems call on every page view: a token's record is remembered on this node for at most {@link
 * #REVOCATION_DELAY}, so a decision costs no database round trip. Expiry is checked on every call,
 * and a revocation through this node takes effect at once; one made elsewhere (another node, {@code
 * ./rightful token revoke}) within {@code REVOCATION_DELAY}. The staff API keeps {@link
 * Authenticator}, which looks every token up. Thread-safe.
 */
public final class ServiceTokens {
  /** How long a revocation made on another node or from the command line may take here. */
  public static final Duration REVOCATION_DELAY = Duration.ofSeconds(5);

  private final ApiTokens tokens;
  private final Clock clock;
  // Keyed by the secret's digest, so the heap holds no usable secret; unknown secrets are
  // remembered too, so a flood of wrong tokens does not reach the database either.
  private final Cache<String, Optional<ApiToken>> recent;

  public ServiceTokens(ApiTokens tokens, Clock clock) {
    this(tokens, clock, Ticker.systemTicker());
  }

  ServiceTokens(ApiTokens tokens, Clock clock, Ticker ticker) {
    this.tokens = tokens;
    this.clock = clock;
    this.recent =
        Caffeine.newBuilder()
            .expireAfterWrite(REVOCATION_DELAY)
            .maximumSize(10_000)
            .ticker(ticker)
            .build();
    tokens.onRevoke(recent::invalidateAll);
  }

  /**
   * The live token of role {@link Role#SERVICE} an {@code Authorization} header value carries, with
   * its id and scopes; empty for any other value.
   */
  public Optional<ApiToken> findService(String authorization) {
    return findLive(authorization).filter(t -> t.role() == Role.SERVICE);
  }

  /**
   * The live token of any role an {@code Authorization} header value carries; empty for a missing,
   * malformed, unknown, expired or revoked one. A live token of the wrong role is a 403, not a 401.
   */
  public Optional<ApiToken> findLive(String authorization) {
    return Authenticator.bearerSecret(authorization)
        .flatMap(secret -> recent.get(Secrets.sha256(secret), digest -> tokens.lookUp(secret)))
        .filter(t -> t.activeAt(clock.instant()));
  }

  /**
   * Whether an {@code Authorization} header value carries a live token of role {@link
   * Role#SERVICE}, whatever its scopes.
   */
  public boolean isService(String authorization) {
    return findService(authorization).isPresent();
  }
}
