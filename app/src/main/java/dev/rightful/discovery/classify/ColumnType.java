package dev.rightful.discovery.classify;

/** A column's type, as far as classification cares: the JDBC type folded into a few kinds. */
public enum ColumnType {
  TEXT,
  INTEGER,
  DECIMAL,
  BOOLEAN,
  DATE,
  TIMESTAMP,
  /** Bytes: named only, never sampled. */
  BINARY,
  OTHER;

  /** The kind of a {@link java.sql.Types} code. */
  public static ColumnType ofJdbc(int jdbcType) {
    return switch (jdbcType) {
      case java.sql.Types.CHAR,
          java.sql.Types.VARCHAR,
          java.sql.Types.LONGVARCHAR,
          java.sql.Types.NCHAR,
          java.sql.Types.NVARCHAR,
          java.sql.Types.LONGNVARCHAR,
          java.sql.Types.CLOB,
          java.sql.Types.NCLOB,
          java.sql.Types.SQLXML ->
          TEXT;
      case java.sql.Types.TINYINT,
          java.sql.Types.SMALLINT,
          java.sql.Types.INTEGER,
          java.sql.Types.BIGINT ->
          INTEGER;
      case java.sql.Types.DECIMAL,
          java.sql.Types.NUMERIC,
          java.sql.Types.REAL,
          java.sql.Types.FLOAT,
          java.sql.Types.DOUBLE ->
          DECIMAL;
      case java.sql.Types.BIT, java.sql.Types.BOOLEAN -> BOOLEAN;
      case java.sql.Types.DATE -> DATE;
      case java.sql.Types.TIMESTAMP, java.sql.Types.TIMESTAMP_WITH_TIMEZONE -> TIMESTAMP;
      case java.sql.Types.BINARY,
          java.sql.Types.VARBINARY,
          java.sql.Types.LONGVARBINARY,
          java.sql.Types.BLOB ->
          BINARY;
      default -> OTHER;
    };
  }
}
