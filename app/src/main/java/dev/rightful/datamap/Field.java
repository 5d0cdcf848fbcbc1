package dev.rightful.datamap;

import dev.rightful.law.Category;
import dev.rightful.law.SensitiveKind;
import java.util.Set;

/**
 * A column of a mapped table. {@code identity} names the kind of identifier the column holds
 * (email, phone, customer-id…) when the consumer can be located by it; {@code references} points at
 * {@code table.column} in the same system.
 */
public record Field(
    String name,
    Set<Category> categories,
    String identity,
    boolean verification,
    String references,
    SensitiveKind sensitive,
    String description,
    Location location) {

  public boolean holdsPersonalInformation() {
    return !categories.isEmpty();
  }
}
