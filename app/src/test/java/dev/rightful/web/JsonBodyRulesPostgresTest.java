package dev.rightful.web;

import dev.rightful.testing.Postgres;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestServer;
import org.junit.jupiter.api.BeforeAll;

/**
 * The same rules with Rightful's own database on PostgreSQL, which refuses a NUL in text columns
 * outright: a control character must be refused before it reaches any of them.
 */
class JsonBodyRulesPostgresTest extends JsonBodyRulesTest {
  @BeforeAll
  static void start() throws Exception {
    startOn(
        TestServer.start(
            Repo.exampleMap(), Postgres.freshSchema("json_body_rules"), Postgres.USER, ""));
  }
}
