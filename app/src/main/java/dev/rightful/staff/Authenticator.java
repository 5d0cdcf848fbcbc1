package dev.rightful.staff;

import dev.rightful.web.ApiProblem;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Authenticates staff API requests by their {@code Authorization: Bearer} token and checks roles.
 * Failures are {@link ApiProblem}s: 401 with a {@code WWW-Authenticate} challenge (RFC 6750) when
 * the token is missing or not live, 403 when the role is not allowed. Thread-safe.
 */
public final class Authenticator {
  private static final String CHALLENGE = "Bearer realm=\"rightful\"";
  private static final String PRINCIPAL = "rightful.staff.principal";
  private static final Pattern BEARER = Pattern.compile("\\s*(?i:bearer)\\s+(\\S.*?)\\s*");

  private final ApiTokens tokens;

  public Authenticator(ApiTokens tokens) {
    this.tokens = tokens;
  }

  /** The principal of the request's bearer token, or a 401 problem. */
  public Principal authenticate(Context ctx) {
    Principal known = ctx.attribute(PRINCIPAL);
    if (known != null) {
      return known;
    }
    String header = ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      ctx.header("WWW-Authenticate", CHALLENGE);
      throw new ApiProblem(
          401, "Unauthorized", "This API needs 'Authorization: Bearer <token>'.", null);
    }
    Principal principal = bearerSecret(header).flatMap(tokens::authenticate).orElse(null);
    if (principal == null) {
      ctx.header("WWW-Authenticate", CHALLENGE + ", error=\"invalid_token\"");
      throw new ApiProblem(
          401, "Unauthorized", "The bearer token is malformed, unknown, expired or revoked.", null);
    }
    ctx.attribute(PRINCIPAL, principal);
    return principal;
  }

  /** The secret of an {@code Authorization: Bearer <secret>} value; empty for any other form. */
  static Optional<String> bearerSecret(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher matcher = BEARER.matcher(header);
    return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** Authenticates the request and requires one of {@code allowed}: 401 or 403 otherwise. */
  public Principal require(Context ctx, Role... allowed) {
    Principal principal = authenticate(ctx);
    requireRole(principal, allowed);
    return principal;
  }

  /** Throws a 403 problem unless the principal has one of {@code allowed}. */
  public static void requireRole(Principal principal, Role... allowed) {
    if (!principal.hasAnyRole(allowed)) {
      throw new ApiProblem(
          403,
          "Forbidden",
          "This needs the role "
              + Arrays.stream(allowed).map(Role::key).collect(Collectors.joining(" or "))
              + "; the token's role is "
              + principal.role().key()
              + ".",
          null);
    }
  }
}
