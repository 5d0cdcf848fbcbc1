package dev.rightful.datamap;

import dev.rightful.law.Category;
import dev.rightful.law.SensitiveKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A column of a mapped table. {@code identity} names the kind of identifier the column holds
 * (email, phone, customer-id…) when the consumer can be located by it; {@code references} is the
 * foreign key it holds to {@code table.column} in the same system, if any (see {@link TableGraph}).
 */
public record Field(
    String name,
    Set<Category> categories,
    String identity,
    boolean verification,
    Reference references,
    SensitiveKind sensitive,
    String description,
    OnDelete onDelete,
    Location location) {

  /**
   * What anonymizing a row does to this column: set it null (the default for a column holding
   * personal information), replace it with a keyed hash of its value, replace it with the request's
   * pseudonym, or keep it (a key, or a value that identifies no one once the rest is gone).
   */
  public enum OnDelete implements dev.rightful.law.Vocabulary {
    NULL("null"),
    HASH("hash"),
    PSEUDONYMIZE("pseudonymize"),
    KEEP("keep");

    private final String id;

    OnDelete(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    public static Optional<OnDelete> fromId(String id) {
      return dev.rightful.law.Vocabulary.parse(OnDelete.class, id);
    }
  }

  /** The kinds of identifier a request can start from; {@code identity} is one of them. */
  public static final List<String> IDENTITIES =
      List.of("email", "phone", "customer-id", "device-id");

  public boolean holdsPersonalInformation() {
    return !categories.isEmpty();
  }
}
