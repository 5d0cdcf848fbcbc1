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
 */
public record TableStep(
    Table table,
    List<Lookup> lookups,
    String statement,
    List<String> erasureColumns,
    String erasureStatement) {
  public TableStep {
    lookups = List.copyOf(lookups);
    erasureColumns = List.copyOf(erasureColumns);
  }

  /** The statement a request of {@code type} runs on this table. */
  public String statementFor(RequestType type) {
    return type == RequestType.DELETE ? erasureStatement : statement;
  }
}
