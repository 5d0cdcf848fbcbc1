package dev.rightful.fulfil.connector.jdbc;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Turns JDBC values into the portable forms fulfilment stores and packages. Stateless. */
final class Values {
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private Values() {}

  /** Integers as Long, decimals as plain BigDecimal, date-times as ISO text to the second. */
  static Object normalize(Object value) {
    if (value == null) {
      return null;
    } else if (value instanceof Short || value instanceof Integer || value instanceof Byte) {
      return ((Number) value).longValue();
    } else if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toLocalDateTime().format(SECONDS);
    } else if (value instanceof LocalDateTime dateTime) {
      return dateTime.format(SECONDS);
    } else if (value instanceof OffsetDateTime dateTime) {
      return dateTime.toLocalDateTime().format(SECONDS);
    } else if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    } else if (value instanceof LocalDate date) {
      return date.toString();
    } else if (value instanceof java.sql.Clob clob) {
      try {
        return clob.getSubString(1, (int) clob.length());
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
    } else if (value instanceof BigDecimal || value instanceof Long || value instanceof String) {
      return value;
    }
    return value.toString();
  }

  /** A value in the column's type for binding; null when it cannot be (then nothing matches). */
  static Object coerce(Object value, Integer sqlType) {
    if (value == null || sqlType == null) {
      return value;
    }
    boolean integral =
        sqlType == Types.BIGINT
            || sqlType == Types.INTEGER
            || sqlType == Types.SMALLINT
            || sqlType == Types.TINYINT;
    if (integral && value instanceof String text) {
      try {
        return Long.parseLong(text.strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (!integral
        && sqlType != Types.NUMERIC
        && sqlType != Types.DECIMAL
        && value instanceof Number) {
      return value.toString();
    }
    return value;
  }
}
