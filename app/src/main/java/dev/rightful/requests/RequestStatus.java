package dev.rightful.requests;

import dev.rightful.law.Vocabulary;
import java.util.Optional;

/**
 * Where a rights request stands. The state machine is small on purpose: verification, extension and
 * notes are facts recorded on a request, not states, so no clock ever depends on them.
 *
 * <pre>
 * received ──verify──▶ verified ──complete──▶ completed
 *    │  └──complete (no verification needed)──────▲
 *    └──deny──▶ denied ◀──deny── verified
 * </pre>
 */
public enum RequestStatus implements Vocabulary {
  RECEIVED("received"),
  VERIFIED("verified"),
  COMPLETED("completed"),
  DENIED("denied");

  private final String id;

  RequestStatus(String id) {
    this.id = id;
  }

  @Override
  public String id() {
    return id;
  }

  public boolean isOpen() {
    return this == RECEIVED || this == VERIFIED;
  }

  /** Whether the machine allows moving from this status to {@code next}. */
  public boolean canMoveTo(RequestStatus next) {
    return switch (this) {
      case RECEIVED -> next == VERIFIED || next == COMPLETED || next == DENIED;
      case VERIFIED -> next == COMPLETED || next == DENIED;
      case COMPLETED, DENIED -> false;
    };
  }

  public static Optional<RequestStatus> fromId(String id) {
    return Vocabulary.parse(RequestStatus.class, id);
  }
}
