package dev.rightful.consent;

import dev.rightful.store.Database;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.TestServer;
import java.util.stream.Stream;

/** Rightful's database for consent tests: in-memory H2 in PostgreSQL mode, or real PostgreSQL. */
final class TestDatabases {
  private TestDatabases() {}

  static Stream<String> kinds() {
    return Stream.of("h2", "postgresql");
  }

  /** A freshly migrated database; {@code schema} keeps PostgreSQL test classes apart. */
  static Database open(String kind, String schema) {
    if (kind.equals("h2")) {
      return Database.open(TestServer.h2Url(), "sa", "", 4);
    }
    return Database.open(Postgres.freshSchema(schema), Postgres.USER, "", 4);
  }

  static byte[] secret() {
    return "a test secret of at least thirty-two bytes"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }
}
