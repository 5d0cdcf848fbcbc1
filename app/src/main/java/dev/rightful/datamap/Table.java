package dev.rightful.datamap;

import java.util.List;
import java.util.Optional;

/**
 * A table (or collection) of a system, with its mapped fields and what a deletion request does to
 * its rows: {@code onDelete} deletes them (the default), anonymizes them field by field, or retains
 * them on the basis of the retention rule {@code retainedBy} names. Immutable.
 *
 * <p>{@code timeColumn} says when each row's information was collected, and so makes the table an
 * {@linkplain #eventRecord() event record}; a table without one holds what the company maintains
 * about a consumer.
 */
public record Table(
    String name,
    String description,
    String primaryKey,
    String timeColumn,
    List<Field> fields,
    OnDelete onDelete,
    String retainedBy,
    Location location) {

  /** What a deletion request does to the consumer's rows of a table. */
  public enum OnDelete implements dev.rightful.law.Vocabulary {
    DELETE("delete"),
    /** Keep the row, apply each field's {@link Field.OnDelete} (null, hash, pseudonymize). */
    ANONYMIZE("anonymize"),
    /** Keep the row unchanged, for the basis of a retention rule (CC 1798.105(d)). */
    RETAIN("retain");

    private final String id;

    OnDelete(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    public static java.util.Optional<OnDelete> fromId(String id) {
      return dev.rightful.law.Vocabulary.parse(OnDelete.class, id);
    }
  }

  /**
   * Whether each row records an event (a call, an invoice, a visit) collected at the time its
   * {@code timeColumn} holds: a request to know shows such rows for its period only. A table
   * without a time column (a customer, an account, a card on file) is information the company
   * maintains, shown whatever the period (rule 20; 7024(h)).
   */
  public boolean eventRecord() {
    return timeColumn != null;
  }

  public Optional<Field> findField(String fieldName) {
    return fields.stream().filter(f -> fieldName != null && fieldName.equals(f.name())).findFirst();
  }
}
