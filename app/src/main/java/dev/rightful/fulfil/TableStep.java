package dev.rightful.fulfil;

import dev.rightful.datamap.Table;
import java.util.List;

/**
 * One planned step: a table, the lookups that find the consumer's rows in it, and the statement
 * shown to staff before execution (bound values as placeholders). Immutable.
 */
public record TableStep(Table table, List<Lookup> lookups, String statement) {
  public TableStep {
    lookups = List.copyOf(lookups);
  }
}
