package dev.rightful.requests;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.rightful.law.Lookback;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A request as the API shows it. Staff see the subject; the intake answer and the consumer's status
 * page do not repeat personal information back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestView(
    String id,
    String reference,
    String type,
    String originalType,
    String status,
    String channel,
    String requesterKind,
    OffsetDateTime receivedAt,
    LocalDate acknowledgeBy,
    LocalDate dueBy,
    LocalDate extendedDueBy,
    long daysLeft,
    boolean overdue,
    String requiredTier,
    boolean verified,
    boolean mayDecline,
    String denialBasis,
    String responseNature,
    OffsetDateTime closedAt,
    Period lookback,
    Subject subject,
    String statusUrl,
    List<RequestRepository.Entry> timeline,
    String language) {

  /**
   * The period a request to know covers: {@code askedFrom} and {@code askedTo} only where the
   * period asked for reached beyond it, and the explanation the consumer reads (rule 20).
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Period(
      String scope,
      LocalDate from,
      LocalDate to,
      LocalDate askedFrom,
      LocalDate askedTo,
      boolean clamped,
      String explanation) {
    static Period of(Lookback lookback) {
      if (lookback == null) {
        return null;
      }
      return new Period(
          lookback.scope().id(),
          lookback.from(),
          lookback.to(),
          lookback.startRaised() ? lookback.askedFrom() : null,
          lookback.endLowered() ? lookback.askedTo() : null,
          lookback.clamped(),
          LookbackWords.told(lookback));
    }
  }

  static RequestView of(
      RightsRequest r,
      LocalDate today,
      boolean withSubject,
      String statusUrl,
      List<RequestRepository.Entry> timeline) {
    return new RequestView(
        r.id(),
        r.reference(),
        r.type().id(),
        r.originalType().id(),
        r.status().id(),
        r.channel().id(),
        r.requester().kind().id(),
        r.receivedAt(),
        r.acknowledgeBy(),
        r.dueBy(),
        r.extendedDueBy(),
        java.time.temporal.ChronoUnit.DAYS.between(today, r.effectiveDueBy()),
        r.isOpen() && today.isAfter(r.effectiveDueBy()),
        r.requiredTier().id(),
        r.verifiedAt() != null,
        r.mayDecline(),
        r.denialBasis() == null ? null : r.denialBasis().id(),
        r.responseNature() == null ? null : r.responseNature().id(),
        r.closedAt(),
        Period.of(r.lookback()),
        withSubject ? r.subject() : null,
        statusUrl,
        timeline,
        r.language());
  }
}
