package dev.rightful.requests;

import dev.rightful.law.Admt;
import dev.rightful.law.Deadlines;
import dev.rightful.law.KnowRequestLimit;
import dev.rightful.law.Lookback;
import dev.rightful.law.RequestType;
import dev.rightful.law.ShineTheLight;
import dev.rightful.law.VerificationTier;
import dev.rightful.mail.Messages;
import dev.rightful.web.Translator;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;

/**
 * Receives a request: its reference, its clocks, the tier it needs, whether the business may
 * decline it, its receipt mail and its first timeline entry and event, all in the caller's
 * transaction.
 */
final class Intake {
  private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final RequestRepository repository;
  private final Deadlines deadlines;
  private final Clock clock;
  private final ZoneId businessZone;
  private final RequestEvents events;
  private final RequestMessages messages;
  private final Timeline timeline;
  private final Function<RequestType, VerificationTier> requiredTiers;
  private final String publicUrl;

  Intake(
      RequestRepository repository,
      Deadlines deadlines,
      Clock clock,
      ZoneId businessZone,
      RequestEvents events,
      RequestMessages messages,
      Function<RequestType, VerificationTier> requiredTiers,
      String publicUrl) {
    this.repository = repository;
    this.deadlines = deadlines;
    this.clock = clock;
    this.businessZone = businessZone;
    this.events = events;
    this.messages = messages;
    this.timeline = new Timeline(repository, clock);
    this.requiredTiers = requiredTiers;
    this.publicUrl = publicUrl;
  }

  /** Stores the request with the status-page secret {@code token}; returns it as stored. */
  RightsRequest receive(
      Handle handle,
      Submission submission,
      String actor,
      String token,
      BiConsumer<Handle, RightsRequest> alsoStore) {
    // As the database keeps it (UTC, microseconds), so the request returned is the request stored.
    OffsetDateTime now =
        OffsetDateTime.now(clock)
            .withOffsetSameInstant(ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.MICROS);
    LocalDate received = now.atZoneSameInstant(businessZone).toLocalDate();
    RequestType type = submission.type();
    boolean mayDecline = mayDecline(handle, submission, received);
    boolean noVerification = !type.requiresVerification();
    RightsRequest request =
        new RightsRequest(
            UUID.randomUUID().toString(),
            reference(),
            type,
            type,
            noVerification ? RequestStatus.VERIFIED : RequestStatus.RECEIVED,
            submission.channel(),
            submission.requester(),
            submission.subject(),
            now,
            received,
            deadlines.acknowledgeBy(type, received).map(d -> d.date()).orElse(null),
            deadlines.dueBy(type, received).date(),
            null,
            null,
            lookback(submission, received),
            new RightsRequest.Payload(
                submission.corrections(), submission.details(), submission.declarationSignedBy()),
            requiredTiers.apply(type),
            noVerification ? now : null,
            0,
            submission.declarationSignedBy() != null,
            false,
            mayDecline,
            null,
            null,
            null,
            null,
            0,
            submission.language());
    RightsRequest stored = repository.insert(handle, request, repository.tokenKey(token));
    alsoStore.accept(handle, stored);
    // In the consumer's words, as the receipt mail says it: never the type's id.
    timeline.add(
        handle,
        stored,
        "received",
        actor,
        true,
        // Written in the consumer's language: the status page shows it as it is.
        Translator.of(submission.language())
            .t("timeline.received", Messages.describe(type, submission.language())));
    String statusLink = (publicUrl == null ? "" : publicUrl) + "/privacy/requests/status/" + token;
    messages.receipt(handle, stored, statusLink);
    if (submission.requester().authority() != null
        && submission.requester().authority().needsConsumerConfirmation()) {
      messages.agentConfirmation(handle, stored, statusLink);
    }
    events.record(
        handle,
        actor,
        "request.received",
        stored,
        Map.of(
            "type",
            type.id(),
            "channel",
            submission.channel().id(),
            "dueBy",
            stored.dueBy().toString(),
            "mayDecline",
            mayDecline));
    return stored;
  }

  /**
   * Whether the business may decline: a third know request in 12 months (1798.130(b)), or a second
   * Shine the Light request in the calendar year (1798.83(b)). Other requests are never declined
   * for their number, so they read nothing.
   */
  private boolean mayDecline(Handle handle, Submission submission, LocalDate received) {
    String email = submission.subject().email();
    RequestType type = submission.type();
    if (email == null) {
      return false;
    }
    if (type.isKnow()) {
      return KnowRequestLimit.decide(type, received, repository.answeredKnowRequests(handle, email))
          == KnowRequestLimit.Decision.MAY_DECLINE;
    }
    if (type == RequestType.ACCESS_ADMT) {
      // 7222(j) [U]: after four answered in 12 months, the reply may be aggregate
      return Admt.aggregateReplyAllowed(received, repository.answeredRequests(handle, email, type));
    }
    return type == RequestType.DIRECT_MARKETING
        && !ShineTheLight.decide(received, repository.answeredRequests(handle, email, type))
            .mustRespond();
  }

  private static Lookback lookback(Submission submission, LocalDate received) {
    if (!submission.type().isKnow()) {
      return null;
    }
    Lookback.Scope scope =
        submission.lookbackScope() == null
            ? Lookback.Scope.LAST_12_MONTHS
            : submission.lookbackScope();
    return switch (scope) {
      case LAST_12_MONTHS -> Lookback.defaultFor(received);
      case ALL -> Lookback.allSince2022(received);
      case RANGE -> Lookback.range(submission.lookbackFrom(), submission.lookbackTo(), received);
    };
  }

  static String reference() {
    StringBuilder out = new StringBuilder("R-");
    for (int i = 0; i < 8; i++) {
      out.append(CROCKFORD.charAt(RANDOM.nextInt(CROCKFORD.length())));
    }
    return out.toString();
  }

  static String randomToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
