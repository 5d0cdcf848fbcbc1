package dev.rightful.staff.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Instants to and from TIMESTAMP WITH TIME ZONE columns, the same way on PostgreSQL and H2: through
 * {@link OffsetDateTime}, never the JVM's default zone.
 */
public final class Sql {
  private Sql() {}

  /** The value to bind for {@code instant}, in UTC; null stays null. */
  public static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** The column's instant, or null. */
  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
