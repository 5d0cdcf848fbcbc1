package dev.rightful.datamap;

import java.util.List;
import java.util.Optional;

/**
 * A system that holds personal information: a database reached over JDBC, a vendor's API (a {@code
 * webhook}: its endpoint in the variable {@code urlEnv}, its signing secret in {@code secretEnv}),
 * a vendor reached by {@code email}, or a store that people handle by hand. Connection secrets are
 * named by environment variable only.
 */
public record DataSystem(
    String id,
    String name,
    String connector,
    String urlEnv,
    String userEnv,
    String passwordEnv,
    String secretEnv,
    String email,
    List<Table> tables,
    Location location) {

  public Optional<Table> findTable(String tableName) {
    return tables.stream().filter(t -> tableName != null && tableName.equals(t.name())).findFirst();
  }

  /** The graph its tables' references form: parents, children, walks and orders. */
  public TableGraph graph() {
    return TableGraph.of(tables);
  }
}
