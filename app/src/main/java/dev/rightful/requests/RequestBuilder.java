package dev.rightful.requests;

import dev.rightful.law.DenialBasis;
import dev.rightful.law.RequestType;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** Copies a {@link RightsRequest} with the few fields a lifecycle step changes. Not thread-safe. */
final class RequestBuilder {
  private final RightsRequest r;
  private RequestType type;
  private RequestStatus status;
  private LocalDate extendedDueBy;
  private String extensionReason;
  private OffsetDateTime verifiedAt;
  private int dataPoints;
  private boolean declaration;
  private boolean agentConfirmed;
  private DenialBasis basis;
  private String denialText;
  private ResponseNature nature;
  private OffsetDateTime closedAt;

  RequestBuilder(RightsRequest r) {
    this.r = r;
    this.type = r.type();
    this.status = r.status();
    this.extendedDueBy = r.extendedDueBy();
    this.extensionReason = r.extensionReason();
    this.verifiedAt = r.verifiedAt();
    this.dataPoints = r.dataPointsMatched();
    this.declaration = r.declarationSigned();
    this.agentConfirmed = r.agentConfirmed();
    this.basis = r.denialBasis();
    this.denialText = r.denialText();
    this.nature = r.responseNature();
    this.closedAt = r.closedAt();
  }

  RequestBuilder type(RequestType value) {
    this.type = value;
    return this;
  }

  RequestBuilder status(RequestStatus value) {
    if (!r.status().canMoveTo(value)) {
      throw new RequestRuleViolation(
          "status", "a " + r.status().id() + " request cannot become " + value.id());
    }
    this.status = value;
    return this;
  }

  RequestBuilder verifiedAt(OffsetDateTime value) {
    this.verifiedAt = value;
    return this;
  }

  RequestBuilder points(int matched, boolean signed) {
    this.dataPoints = matched;
    this.declaration = signed || r.declarationSigned();
    return this;
  }

  RequestBuilder agentConfirmed(boolean value) {
    this.agentConfirmed = value;
    return this;
  }

  RequestBuilder extended(LocalDate dueBy, String reason) {
    this.extendedDueBy = dueBy;
    this.extensionReason = reason;
    return this;
  }

  RequestBuilder denied(DenialBasis value, String text, OffsetDateTime at) {
    status(RequestStatus.DENIED);
    this.basis = value;
    this.denialText = text;
    this.nature = ResponseNature.DENIED;
    this.closedAt = at;
    return this;
  }

  RequestBuilder completed(ResponseNature value, OffsetDateTime at) {
    status(RequestStatus.COMPLETED);
    this.nature = value;
    this.closedAt = at;
    return this;
  }

  RightsRequest build() {
    return new RightsRequest(
        r.id(),
        r.reference(),
        type,
        r.originalType(),
        status,
        r.channel(),
        r.requester(),
        r.subject(),
        r.receivedAt(),
        r.receivedDate(),
        r.acknowledgeBy(),
        r.dueBy(),
        extendedDueBy,
        extensionReason,
        r.lookback(),
        r.payload(),
        r.requiredTier(),
        verifiedAt,
        dataPoints,
        declaration,
        agentConfirmed,
        r.mayDecline(),
        basis,
        denialText,
        nature,
        closedAt,
        r.version(),
        r.language());
  }
}
