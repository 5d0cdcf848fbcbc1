package dev.rightful.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.requests.RightsRequest;
import dev.rightful.web.AddressLimit;
import dev.rightful.web.ApiProblem;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The consumer's verification API: {@code POST /api/v1/requests/{id}/code} mails a one-time code,
 * {@code POST /api/v1/requests/{id}/code/check} takes it back with the request's status token.
 * Public; the status token is the secret that authorizes a check. Handlers parse, call {@link
 * VerificationService}, and answer. Thread-safe.
 */
public final class VerificationRoutes {
  private final VerificationService service;
  private final ObjectMapper json;
  private final Clock clock;
  private AddressLimit codeRequests = AddressLimit.NONE;

  public VerificationRoutes(VerificationService service, ObjectMapper json, Clock clock) {
    this.service = service;
    this.json = json;
    this.clock = clock;
  }

  /** The consumer's view of a request after a check: where it stands, no personal information. */
  public record CheckView(
      String reference,
      String status,
      String type,
      String originalType,
      String requiredTier,
      boolean verified) {
    static CheckView of(RightsRequest request) {
      return new CheckView(
          request.reference(),
          request.status().id(),
          request.type().id(),
          request.originalType().id(),
          request.requiredTier().id(),
          request.verifiedAt() != null);
    }
  }

  /** Limits the asks for a code per client address; call before {@link #register}. */
  public VerificationRoutes limited(AddressLimit codeRequests) {
    this.codeRequests = codeRequests;
    return this;
  }

  public void register(RoutesConfig routes) {
    routes.post("/api/v1/requests/{id}/code", this::send);
    routes.post("/api/v1/requests/{id}/code/check", this::check);
  }

  private void send(Context ctx) {
    codeRequests.check(ctx, "No code was sent.");
    if (service.sendCode(ctx.pathParam("id"), ctx.ip())
        == VerificationService.Sending.CLIENT_LIMITED) {
      ctx.header("Retry-After", "3600");
      throw new ApiProblem(
          429,
          "Too many requests",
          "Too many codes were asked for from this address; try again later.",
          null);
    }
    // The same answer whether or not a code went out: it tells nobody whether the request exists.
    ctx.status(202)
        .json(
            Map.of(
                "status",
                "accepted",
                "detail",
                "If this request is waiting for verification, a code is on its way to its email address."));
  }

  private void check(Context ctx) {
    JsonNode body = body(ctx);
    String token = text(body, "statusToken");
    String code = text(body, "code");
    if (token == null) {
      throw ApiProblem.badRequest(
          "statusToken", "the status token from the request's status link is required");
    }
    if (code == null) {
      throw ApiProblem.badRequest("code", "the six-digit code from the email is required");
    }
    VerificationService.Check result;
    try {
      // People copy codes with spaces ("493 027"): only the digits count.
      result = service.checkCode(ctx.pathParam("id"), token, code.replaceAll("\\s", ""));
    } catch (CompanyDataUnavailable e) {
      throw new ApiProblem(
          503,
          "Service unavailable",
          "We cannot check your information right now. Please ask for a new code and try again later.",
          null);
    }
    if (result instanceof VerificationService.Check.Confirmed confirmed) {
      ctx.json(CheckView.of(confirmed.request()));
    } else if (result instanceof VerificationService.Check.Locked locked) {
      Instant until = locked.until();
      ctx.header(
          "Retry-After",
          Long.toString(Math.max(1, Duration.between(clock.instant(), until).toSeconds())));
      throw new ApiProblem(
          429,
          "Too many wrong codes",
          "Too many wrong codes were entered for this request today, so it is locked for your"
              + " safety. You can ask for a new code after "
              + until
              + " (UTC) and enter that one.",
          "code");
    } else {
      throw ApiProblem.badRequest(
          "code",
          "The code is not valid: it may be mistyped, expired or used up. Ask for a new code.");
    }
  }

  private JsonNode body(Context ctx) {
    try {
      JsonNode node = json.readTree(ctx.body());
      if (node == null || !node.isObject()) {
        throw ApiProblem.badRequest("", "the body must be a JSON object");
      }
      return node;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw ApiProblem.badRequest("", "the body is not valid JSON");
    }
  }

  private static String text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() || value.asText().length() > 200) {
      throw ApiProblem.badRequest(field, "must be a string of at most 200 characters");
    }
    return value.asText();
  }
}
