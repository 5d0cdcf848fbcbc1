package dev.rightful.bench.fulfil;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * The baseline: what a developer who knows the Net2Phone schema would write by hand to fetch, or to
 * erase, one consumer's rows, with no data map. The same rows as Rightful's plan and the same
 * erasure as the map's strategies (customers anonymized, accounts, invoices and the suppression
 * list kept, the rest deleted), each step one indexed statement with bound values, ids fetched
 * first so that MariaDB 10.11 (no semi-joins in single-table DELETE) uses its indexes too.
 */
final class HandWritten {
  private final DataSource dataSource;

  HandWritten(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Every row of the consumer, every column read; returns the rows read. */
  int access(String email) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      int rows = 0;
      long id;
      String phone;
      try (PreparedStatement s = c.prepareStatement("SELECT * FROM customers WHERE email = ?")) {
        s.setString(1, email);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) {
            return 0;
          }
          id = r.getLong("id");
          phone = r.getString("phone");
          rows += 1 + read(r);
        }
      }
      List<Object> accounts = column(c, "SELECT * FROM accounts WHERE customer_id = ?", "id", id);
      rows += accounts.size();
      rows += count(c, in("SELECT * FROM payment_cards WHERE account_id", accounts), accounts);
      rows += count(c, in("SELECT * FROM invoices WHERE account_id", accounts), accounts);
      List<Object> callKeys = new ArrayList<>(accounts);
      callKeys.add(phone);
      callKeys.add(phone);
      List<Object> calls =
          column(
              c,
              in("SELECT * FROM call_records WHERE account_id", accounts)
                  + " OR caller_number = ? OR callee_number = ?",
              "id",
              callKeys.toArray());
      rows += calls.size();
      rows += count(c, in("SELECT * FROM call_transcripts WHERE call_record_id", calls), calls);
      rows += count(c, "SELECT * FROM marketing_contacts WHERE email = ?", List.of(email));
      rows += count(c, "SELECT * FROM marketing_suppression WHERE email = ?", List.of(email));
      rows +=
          count(
              c,
              "SELECT * FROM job_applicants WHERE email = ? OR phone = ?",
              List.of(email, phone));
      rows +=
          count(
              c,
              "SELECT * FROM web_events WHERE device_id IN"
                  + " (SELECT device_id FROM web_events WHERE customer_id = ?)",
              List.of(id));
      return rows;
    }
  }

  /**
   * The map's erasure of one consumer in one transaction: delete the deletable rows, anonymize the
   * customer row (email hashed, name pseudonymized, the other personal columns emptied), keep the
   * retained tables. Returns the rows changed.
   */
  int delete(String email, UnaryOperator<String> hash, String pseudonym) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        long id;
        String phone;
        try (PreparedStatement s =
            c.prepareStatement("SELECT id, phone FROM customers WHERE email = ?")) {
          s.setString(1, email);
          try (ResultSet r = s.executeQuery()) {
            if (!r.next()) {
              c.rollback();
              return 0;
            }
            id = r.getLong(1);
            phone = r.getString(2);
          }
        }
        List<Object> accounts =
            column(c, "SELECT id FROM accounts WHERE customer_id = ?", "id", id);
        List<Object> callKeys = new ArrayList<>(accounts);
        callKeys.add(phone);
        callKeys.add(phone);
        List<Object> calls =
            column(
                c,
                in("SELECT id FROM call_records WHERE account_id", accounts)
                    + " OR caller_number = ? OR callee_number = ?",
                "id",
                callKeys.toArray());
        List<Object> devices =
            column(
                c,
                "SELECT DISTINCT device_id FROM web_events WHERE customer_id = ?",
                "device_id",
                id);
        int changed = 0;
        changed += update(c, in("DELETE FROM call_transcripts WHERE call_record_id", calls), calls);
        changed += update(c, in("DELETE FROM call_records WHERE id", calls), calls);
        changed += update(c, in("DELETE FROM payment_cards WHERE account_id", accounts), accounts);
        List<Object> events = new ArrayList<>(devices);
        events.add(id);
        changed +=
            update(
                c,
                in("DELETE FROM web_events WHERE device_id", devices) + " OR customer_id = ?",
                events);
        changed += update(c, "DELETE FROM marketing_contacts WHERE email = ?", List.of(email));
        changed +=
            update(
                c,
                "DELETE FROM job_applicants WHERE email = ? OR phone = ?",
                List.of(email, phone));
        changed +=
            update(
                c,
                "UPDATE customers SET email = ?, full_name = ?, phone = NULL, postal_address ="
                    + " NULL, city = NULL, state = NULL, zip = NULL, account_name = NULL,"
                    + " signup_ip = NULL WHERE id = ?",
                List.of(hash.apply(email), pseudonym, id));
        c.commit();
        return changed;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** {@code prefix IN (?, …)}; an empty list matches nothing. */
  private static String in(String prefix, List<Object> values) {
    return values.isEmpty()
        ? prefix + " IN (NULL)"
        : prefix + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")";
  }

  private static List<Object> column(Connection c, String sql, String column, Object... values)
      throws SQLException {
    List<Object> out = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(r.getObject(column));
          read(r);
        }
      }
    }
    return out;
  }

  private static int count(Connection c, String sql, List<Object> values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        s.setObject(i + 1, values.get(i));
      }
      int rows = 0;
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          rows++;
          read(r);
        }
      }
      return rows;
    }
  }

  private static int update(Connection c, String sql, List<Object> values) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        s.setObject(i + 1, values.get(i));
      }
      return s.executeUpdate();
    }
  }

  /** Reads every column of the current row, as an application would; returns 0. */
  private static int read(ResultSet r) throws SQLException {
    int columns = r.getMetaData().getColumnCount();
    int sink = 0;
    for (int i = 1; i <= columns; i++) {
      Object value = r.getObject(i);
      sink += value == null ? 0 : 1;
    }
    return sink > Integer.MAX_VALUE - 1 ? 1 : 0;
  }
}
