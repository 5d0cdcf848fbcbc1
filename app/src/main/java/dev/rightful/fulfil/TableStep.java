package dev.rightful.fulfil;

import dev.rightful.datamap.Table;
import dev.rightful.law.RequestType;
import java.util.List;

/**
 * One planned step: a table, the lookups that find the consumer's rows in it, and the statements
 * shown to staff before execution (bound values as placeholders). Immutable.
 *
 * @param statement the select that reads every mapped column: access and correction
 * @param erasureColumns the columns a deletion reads: what it needs to erase, prove and reach
 *     further tables, see {@link Planner}
 * @param erasureStatement the select that reads {@code erasureColumns}
 * @param keptOnly a retained table no other table is found through: a deletion does not read it
 *     before erasing, and counts what it keeps afterwards, with the proof ({@link Planner})
 */
public record TableStep(
    Table table,
    List<Lookup> lookups,
    String statement,
    List<String> erasureColumns,
    String erasureStatement,
    boolean keptOnly) {
  public TableStep {
    lookups = List.copyOf(lookups);
    erasureColumns = List.copyOf(erasureColumns);
  }

  /**
   * Whether this table's rows can teach identifiers of {@code kind} not yet known: it has the one
   * column of that kind the walk learns from, and it is also found by another column (a customer
   * found by phone may have another email). Found only by that column, its rows give back the
   * values searched for, up to the database's collation.
   */
  public boolean teachesNew(String kind) {
    return teachesNew(table, lookups, kind);
  }

  static boolean teachesNew(Table table, List<Lookup> lookups, String kind) {
    List<String> columns =
        table.fields().stream()
            .filter(f -> kind.equals(f.identity()))
            .map(dev.rightful.datamap.Field::name)
            .toList();
    return columns.size() == 1
        && lookups.stream().anyMatch(l -> !l.column().equals(columns.get(0)));
  }

  /** The statement a request of {@code type} runs on this table. */
  public String statementFor(RequestType type) {
    return type == RequestType.DELETE ? erasureStatement : statement;
  }
}
