package dev.rightful.retention.internal;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The few places where company databases differ for a sweep. Everything else is standard SQL that
 * PostgreSQL, MariaDB/MySQL and H2 all run.
 */
public enum Dialect {
  POSTGRESQL,
  MARIADB,
  H2,
  OTHER;

  public static Dialect of(DatabaseMetaData metaData) throws SQLException {
    String product = metaData.getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgresql")) {
      return POSTGRESQL;
    } else if (product.contains("mariadb") || product.contains("mysql")) {
      return MARIADB;
    } else if (product.equals("h2")) {
      return H2;
    }
    return OTHER;
  }

  /** An expression keeping only the digits of {@code expression}: phone numbers compare so. */
  public String digitsOnly(String expression) {
    return this == POSTGRESQL
        ? "regexp_replace(" + expression + ", '[^0-9]', '', 'g')"
        : "REGEXP_REPLACE(" + expression + ", '[^0-9]', '')";
  }
}
