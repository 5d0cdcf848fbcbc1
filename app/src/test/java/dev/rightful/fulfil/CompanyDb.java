package dev.rightful.fulfil;

import com.zaxxer.hikari.HikariDataSource;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.datamap.DataSystem;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Table;
import dev.rightful.law.Category;
import dev.rightful.law.SensitiveKind;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Net2Phone demo company database loaded fresh into the real PostgreSQL or MariaDB of this
 * machine (a {@link TestDatabase} with a name of its own, dropped on close), with a seeded Social
 * Security number for Jane Doe, and the example map extended to map it as a never-disclosed
 * government id.
 */
final class CompanyDb implements AutoCloseable {
  static final String SSN = "123-45-6789";
  final HikariDataSource dataSource;
  final String name;
  private final TestDatabase database;

  private CompanyDb(TestDatabase database) {
    this.database = database.loadDemo();
    this.dataSource = database.pool();
    this.name = database.kind().label();
    sql(
        "ALTER TABLE job_applicants ADD COLUMN ssn VARCHAR(11)",
        "UPDATE job_applicants SET ssn = '" + SSN + "' WHERE id = 8001");
  }

  /** A fresh PostgreSQL schema whose name starts with {@code schema}. */
  static CompanyDb postgres(String schema) {
    return new CompanyDb(TestDatabase.create(TestDatabase.Kind.POSTGRESQL, schema));
  }

  static CompanyDb mariadb() {
    return mariadb("fulfil_test");
  }

  /** A fresh MariaDB database whose name starts with {@code database}. */
  static CompanyDb mariadb(String database) {
    return new CompanyDb(TestDatabase.create(TestDatabase.Kind.MARIADB, database));
  }

  void sql(String... statements) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String statement : statements) {
        s.execute(statement);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  long count(String query) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        var rows = s.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  String text(String query) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        var rows = s.executeQuery(query)) {
      return rows.next() ? rows.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The example map, with job_applicants.ssn mapped as a government id. */
  static DataMap map() {
    return withSensitiveField(
        DataMapLoader.load(Repo.exampleMap()).orThrow(),
        "job_applicants",
        "ssn",
        Category.L,
        SensitiveKind.GOVERNMENT_ID);
  }

  /** {@code map} with {@code table.field} added, holding sensitive information of {@code kind}. */
  static DataMap withSensitiveField(
      DataMap map, String tableName, String field, Category category, SensitiveKind kind) {
    List<DataSystem> systems = new ArrayList<>();
    for (DataSystem system : map.systems()) {
      List<Table> tables = new ArrayList<>();
      for (Table table : system.tables()) {
        if (table.name().equals(tableName)) {
          List<Field> fields = new ArrayList<>(table.fields());
          fields.add(new Field(field, Set.of(category), null, false, null, kind, null, null, null));
          table =
              new Table(
                  table.name(),
                  table.description(),
                  table.primaryKey(),
                  table.timeColumn(),
                  fields,
                  table.onDelete(),
                  table.retainedBy(),
                  table.location());
        }
        tables.add(table);
      }
      systems.add(
          new DataSystem(
              system.id(),
              system.name(),
              system.connector(),
              system.urlEnv(),
              system.userEnv(),
              system.passwordEnv(),
              system.secretEnv(),
              system.email(),
              tables,
              system.location()));
    }
    return withSystems(map, systems);
  }

  /** The map with {@code systems} in place of its own. */
  static DataMap withSystems(DataMap map, List<DataSystem> systems) {
    return new DataMap(
        map.directory(),
        map.business(),
        map.notice(),
        map.methods(),
        map.categories(),
        map.sources(),
        map.purposes(),
        map.recipients(),
        systems,
        map.retention(),
        map.minors(),
        map.financialIncentives(),
        map.doNotTrack());
  }

  /** Closes the pool and drops the database. */
  @Override
  public void close() {
    database.close();
  }
}
