package dev.rightful.datamap;

import java.util.List;
import java.util.Optional;

/** A table (or collection) of a system, with its mapped fields. */
public record Table(
    String name,
    String description,
    String primaryKey,
    String timeColumn,
    List<Field> fields,
    Location location) {

  public Optional<Field> findField(String fieldName) {
    return fields.stream().filter(f -> fieldName != null && fieldName.equals(f.name())).findFirst();
  }
}
