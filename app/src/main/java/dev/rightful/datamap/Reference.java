package dev.rightful.datamap;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A foreign key the data map declares: column {@code fromColumn} of table {@code fromTable} holds
 * values of {@code toTable.toColumn}, in the same system. The child row hangs under the parent row
 * it refers to (an account under its customer). Parsed once, when the map is read; immutable.
 */
public record Reference(String fromTable, String fromColumn, String toTable, String toColumn) {
  private static final Pattern WRITTEN =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\.([A-Za-z_][A-Za-z0-9_]*)");

  /**
   * The reference a field's {@code references: table.column} declares, or empty when the text is
   * not written table.column (the loader reports that at the value's position).
   */
  public static Optional<Reference> parse(String fromTable, String fromColumn, String written) {
    var match = written == null ? null : WRITTEN.matcher(written);
    if (match == null || !match.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Reference(fromTable, fromColumn, match.group(1), match.group(2)));
  }

  /** {@code table.column} of the parent, as the map writes it. */
  public String target() {
    return toTable + "." + toColumn;
  }

  /** The same reference made from a table now named {@code table}. */
  public Reference from(String table) {
    return new Reference(table, fromColumn, toTable, toColumn);
  }

  @Override
  public String toString() {
    return fromTable + "." + fromColumn + " -> " + target();
  }
}
