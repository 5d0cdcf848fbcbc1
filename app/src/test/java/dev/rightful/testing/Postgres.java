package dev.rightful.testing;

/**
 * The PostgreSQL server on this machine (127.0.0.1:5432, trust auth, database {@code test}), with a
 * fresh schema per caller so parallel test classes do not collide. Never skipped: a missing server
 * fails the test.
 */
public final class Postgres {
  public static final String USER = "postgres";

  private Postgres() {}

  /**
   * Creates a schema named {@code schema} plus a random suffix (see {@link TestDatabase}); returns
   * a JDBC URL whose default schema it is. It is dropped when the test JVM exits; a class that
   * wants it dropped sooner uses {@link TestDatabaseExtension}.
   */
  public static String freshSchema(String schema) {
    return TestDatabase.create(TestDatabase.Kind.POSTGRESQL, schema).url();
  }
}
