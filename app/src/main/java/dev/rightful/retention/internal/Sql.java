package dev.rightful.retention.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A piece of SQL and the values bound to its {@code ?} markers, in order. Built once per table and
 * sweep; immutable once built.
 */
public record Sql(String text, List<Object> params) {
  public Sql {
    params = List.copyOf(params);
  }

  public static Sql of(String text, Object... params) {
    return new Sql(text, List.of(params));
  }

  /** Prepares the statement with the values bound from the first marker on. */
  public PreparedStatement prepare(Connection connection) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(text);
    try {
      for (int i = 0; i < params.size(); i++) {
        statement.setObject(i + 1, params.get(i));
      }
      return statement;
    } catch (SQLException | RuntimeException e) {
      statement.close();
      throw e;
    }
  }

  /** Joins pieces with {@code separator}; their values follow each other. */
  public static Sql join(String separator, List<Sql> parts) {
    Builder builder = new Builder();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        builder.append(separator);
      }
      builder.append(parts.get(i));
    }
    return builder.build();
  }

  /** Collects text and values. Not thread-safe. */
  public static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public Builder append(String sql) {
      text.append(sql);
      return this;
    }

    public Builder append(Sql sql) {
      text.append(sql.text());
      params.addAll(sql.params());
      return this;
    }

    /** Appends a {@code ?} marker bound to {@code value}. */
    public Builder param(Object value) {
      text.append('?');
      params.add(value);
      return this;
    }

    public Sql build() {
      return new Sql(text.toString(), params);
    }
  }
}
