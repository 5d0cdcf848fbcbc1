package dev.rightful.console;

import dev.rightful.audit.AuditEvent;
import dev.rightful.law.DenialBasis;
import dev.rightful.law.RequestType;
import dev.rightful.requests.RequestRepository;
import dev.rightful.requests.RequestStatus;
import dev.rightful.requests.RightsRequest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * What a request's page shows: the request with its subject opened, its full timeline (staff notes
 * included) and audit events, and the forms the user's role and the request's state allow.
 * Immutable.
 *
 * @param latestExtendedDueBy the latest response date one extension can reach, or null when the
 *     type has no extension (7021(b))
 * @param fulfilment the plan, steps and recipient notices, or null when the type has none
 * @param assignment who works the request and who may
 * @param flash the confirmation of the action just taken, or null
 * @param error why the action just tried was refused, or null
 */
public record RequestPage(
    ConsoleUser user,
    RightsRequest request,
    List<RequestRepository.Entry> timeline,
    List<AuditEvent> audit,
    LocalDate today,
    ZoneId zone,
    LocalDate latestExtendedDueBy,
    FulfilmentPanel fulfilment,
    AssignmentPanel assignment,
    Flash flash,
    ActionError error) {

  /** Errors the forms show at a field; any other field's error is shown atop its form. */
  private static final Set<String> FIELDS =
      Set.of("points", "days", "reason", "basis", "text", "nature", "note");

  public RequestPage {
    timeline = List.copyOf(timeline);
    audit = List.copyOf(audit);
  }

  public long daysLeft() {
    return ChronoUnit.DAYS.between(today, request.effectiveDueBy());
  }

  public boolean overdue() {
    return request.isOpen() && today.isAfter(request.effectiveDueBy());
  }

  public String time(OffsetDateTime at) {
    return Labels.time(at, zone);
  }

  public String auditTime(AuditEvent event) {
    return Labels.time(event.occurredAt().atOffset(ZoneOffset.UTC), zone);
  }

  public boolean canVerify() {
    return user.canAct()
        && request.status() == RequestStatus.RECEIVED
        && request.originalType().requiresVerification();
  }

  public boolean canConfirmAgent() {
    return user.canAct()
        && request.isOpen()
        && request.requester().authority() != null
        && request.requester().authority().needsConsumerConfirmation()
        && !request.agentConfirmed();
  }

  public boolean canExtend() {
    return user.canAct()
        && request.isOpen()
        && request.extendedDueBy() == null
        && latestExtendedDueBy != null;
  }

  public boolean canDeny() {
    return user.canAct() && request.isOpen();
  }

  public boolean canComplete() {
    return user.canAct() && request.status() == RequestStatus.VERIFIED;
  }

  public boolean canNote() {
    return user.canAct();
  }

  /** The bases a denial of this request's type may rest on (CC 1798.105(d); rule 27). */
  public List<DenialBasis> denialBases() {
    RequestType type = request.type();
    return Arrays.stream(DenialBasis.values()).filter(b -> b.isAllowedFor(type)).toList();
  }

  /** The error to show at {@code field} of the form {@code action}, or null. */
  public String errorAt(String action, String field) {
    return error != null && error.action().equals(action) && error.field().equals(field)
        ? error.message()
        : null;
  }

  /** The error to show atop the form {@code action}: one about no field of it, or null. */
  public String formError(String action) {
    return error != null && error.action().equals(action) && !FIELDS.contains(error.field())
        ? error.message()
        : null;
  }

  /**
   * The error of an action whose form this page no longer shows (a second extension, an action on a
   * request someone else just closed), to show atop the actions; else null.
   */
  public String orphanError() {
    return error != null && !formShown(error.action()) ? error.message() : null;
  }

  private boolean formShown(String action) {
    return switch (action) {
      case "verify" -> canVerify();
      case "confirm-agent" -> canConfirmAgent();
      case "extend" -> canExtend();
      case "deny" -> canDeny();
      case "complete" -> canComplete();
      case "note", "assign" -> canNote();
      case "fulfil", "notice", "step" -> fulfilment != null;
      default -> false;
    };
  }

  /** What the user typed in {@code field} of {@code action}, after a refusal; else the default. */
  public String value(String action, String field, String fallback) {
    if (error == null || !error.action().equals(action)) {
      return fallback;
    }
    String typed = error.values().get(field);
    return typed == null ? fallback : typed;
  }

  /** Whether the phone confirmation to read out to the caller is shown (7021(a)). */
  public boolean showCallerConfirmation() {
    return flash == Flash.ENTERED && request.isOpen() && user.canAct();
  }

  public String spokenDueBy() {
    return Labels.spoken(request.effectiveDueBy());
  }
}
