package dev.rightful.retention;

import dev.rightful.store.Database;
import dev.rightful.testing.Postgres;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.postgresql.ds.PGSimpleDataSource;

/** Rightful's own database for a test, migrated by the real Flyway migrations. */
final class Rightful {
  private Rightful() {}

  /** A private in-memory H2 database in PostgreSQL mode, as start-dev runs. */
  static Jdbi h2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:retention-rightful-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Database.migrate(h2);
    return Jdbi.create(h2);
  }

  /** A fresh schema {@code retention_test_rightful} on the PostgreSQL server. */
  static Jdbi postgres() {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setUrl(Postgres.freshSchema("retention_test_rightful"));
    pg.setUser(Postgres.USER);
    Database.migrate(pg);
    return Jdbi.create(pg);
  }
}
