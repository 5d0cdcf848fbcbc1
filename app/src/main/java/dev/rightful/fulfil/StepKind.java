package dev.rightful.fulfil;

import dev.rightful.law.RequestType;
import dev.rightful.requests.RequestRuleViolation;
import dev.rightful.requests.RightsRequest;
import java.util.Arrays;
import java.util.Optional;

/**
 * What fulfilment does in a company's system for a request: delete, gather for access, or correct.
 * Its {@link #id()} is what {@code fulfil_job.kind}, the vendor webhook's {@code type}, the staff
 * API and the audit facts say; it is mapped to and from the enum here only. Immutable.
 */
public enum StepKind {
  DELETE("delete"),
  ACCESS("access"),
  CORRECT("correct");

  private final String id;

  StepKind(String id) {
    this.id = id;
  }

  /** The stored and shown name, e.g. {@code delete}. */
  public String id() {
    return id;
  }

  /** The kind a request of {@code type} is carried out as; empty when it is not carried out. */
  public static Optional<StepKind> of(RequestType type) {
    return switch (type) {
      case DELETE -> Optional.of(DELETE);
      case KNOW_SPECIFIC, KNOW_CATEGORIES -> Optional.of(ACCESS);
      case CORRECT -> Optional.of(CORRECT);
      default -> Optional.empty();
    };
  }

  /** The kind {@code request} is carried out as; a rule violation (409) when it is not. */
  public static StepKind of(RightsRequest request) {
    return of(request.type())
        .orElseThrow(
            () ->
                new RequestRuleViolation(
                    "type",
                    "a " + request.type().id() + " request is not fulfilled in the databases"));
  }

  /** The kind stored as {@code id}; an unknown name is a corrupt row. */
  public static StepKind fromId(String id) {
    return Arrays.stream(values())
        .filter(k -> k.id.equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("unknown fulfilment step kind: " + id));
  }

  @Override
  public String toString() {
    return id;
  }
}
