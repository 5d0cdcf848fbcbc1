package dev.rightful.requests;

import dev.rightful.law.DenialBasis;
import dev.rightful.law.Lookback;
import dev.rightful.law.RequestType;
import dev.rightful.law.VerificationTier;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A rights request as stored, with its personal information opened. The §7101 record fields (rule
 * 44) are the receipt date, type, channel, response date ({@code closedAt}), the nature of the
 * response and the denial basis.
 *
 * @param language the language the consumer filed in, which later mails are written in
 * @param type the type being answered; differs from {@code originalType} after a failed
 *     verification turned a request for specific pieces into one for categories (7024(a))
 */
public record RightsRequest(
    String id,
    String reference,
    RequestType type,
    RequestType originalType,
    RequestStatus status,
    Channel channel,
    Requester requester,
    Subject subject,
    OffsetDateTime receivedAt,
    LocalDate receivedDate,
    LocalDate acknowledgeBy,
    LocalDate dueBy,
    LocalDate extendedDueBy,
    String extensionReason,
    Lookback lookback,
    Payload payload,
    VerificationTier requiredTier,
    OffsetDateTime verifiedAt,
    int dataPointsMatched,
    boolean declarationSigned,
    boolean agentConfirmed,
    boolean mayDecline,
    DenialBasis denialBasis,
    String denialText,
    ResponseNature responseNature,
    OffsetDateTime closedAt,
    int version,
    String language) {

  /** A request with no language recorded is English, as every request filed before V26. */
  public RightsRequest {
    language = language == null ? "en" : language;
  }

  /** What the request carries besides the subject: corrections, details, the declaration. */
  public record Payload(
      java.util.List<Correction> corrections, String details, String declarationSignedBy) {}

  /** The due date in force: the extended one if the request was extended. */
  public LocalDate effectiveDueBy() {
    return extendedDueBy != null ? extendedDueBy : dueBy;
  }

  public boolean isOpen() {
    return status.isOpen();
  }

  public boolean wasDowngraded() {
    return type != originalType;
  }
}
