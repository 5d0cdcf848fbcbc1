package dev.rightful.datamap;

import dev.rightful.law.Category;
import dev.rightful.law.SensitiveKind;
import java.util.List;
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

  /** The kinds of identifier a request can start from; {@code identity} is one of them. */
  public static final List<String> IDENTITIES =
      List.of("email", "phone", "customer-id", "device-id");

  public boolean holdsPersonalInformation() {
    return !categories.isEmpty();
  }
}
