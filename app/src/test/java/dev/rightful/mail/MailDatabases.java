package dev.rightful.mail;

import dev.rightful.store.Database;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.TestServer;
import java.util.stream.Stream;

/** The two databases the mail tests run on: in-memory H2 (PostgreSQL mode) and PostgreSQL. */
record MailDatabases(String name, String url, String user) {

  /** Fresh H2 and PostgreSQL databases; the PostgreSQL one lives in {@code schema}. */
  static Stream<MailDatabases> fresh(String schema) {
    return Stream.of(
        new MailDatabases("h2", TestServer.h2Url(), "sa"),
        new MailDatabases("postgresql", Postgres.freshSchema(schema), Postgres.USER));
  }

  /** Opens a pool on this database, migrated; a second call is a second node's pool. */
  Database open() {
    return Database.open(url, user, "", 4);
  }

  @Override
  public String toString() {
    return name;
  }
}
