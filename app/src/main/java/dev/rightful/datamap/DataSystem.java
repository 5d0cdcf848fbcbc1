package dev.rightful.datamap;

import java.util.List;
import java.util.Optional;

/**
 * A system that holds personal information: a database reached over JDBC, a vendor's API, or a
 * store that people handle by hand. Connection secrets are named by environment variable only.
 */
public record DataSystem(
    String id,
    String name,
    String connector,
    String urlEnv,
    String userEnv,
    String passwordEnv,
    List<Table> tables,
    Location location) {

  public Optional<Table> findTable(String tableName) {
    return tables.stream().filter(t -> t.name().equals(tableName)).findFirst();
  }
}
