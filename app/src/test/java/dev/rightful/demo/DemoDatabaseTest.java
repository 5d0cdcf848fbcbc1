package dev.rightful.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.rightful.demo.DemoDatabase.Dialect;
import dev.rightful.demo.DemoDatabase.Loaded;
import dev.rightful.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Loads the Net2Phone demo database into the real PostgreSQL and MariaDB servers of this machine
 * and into H2 (in both of its modes), and checks that all hold the same data. The servers are
 * required: a missing server fails these tests.
 */
class DemoDatabaseTest {
  private static final String SCHEMA = "demo_db_test";
  private static final String JANE = "jane.doe@example.com";
  private static final List<String> CONTRACT_TABLES =
      List.of(
          "customers",
          "accounts",
          "payment_cards",
          "invoices",
          "call_records",
          "call_transcripts",
          "marketing_contacts",
          "marketing_suppression",
          "job_applicants",
          "web_events");

  private static final DemoDatabase DEMO =
      DemoDatabase.of(repoRoot().resolve("examples/net2phone/db"));

  /**
   * The databases the demo loads into, each a {@link TestDatabase} of its own (unique name, dropped
   * when the test JVM exits).
   */
  enum Target {
    POSTGRESQL(Dialect.POSTGRESQL, TestDatabase.Kind.POSTGRESQL),
    MARIADB(Dialect.MARIADB, TestDatabase.Kind.MARIADB),
    /** The settings of start-dev's embedded database, in memory. */
    H2(Dialect.H2, TestDatabase.Kind.H2),
    /** H2 in its own mode, with upper-case names: the H2 schema must not depend on the mode. */
    H2_DEFAULT_MODE(Dialect.H2, TestDatabase.Kind.H2_UPPER_CASE);

    final Dialect dialect;
    private final TestDatabase.Kind kind;
    private TestDatabase database;

    Target(Dialect dialect, TestDatabase.Kind kind) {
      this.dialect = dialect;
      this.kind = kind;
    }

    synchronized DataSource dataSource() {
      if (database == null) {
        database = TestDatabase.create(kind, SCHEMA);
      }
      return database.dataSource();
    }

    Connection connect() throws SQLException {
      return dataSource().getConnection();
    }
  }

