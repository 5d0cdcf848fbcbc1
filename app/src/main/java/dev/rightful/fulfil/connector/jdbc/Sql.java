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
    return "SELECT "
        + columns(table)
        + " FROM "
        + id(table.name())
        + " WHERE "
        + lookups.stream()
            .map(l -> id(l.column()) + " IN (" + l.placeholder() + ")")
            .collect(Collectors.joining(" OR "));
  }

  /** A select with {@code counts[i]} parameters for the i-th column in {@code columns}. */
  public String select(Table table, List<String> columns, List<Integer> counts) {
    return "SELECT "
        + columns(table)
        + " FROM "
        + id(table.name())
        + " WHERE "
        + in(columns, counts);
  }

  public String in(List<String> columns, List<Integer> counts) {
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        where.append(" OR ");
      }
      where.append(id(columns.get(i))).append(" IN (").append(marks(counts.get(i))).append(')');
    }
    return where.toString();
  }

  public String columns(Table table) {
    return table.fields().stream().map(Field::name).map(this::id).collect(Collectors.joining(", "));
  }

  public static String marks(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }
}
