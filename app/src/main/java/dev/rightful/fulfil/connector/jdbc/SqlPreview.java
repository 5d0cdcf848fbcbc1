package dev.rightful.fulfil.connector.jdbc;

import dev.rightful.datamap.Table;
import dev.rightful.fulfil.Lookup;
import dev.rightful.fulfil.connector.StatementPreview;
import java.util.List;

/**
 * The JDBC connector's statements as the plan shows them: standard SQL quoting, each lookup's
 * values as a named placeholder. Stateless and thread-safe.
 */
public final class SqlPreview implements StatementPreview {
  /** Standard SQL, the form every plan is shown in. */
  public static final StatementPreview ANSI = new SqlPreview(Sql.ansi());

  private final Sql sql;

  private SqlPreview(Sql sql) {
    this.sql = sql;
  }

  @Override
  public String select(Table table, List<String> columns, List<Lookup> lookups) {
    return sql.select(table, columns, lookups);
  }
}