  @Test
  void every_database_holds_the_same_rows_in_every_table() throws SQLException {
    Map<Target, Map<String, Integer>> counts = new EnumMap<>(Target.class);
    Map<Target, List<String>> texts = new EnumMap<>(Target.class);
    for (Target target : Target.values()) {
      Loaded loaded = DEMO.load(target.dataSource(), true);
      assertThat(loaded.dialect()).isEqualTo(target.dialect);
      assertThat(loaded.tables()).isEqualTo(CONTRACT_TABLES);
      try (Connection connection = target.connect()) {
        counts.put(target, rowCounts(connection));
        texts.put(target, textsThatCrossTheDriver(connection));
      }
      assertThat(counts.get(target).values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(loaded.rows());
    }

    Map<String, Integer> h2 = counts.get(Target.H2);
    // The README's table of contents gives these counts.
    assertThat(h2)
        .containsExactly(
            entry("customers", 20),
            entry("accounts", 21),
            entry("payment_cards", 20),
            entry("invoices", 30),
            entry("call_records", 12),
            entry("call_transcripts", 7),
            entry("marketing_contacts", 10),
            entry("marketing_suppression", 3),
            entry("job_applicants", 5),
            entry("web_events", 22));
    assertThat(counts.get(Target.POSTGRESQL)).isEqualTo(h2);
    assertThat(counts.get(Target.MARIADB)).isEqualTo(h2);
    assertThat(counts.get(Target.H2_DEFAULT_MODE)).isEqualTo(h2);
    assertThat(texts.get(Target.POSTGRESQL))
        .contains("Sofía Hernández", "Daniel O'Connor")
        .isEqualTo(texts.get(Target.MARIADB))
        .isEqualTo(texts.get(Target.H2))
        .isEqualTo(texts.get(Target.H2_DEFAULT_MODE));
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void jane_doe_is_reachable_in_every_table_but_the_suppression_list(Target target)
      throws SQLException {
    DEMO.load(target.dataSource(), true);
    // Each query starts from Jane's e-mail and follows foreign keys, or the e-mail, phone and
    // device
    // identifiers for the rows without a key to customers; it counts the distinct rows reached.
    Map<String, String> reach = new LinkedHashMap<>();
    reach.put("customers", "SELECT COUNT(DISTINCT c.id) FROM customers c WHERE c.email = ?");
    reach.put(
        "accounts",
        "SELECT COUNT(DISTINCT a.id) FROM customers c JOIN accounts a ON a.customer_id = c.id"
            + " WHERE c.email = ?");
    reach.put(
        "payment_cards",
        "SELECT COUNT(DISTINCT p.id) FROM customers c JOIN accounts a ON a.customer_id = c.id"
            + " JOIN payment_cards p ON p.account_id = a.id WHERE c.email = ?");
    reach.put(
        "invoices",
        "SELECT COUNT(DISTINCT i.id) FROM customers c JOIN accounts a ON a.customer_id = c.id"
            + " JOIN invoices i ON i.account_id = a.id WHERE c.email = ?");
    reach.put(
        "call_records",
        "SELECT COUNT(DISTINCT r.id) FROM customers c JOIN accounts a ON a.customer_id = c.id"
            + " JOIN call_records r ON r.account_id = a.id"
            + " WHERE c.email = ? AND c.phone IN (r.caller_number, r.callee_number)");
    reach.put(
        "call_transcripts",
        "SELECT COUNT(DISTINCT t.id) FROM customers c JOIN accounts a ON a.customer_id = c.id"
            + " JOIN call_records r ON r.account_id = a.id"
            + " JOIN call_transcripts t ON t.call_record_id = r.id WHERE c.email = ?");
    reach.put(
        "marketing_contacts",
        "SELECT COUNT(DISTINCT m.id) FROM customers c JOIN marketing_contacts m"
            + " ON m.email = c.email WHERE c.email = ? AND m.unsubscribed_at IS NULL");
    reach.put(
        "job_applicants",
        "SELECT COUNT(DISTINCT j.id) FROM customers c JOIN job_applicants j ON j.email = c.email"
            + " AND j.phone = c.phone WHERE c.email = ?");
    reach.put(
        "web_events",
        "SELECT COUNT(DISTINCT d.id) FROM customers c JOIN web_events w ON w.customer_id = c.id"
            + " JOIN web_events d ON d.device_id = w.device_id"
            + " WHERE c.email = ? AND d.device_id = 'dev-jane-0001'");

    Map<String, Integer> reached = new LinkedHashMap<>();
    try (Connection connection = target.connect()) {
      for (Map.Entry<String, String> entry : reach.entrySet()) {
        reached.put(entry.getKey(), count(connection, entry.getValue(), JANE));
      }
      assertThat(
              count(connection, "SELECT COUNT(*) FROM marketing_suppression WHERE email = ?", JANE))
          .isZero();
      assertThat(
              count(
                  connection,
                  "SELECT COUNT(*) FROM customers WHERE id = 1001 AND full_name = 'Jane Doe'"
                      + " AND phone = ? AND email = 'jane.doe@example.com'",
                  "+1 415-555-0100"))
          .isOne();
    }
    // The README's walkthrough table lists these rows: 18 in 9 tables, 2 of them anonymous events.
    assertThat(reached)
        .containsExactly(
            entry("customers", 1),
            entry("accounts", 1),
            entry("payment_cards", 1),
            entry("invoices", 4),
            entry("call_records", 2),
            entry("call_transcripts", 2),
            entry("marketing_contacts", 1),
            entry("job_applicants", 1),
            entry("web_events", 5));
    List<String> notReached = new ArrayList<>(CONTRACT_TABLES);
    notReached.removeAll(reach.keySet());
    assertThat(notReached).containsExactly("marketing_suppression");
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void payment_cards_hold_only_the_last_four_digits(Target target) throws SQLException {
    DEMO.load(target.dataSource(), true);
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      List<String> lastFours = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("SELECT card_last4 FROM payment_cards")) {
        while (rows.next()) {
          lastFours.add(rows.getString(1));
        }
      }
      assertThat(lastFours).hasSize(20).allMatch(value -> value.matches("[0-9]{4}"));

      // A full card number does not fit: the column itself refuses it on every database.
      assertThatThrownBy(
              () ->
                  statement.execute(
                      "INSERT INTO payment_cards (id, account_id, card_last4, expiry_month,"
                          + " expiry_year, created_at) VALUES (3999, 2001, '4111111111111111',"
                          + " 1, 2030, '2026-02-28 00:00:00')"))
          .isInstanceOf(SQLException.class);
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void loading_again_with_reset_replaces_changed_tables_with_the_seed(Target target)
      throws SQLException {
    Loaded first = DEMO.load(target.dataSource(), true);
    Map<String, Integer> seeded;
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      seeded = rowCounts(connection);
      statement.execute("DELETE FROM call_transcripts WHERE call_record_id = 5001");
      statement.execute(
          "INSERT INTO marketing_suppression (email, added_at, reason)"
              + " VALUES ('jane.doe@example.com', '2026-02-28 12:00:00', 'deletion-request')");
    }

    Loaded second = DEMO.load(target.dataSource(), true);

    assertThat(second).isEqualTo(first);
    try (Connection connection = target.connect()) {
      assertThat(rowCounts(connection)).isEqualTo(seeded);
      assertThat(
              count(connection, "SELECT COUNT(*) FROM marketing_suppression WHERE email = ?", JANE))
          .isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void loading_without_reset_over_the_demo_tables_fails_and_leaves_them_alone(Target target)
      throws SQLException {
    DEMO.load(target.dataSource(), true);
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      statement.execute("DELETE FROM web_events WHERE id = 9022");
    }

    assertThatThrownBy(() -> DEMO.load(target.dataSource(), false))
        .isInstanceOf(DemoDatabaseException.class)
        .hasMessageContaining("demo tables already exist: customers, accounts");

    try (Connection connection = target.connect()) {
      assertThat(DEMO.presentTables(connection)).isEqualTo(CONTRACT_TABLES);
      assertThat(rowCounts(connection)).containsEntry("web_events", 21);
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void loading_without_reset_into_an_empty_schema_creates_the_tables(Target target)
      throws SQLException {
    try (Connection connection = target.connect();
        Statement statement = connection.createStatement()) {
      for (int i = CONTRACT_TABLES.size() - 1; i >= 0; i--) {
        statement.execute("DROP TABLE IF EXISTS " + CONTRACT_TABLES.get(i));
      }
      assertThat(DEMO.presentTables(connection)).isEmpty();

      Loaded loaded = DEMO.load(connection, false);

      assertThat(DEMO.presentTables(connection)).isEqualTo(CONTRACT_TABLES);
      assertThat(rowCounts(connection).values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(loaded.rows());
      assertThat(connection.getAutoCommit()).isTrue();
    }
  }

  @ParameterizedTest
  @EnumSource(Target.class)
  void the_seed_holds_the_retention_cases_the_readme_describes(Target target) throws SQLException {
    DEMO.load(target.dataSource(), true);
    // Against the demo date 2026-03-01, the cut-offs written out as literals.
    try (Connection connection = target.connect()) {
      assertThat(
              ids(
                  connection,
                  "SELECT id FROM customers WHERE status = 'closed'"
                      + " AND closed_at < '2025-09-02 00:00:00' ORDER BY id"))
          .containsExactly(1004L);
      assertThat(
              ids(
                  connection,
                  "SELECT id FROM marketing_contacts WHERE source = 'newsletter'"
                      + " AND unsubscribed_at IS NOT NULL ORDER BY id"))
          .containsExactly(7003L);
      assertThat(
              ids(
                  connection,
                  "SELECT id FROM invoices WHERE issued_at < '2020-03-01 00:00:00' ORDER BY id"))
          .containsExactly(4001L, 4002L, 4003L, 4004L, 4005L);
      assertThat(
              ids(
                  connection,
                  "SELECT id FROM job_applicants WHERE decided_at < '2024-03-01 00:00:00'"
                      + " ORDER BY id"))
          .containsExactly(8002L);
      assertThat(
              ids(
                  connection,
                  "SELECT id FROM web_events WHERE occurred_at < '2021-01-01 00:00:00'"
                      + " ORDER BY id"))
          .containsExactly(9006L, 9007L, 9008L, 9009L, 9020L);
    }
  }

  private static Map<String, Integer> rowCounts(Connection connection) throws SQLException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String table : CONTRACT_TABLES) {
      counts.put(table, count(connection, "SELECT COUNT(*) FROM " + table));
    }
    return counts;
  }

  /** Names, quotes and long texts read back: a charset or splitting slip would change them. */
  private static List<String> textsThatCrossTheDriver(Connection connection) throws SQLException {
    List<String> texts = new ArrayList<>();
    for (String sql :
        List.of(
            "SELECT full_name FROM customers ORDER BY id",
            "SELECT transcript FROM call_transcripts ORDER BY id",
            "SELECT user_agent FROM web_events ORDER BY id",
            "SELECT description FROM invoices ORDER BY id")) {
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery(sql)) {
        while (rows.next()) {
          texts.add(rows.getString(1));
        }
      }
    }
    return texts;
  }

  private static int count(Connection connection, String sql, String... parameters)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static List<Long> ids(Connection connection, String sql) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  /** The folder holding {@code examples/}: surefire's {@code rightful.repo}, or found upwards. */
  private static Path repoRoot() {
    String fromSurefire = System.getProperty("rightful.repo");
    if (fromSurefire != null) {
      return Path.of(fromSurefire).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("examples"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("cannot find the repository root (a folder with examples/)");
    }
    return dir;
  }
}
