package dev.rightful.retention;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A legal hold: data kept past its retention period because a claim, an investigation or a legal
 * duty needs it (CC 1798.145(a)(1)(E), exercising or defending legal claims). It covers one
 * consumer, named by one identifier the data map knows (an {@code email}, a {@code phone}…), or a
 * whole table. Immutable.
 *
 * <p>A consumer hold keeps the rows whose identity fields of that kind match the value, and the
 * rows that refer to them (an account of a held customer, the invoices of that account).
 *
 * @param identityKind the data map's identity kind, such as {@code email} (consumer holds)
 * @param identityValue the identifier, normalized by {@link #normalize} (consumer holds); stored
 *     sealed, this is its opened value
 * @param systemId the system of the held table (table holds)
 * @param tableName the held table (table holds)
 * @param expiresAt when the hold lapses by itself, or null for a hold that lasts until released
 */
public record Hold(
    long id,
    Scope scope,
    String identityKind,
    String identityValue,
    String systemId,
    String tableName,
    String reason,
    String placedBy,
    Instant placedAt,
    Instant expiresAt,
    Instant releasedAt) {

  @Override
  public String toString() {
    // The identifier is personal information: keep it out of logs and assertion messages.
    return "Hold[id="
        + id
        + (scope == Scope.TABLE
            ? ", table=" + systemId + "." + tableName
            : ", consumer by " + identityKind)
        + "]";
  }

  /** What a hold covers. */
  public enum Scope {
    CONSUMER,
    TABLE;

    String column() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Whether the hold keeps data at {@code instant}: placed, not released, not expired. */
  public boolean activeAt(Instant instant) {
    return !placedAt.isAfter(instant)
        && (releasedAt == null || releasedAt.isAfter(instant))
        && (expiresAt == null || expiresAt.isAfter(instant));
  }

  /** Whether this is a table hold on {@code system.table}. */
  public boolean holds(String system, String table) {
    return scope == Scope.TABLE && systemId.equals(system) && tableName.equals(table);
  }

  /**
   * An identifier as holds store and compare it: e-mail addresses in lower case, phone numbers
   * without spaces and the separators {@code - ( ) + . /} (give the country code: {@code +1
   * 415-555-0100} is {@code 14155550100}), anything else trimmed.
   */
  public static String normalize(String identityKind, String value) {
    String trimmed = value.strip();
    return switch (Matching.of(identityKind)) {
      case EMAIL -> trimmed.toLowerCase(Locale.ROOT);
      case PHONE -> trimmed.replaceAll("[ ()+./-]", "");
      case EXACT -> trimmed;
    };
  }

  /** How an identity kind's values are compared in the company database. */
  public enum Matching {
    EMAIL,
    PHONE,
    EXACT;

    /** The comparison for a data map identity kind, told by its name. */
    public static Matching of(String identityKind) {
      String kind = identityKind.toLowerCase(Locale.ROOT);
      if (kind.contains("email") || kind.contains("e-mail")) {
        return EMAIL;
      } else if (kind.contains("phone")) {
        return PHONE;
      }
      return EXACT;
    }

    /**
     * A SQL expression for {@code column} without the separators {@link #normalize} drops: nested
     * REPLACE runs alike on every database, where regular expressions do not.
     */
    public static String separatorsRemoved(String column) {
      String expression = column;
      for (String separator : List.of(" ", "(", ")", "+", ".", "/", "-")) {
        expression = "REPLACE(" + expression + ", '" + separator + "', '')";
      }
      return expression;
    }
  }
}
