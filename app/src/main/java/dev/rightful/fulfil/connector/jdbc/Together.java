package dev.rightful.fulfil.connector.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a list of statements in one round trip where the driver allows it (PostgreSQL: PgJDBC sends
 * a text's semicolon-separated parts with one Sync), else one by one; see {@link SelectGroup} for
 * why. Stateless.
 */
final class Together {
  private Together() {}

  /** A statement's text and the values its {@code ?} take, in order. */
  record Statement(String text, List<Object> values) {}

  static boolean supported(Connection connection) throws SQLException {
    return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
  }

  /** Runs updates; returns each one's row count, in order. */
  static List<Integer> updates(Connection connection, List<Statement> statements)
      throws SQLException {
    List<Integer> counts = new ArrayList<>();
    if (statements.size() < 2 || !supported(connection)) {
      for (Statement statement : statements) {
        try (PreparedStatement prepared = prepare(connection, List.of(statement))) {
          counts.add(prepared.executeUpdate());
        }
      }
      return counts;
    }
    try (PreparedStatement prepared = prepare(connection, statements)) {
      boolean isResult = prepared.execute();
      for (int i = 0; i < statements.size(); i++) {
        if (isResult) {
          throw new SQLException("an update of the group returned rows");
        }
        counts.add(prepared.getUpdateCount());
        isResult = prepared.getMoreResults();
      }
    }
    return counts;
  }

  /** Reads the result of the {@code index}-th query. */
  interface Reader {
    void read(int index, ResultSet result) throws SQLException;
  }

  /** Runs queries, handing each one's result to {@code reader}, in order. */
  static void queries(Connection connection, List<Statement> statements, Reader reader)
      throws SQLException {
    boolean together = statements.size() > 1 && supported(connection);
    int index = 0;
    for (List<Statement> part :
        together ? List.of(statements) : statements.stream().map(List::of).toList()) {
      try (PreparedStatement prepared = prepare(connection, part)) {
        boolean isResult = prepared.execute();
        for (int i = 0; i < part.size(); i++) {
          if (!isResult) {
            throw new SQLException("a query of the group returned no rows");
          }
          try (ResultSet result = prepared.getResultSet()) {
            reader.read(index++, result);
          }
          isResult = prepared.getMoreResults();
        }
      }
    }
  }

  /** Runs queries that each answer one number (a COUNT); returns them in order. */
  static List<Long> numbers(Connection connection, List<Statement> statements) throws SQLException {
    List<Long> numbers = new ArrayList<>();
    queries(
        connection,
        statements,
        (index, result) -> {
          result.next();
          numbers.add(result.getLong(1));
        });
    return numbers;
  }

  private static PreparedStatement prepare(Connection connection, List<Statement> statements)
      throws SQLException {
    PreparedStatement prepared =
        connection.prepareStatement(
            String.join(";\n", statements.stream().map(Statement::text).toList()));
    int index = 1;
    for (Statement statement : statements) {
      for (Object value : statement.values()) {
        prepared.setObject(index++, value);
      }
    }
    return prepared;
  }
}
