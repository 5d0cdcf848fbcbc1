package dev.rightful.consent;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;

/** Reads {@code consent_propagation} rows. */
final class PropagationRows {
  private PropagationRows() {}

  static PropagationTask task(ResultSet rs) throws SQLException {
    return new PropagationTask(
        rs.getLong("id"),
        rs.getString("subject"),
        Propagation.purposes(rs.getString("purposes")),
        rs.getString("recipient"),
        rs.getString("vendor"),
        PropagationTask.Channel.valueOf(rs.getString("channel").toUpperCase(Locale.ROOT)),
        rs.getString("target"),
        rs.getString("gpp"),
        rs.getString("us_privacy"),
        PropagationTask.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
        rs.getInt("attempts"),
        ConsentLedger.instant(rs, "received_at"),
        rs.getObject("due_on", LocalDate.class),
        ConsentLedger.instant(rs, "completed_at"),
        rs.getString("last_error"));
  }
}
