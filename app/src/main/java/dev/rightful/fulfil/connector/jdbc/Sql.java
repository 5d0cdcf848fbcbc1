package dev.rightful.fulfil.connector.jdbc;

import dev.rightful.datamap.Field;
import dev.rightful.datamap.Table;
import dev.rightful.fulfil.Lookup;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the set-based statements of fulfilment with a database's identifier quote. Values are
 * never written into the text: each IN list is a run of {@code ?} bound by the caller. Immutable
 * and thread-safe.
 */
public final class Sql {
  private final String quote;

  public Sql(String quote) {
    this.quote = quote == null || quote.isBlank() ? "" : quote.strip();
  }

  /** Standard SQL quoting, for showing plans. */
  public static Sql ansi() {
    return new Sql("\"");
  }

  public String id(String name) {
    return quote + name.replace(quote, quote + quote) + quote;
  }

  /** The plan's form of a table's select: every mapped column, one IN list per lookup. */
  public String select(Table table, List<Lookup> lookups) {
    return select(table, table.fields().stream().map(Field::name).toList(), lookups);
  }

  /** The plan's form of a select of the columns {@code read}. */
  public String select(Table table, List<String> read, List<Lookup> lookups) {
    return where(
        table,
        read,
        lookups.stream().map(l -> id(l.column()) + " IN (" + l.placeholder() + ")").toList());
  }

  /**
   * A select of the columns {@code read} with {@code counts[i]} parameters for the i-th column in
   * {@code columns}.
   */
  public String select(Table table, List<String> read, List<String> columns, List<Integer> counts) {
    List<String> conditions = new java.util.ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      conditions.add(id(columns.get(i)) + " IN (" + marks(counts.get(i)) + ")");
    }
    return where(table, read, conditions);
  }

  private String where(Table table, List<String> read, List<String> conditions) {
    return "SELECT "
        + read.stream().map(this::id).collect(Collectors.joining(", "))
        + " FROM "
        + id(table.name())
        + " WHERE "
        + String.join(" OR ", conditions);
  }

  public static String marks(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }
}
