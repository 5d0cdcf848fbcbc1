package dev.rightful.console;

import dev.rightful.retention.Hold;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * The legal holds page: every hold with its state, and for admins the form that places one, with
 * what was typed and the error of a refused attempt. Immutable.
 *
 * @param values the form's fields as typed, by name
 * @param errorField the form field a refused attempt names, or null
 * @param error what to fix, or null
 * @param notice what the last action did, or null
 */
public record HoldsPage(
    ConsoleUser user,
    List<Hold> holds,
    Instant now,
    ZoneId zone,
    List<String> identityKinds,
    List<String> tables,
    Map<String, String> values,
    String errorField,
    String error,
    String notice) {
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  public HoldsPage {
    holds = List.copyOf(holds);
    identityKinds = List.copyOf(identityKinds);
    tables = List.copyOf(tables);
    values = Map.copyOf(values);
  }

  public boolean canPlace() {
    return user.canChangeHolds();
  }

  public String value(String field) {
    return values.getOrDefault(field, "");
  }

  /** The error shown at {@code field}, or null. */
  public String errorAt(String field) {
    return field.equals(errorField) ? error : null;
  }

  /** What a hold keeps, in words. */
  public String what(Hold hold) {
    return hold.scope() == Hold.Scope.CONSUMER
        ? "Consumer, " + hold.identityKind() + " " + hold.identityValue()
        : "Table " + hold.systemId() + "." + hold.tableName();
  }

  /** Active, expired or released, with the date. */
  public String state(Hold hold) {
    if (hold.releasedAt() != null) {
      return "Released " + time(hold.releasedAt());
    }
    if (!hold.activeAt(now)) {
      return "Expired " + time(hold.expiresAt());
    }
    return hold.expiresAt() == null ? "Active" : "Active until " + time(hold.expiresAt());
  }

  public boolean releasable(Hold hold) {
    return canPlace() && hold.releasedAt() == null && hold.activeAt(now);
  }

  public String time(Instant instant) {
    return SHOWN.format(instant.atZone(zone));
  }
}
