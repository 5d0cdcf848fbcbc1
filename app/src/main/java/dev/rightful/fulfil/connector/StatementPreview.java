package dev.rightful.fulfil.connector;

import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Table;
import dev.rightful.fulfil.Lookup;
import dev.rightful.fulfil.connector.jdbc.SqlPreview;
import java.util.List;

/**
 * How a connector shows staff, before anything runs, the statement that reads a planned table: the
 * planner asks it for each step, so that the planner knows no connector's language. Implementations
 * are stateless and thread-safe.
 */
@FunctionalInterface
public interface StatementPreview {
  /**
   * The statement that reads {@code columns} of the rows of {@code table} that {@code lookups}
   * find, with each bound value shown as a placeholder.
   */
  String select(Table table, List<String> columns, List<Lookup> lookups);

  /**
   * The preview for {@code system}. Every system is shown as standard SQL, the JDBC connector's
   * form: a vendor system's steps read as the rows the vendor is asked for.
   */
  static StatementPreview of(DataSystem system) {
    return SqlPreview.ANSI;
  }
}
