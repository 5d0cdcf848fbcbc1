package dev.rightful.verify;

import dev.rightful.law.RequestType;
import dev.rightful.mail.Messages;
import dev.rightful.mail.Outbox;
import dev.rightful.requests.RequestEvents;
import dev.rightful.requests.RequestNotFound;
import dev.rightful.requests.RequestRuleViolation;
import dev.rightful.requests.RequestService;
import dev.rightful.requests.RequestStatus;
import dev.rightful.requests.RightsRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;

/**
 * Verifies a consumer's identity without staff: mails a one-time code to the request's email
 * address, and when the consumer enters it, matches the data points they gave against the company's
 * records and records the result with {@link RequestService#recordVerification}, where the tiers
 * apply (7062; rules 10-13). Thread-safe.
 */
public final class VerificationService {
  /*
   * The steps of a check run in three transactions, not one: confirming the code, searching the
   * company's databases (which must not hold Rightful's transaction open, and may be down), and
   * recording the outcome. If the search fails after the code was used, the request stays as it was
   * and the consumer asks for a new code; nothing half-done is stored.
   */

  /** The method recorded with each verification this service makes. */
  public static final String METHOD = "email-code+data-points";

  private final Jdbi jdbi;
  private final RequestService requests;
  private final OneTimeCodes codes;
  private final DataPointMatcher matcher;
  private final Messages messages;
  private final Outbox outbox;
  private final RequestEvents events;
  private Function<String, Optional<Duration>> mailsTo = email -> Optional.empty();

  public VerificationService(
      Jdbi jdbi,
      RequestService requests,
      OneTimeCodes codes,
      DataPointMatcher matcher,
      Messages messages,
      Outbox outbox,
      RequestEvents events) {
    this.jdbi = jdbi;
    this.requests = requests;
    this.codes = codes;
    this.matcher = matcher;
    this.messages = messages;
    this.outbox = outbox;
    this.events = events;
  }

  /**
   * Caps the codes mailed to one email address (a day, across nodes): {@code mailsTo} counts one
   * and says how long to wait when the cap is reached; a capped code is silently not sent, as one
   * over the hourly cap is. Call once, while wiring.
   */
  public VerificationService cappingMails(Function<String, Optional<Duration>> mailsTo) {
    this.mailsTo = mailsTo;
    return this;
  }

  /** What became of a request for a code. Only the client's own limit is told to the caller. */
  public enum Sending {
    /** A code is on its way. */
    SENT,
    /** Nothing was sent: no such open request, no email, or the address's hourly limit. */
    NOT_SENT,
    /** The client address asked for its hourly number of codes already. */
    CLIENT_LIMITED,
    /**
     * Nothing was sent: too many wrong codes were entered for the request today. Only a caller that
     * proved it holds the request (its status link) may be told.
     */
    LOCKED
  }

  /** The outcome of entering a code. */
  public sealed interface Check {
    /** The code was right; {@code request} shows the verification's result. */
    record Confirmed(RightsRequest request, MatchResult match) implements Check {}

    /** Wrong, expired, used up or replaced: the consumer asks for a new code. */
    record Rejected() implements Check {}

    /**
     * Too many wrong codes for the request today: no code is checked or sent before {@code until},
     * when the consumer can ask for a new one.
     */
    record Locked(Instant until) implements Check {}
  }

  /**
   * Mails a new code to the email address of request {@code requestId} if it is waiting for
   * verification, the address and {@code clientAddress} are within their hourly limits; the code
   * and the message commit together.
   */
  public Sending sendCode(String requestId, String clientAddress) {
    Optional<RightsRequest> found = requestId == null ? Optional.empty() : requests.find(requestId);
    // Counted before the transaction: on PostgreSQL the cap takes a connection of its own, and a
    // transaction holding one while waiting for another could starve the pool under load.
    boolean capped =
        found.isPresent()
            && waitsForVerification(found.get())
            && mailsTo.apply(found.get().subject().email()).isPresent();
    return jdbi.inTransaction(
        handle -> {
          if (codes.clientLimitReached(handle, clientAddress)) {
            return Sending.CLIENT_LIMITED;
          }
          if (found.isEmpty() || !waitsForVerification(found.get())) {
            return Sending.NOT_SENT;
          }
          RightsRequest request = found.get();
          if (codes.lockedUntil(handle, request.id()).isPresent()) {
            return Sending.LOCKED;
          }
          String email = request.subject().email();
          if (capped) {
            return Sending.NOT_SENT;
          }
          Optional<OneTimeCodes.Issued> issued =
              codes.issue(handle, request.id(), email, clientAddress);
          if (issued.isEmpty()) {
            return Sending.NOT_SENT;
          }
          outbox.enqueue(
              handle,
              messages
                  .in(request.language())
                  .oneTimeCode(
                      request.reference(), email, issued.get().code(), issued.get().expiresAt()));
          events.record(
              handle,
              "consumer",
              "verification.code-sent",
              request,
              Map.of("expiresAt", issued.get().expiresAt().toString()));
          return Sending.SENT;
        });
  }

  /**
   * Checks {@code code} for the request that {@code statusToken} opens, which must be {@code
   * requestId}; on success matches the request's data points, the confirmed email counting as one,
   * and records the verification. Throws {@link RequestNotFound} for an unknown id or a token of
   * another request, {@link RequestRuleViolation} for a request not waiting for verification, and
   * {@link CompanyDataUnavailable} when the company's records cannot be searched.
   */
  public Check checkCode(String requestId, String statusToken, String code) {
    RightsRequest request =
        (statusToken == null
                ? Optional.<RightsRequest>empty()
                : requests.findByStatusToken(statusToken))
            .filter(found -> found.id().equals(requestId))
            .orElseThrow(() -> new RequestNotFound(requestId));
    if (!waitsForVerification(request)) {
      throw new RequestRuleViolation(
          "status",
          request.status() == RequestStatus.RECEIVED
              ? "this request is verified by staff"
              : "the request is " + request.status().id() + " and needs no code");
    }
    Optional<Instant> locked = codes.lockedUntil(request.id());
    if (locked.isPresent()) {
      return new Check.Locked(locked.get());
    }
    if (!codes.confirm(request.id(), code)) {
      // The wrong code that reaches the limit is told so at once, not on the next try.
      return codes
          .lockedUntil(request.id())
          .<Check>map(Check.Locked::new)
          .orElseGet(Check.Rejected::new);
    }
    MatchResult match = matcher.match(request.subject(), true);
    jdbi.useTransaction(
        handle ->
            events.record(
                handle,
                "consumer",
                "verification.data-points",
                request,
                Map.of("points", match.pointsMatched(), "kinds", match.kindIds())));
    RightsRequest after =
        requests.recordVerification(
            request.id(),
            new RequestService.Verification(
                match.pointsMatched(), request.declarationSigned(), METHOD),
            "consumer");
    return new Check.Confirmed(after, match);
  }

  /** Whether the request waits for the consumer to verify by an emailed code. */
  public boolean waitsForCode(RightsRequest request) {
    return waitsForVerification(request);
  }

  /**
   * Until when the request is locked after too many wrong codes today; empty when it is not. For a
   * caller that proved it holds the request (its status link).
   */
  public Optional<Instant> lockedUntil(RightsRequest request) {
    return codes.lockedUntil(request.id());
  }

  private static boolean waitsForVerification(RightsRequest request) {
    RequestType type = request.type();
    return request.status() == RequestStatus.RECEIVED
        && type.requiresVerification()
        && request.subject().email() != null
        && !request.subject().email().isBlank();
  }
}
