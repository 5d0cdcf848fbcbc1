package dev.rightful.datamap;

import java.util.List;
import java.util.Optional;

/**
 * A table (or collection) of a system, with its mapped fields and what a deletion request does to
 * its rows: {@code onDelete} deletes them (the default), anonymizes them field by field, or retains
 * them on the basis of the retention rule {@code retainedBy} names. Immutable.
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

  public Optional<Field> findField(String fieldName) {
    return fields.stream().filter(f -> fieldName != null && fieldName.equals(f.name())).findFirst();
  }
}
