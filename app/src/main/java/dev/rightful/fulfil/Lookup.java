package dev.rightful.fulfil;

/**
 * One way a planned table's rows are found: by an identity column matching the consumer's
 * identifiers, by a foreign key matching keys already found in the table it references, or (for a
 * table no identity reaches downwards) by its key matching a foreign key found in a child table.
 *
 * @param column this table's column compared
 * @param kind how the compared values are obtained
 * @param source the identity kind (IDENTITY) or the other table (CHILD_OF, PARENT_OF)
 * @param sourceColumn the other table's column, or null for IDENTITY
 */
public record Lookup(String column, Kind kind, String source, String sourceColumn) {

  /** Where the values a lookup compares come from. */
  public enum Kind {
    IDENTITY,
    CHILD_OF,
    PARENT_OF
  }

  /** How the plan shows the bound values, e.g. {@code :email} or {@code :accounts.id}. */
  public String placeholder() {
    return kind == Kind.IDENTITY ? ":" + source : ":" + source + "." + sourceColumn;
  }
}
