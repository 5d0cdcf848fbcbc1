package dev.rightful.demo;

import dev.rightful.demo.DemoDatabase.Dialect;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * SQL expressions for generating demo rows on the server, spelt for PostgreSQL or MariaDB. Every
 * value is a pure function of the row number, so both databases get the same rows and a test can
 * compute what a row holds. Immutable.
 */
record DemoSql(Dialect dialect) {
  /*
   * Only what the two dialects spell differently is here: the row source (generate_series, the
   * Sequence engine's seq_1_to_N), integer division (/ against DIV), casts to text, picking from a
   * list (ARRAY[..][i] against ELT) and timestamp arithmetic. MariaDB's seq is BIGINT UNSIGNED, so
   * no expression may go below zero.
   */

  /** The fixed date the data is generated up to (like seed.sql's demo date). */
  static final String AS_OF = "2026-03-01 00:00:00";

  boolean postgres() {
    return dialect != Dialect.MARIADB;
  }

  /**
   * A derived table {@code r} with one column {@code g} running from {@code first} to {@code last}.
   */
  String rows(long first, long last) {
    return postgres()
        ? "(SELECT g FROM generate_series(CAST(" + first + " AS BIGINT), " + last + ") g) r"
        : "(SELECT seq + " + (first - 1) + " AS g FROM seq_1_to_" + (last - first + 1) + ") r";
  }

  String div(String a, long b) {
    return postgres() ? "((" + a + ") / " + b + ")" : "((" + a + ") DIV " + b + ")";
  }

  String text(String a) {
    return postgres() ? "CAST((" + a + ") AS TEXT)" : "CAST((" + a + ") AS CHAR)";
  }

  String pad4(String a) {
    return "LPAD(" + text("(" + a + ") % 10000") + ", 4, '0')";
  }

  static String concat(String... parts) {
    return "CONCAT(" + String.join(", ", parts) + ")";
  }

  /** One of {@code literals} (SQL literals), chosen by {@code a} modulo their number. */
  String pick(String a, String... literals) {
    String index = "((" + a + ") % " + literals.length + " + 1)";
    return postgres()
        ? "(ARRAY[" + String.join(", ", literals) + "])[" + index + "]"
        : "ELT(" + index + ", " + String.join(", ", literals) + ")";
  }

  /** Quoted string literals. */
  static String[] q(String... values) {
    return Arrays.stream(values).map(v -> "'" + v + "'").toArray(String[]::new);
  }

  static String list(String... values) {
    return Arrays.stream(values).collect(Collectors.joining(", "));
  }

  /** {@link #AS_OF} minus {@code minutes}. */
  String before(String minutes) {
    return postgres()
        ? "(TIMESTAMP '" + AS_OF + "' - (" + minutes + ") * INTERVAL '1 minute')"
        : "(TIMESTAMP '" + AS_OF + "' - INTERVAL (" + minutes + ") MINUTE)";
  }

  String plus(String timestamp, String minutes) {
    return postgres()
        ? "(" + timestamp + " + (" + minutes + ") * INTERVAL '1 minute')"
        : "(" + timestamp + " + INTERVAL (" + minutes + ") MINUTE)";
  }
}
