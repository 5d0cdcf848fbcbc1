package dev.rightful.retention;

import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.store.Database;
import dev.rightful.store.PiProtection;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.TestServer;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/** Rightful's own database for a test, migrated by the real Flyway migrations. */
final class Rightful {
  /** Seals consumer holds' identifiers with the fixed test key. */
  static final PiProtection PI = new CryptoPiProtection(TestServer.KEYS);

  private Rightful() {}

  /** A private in-memory H2 database in PostgreSQL mode, as start-dev runs. */
  static Jdbi h2() {
    DataSource h2 = h2Source();
    Database.migrate(h2);
    return Jdbi.create(h2);
  }

  /** A fresh schema on the PostgreSQL server, named {@code retention_test_rightful_…}. */
  static Jdbi postgres() {
    DataSource pg = postgresSource("retention_test_rightful");
    Database.migrate(pg);
    return Jdbi.create(pg);
  }

  /** A private in-memory H2 database in PostgreSQL mode, not migrated yet. */
  static DataSource h2Source() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:retention-rightful-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return h2;
  }

  /** A fresh, empty {@code schema} on the PostgreSQL server, not migrated yet. */
  static DataSource postgresSource(String schema) {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setUrl(Postgres.freshSchema(schema));
    pg.setUser(Postgres.USER);
    return pg;
  }
}
