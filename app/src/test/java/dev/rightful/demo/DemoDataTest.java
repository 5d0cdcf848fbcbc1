package dev.rightful.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.DataMapLoader;
import dev.rightful.fulfil.Found;
import dev.rightful.fulfil.Identity;
import dev.rightful.fulfil.Planner;
import dev.rightful.fulfil.SystemPlan;
import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestDatabase;
import dev.rightful.testing.TestDatabaseExtension;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The demo data generator at a small scale (2,000 consumers) on the real PostgreSQL and MariaDB:
 * exact row counts, keys that hold, phone numbers that match, dates that retention rules split, and
 * Rightful's own planner and connector finding one generated consumer's rows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataTest {
  private static final DemoData.Scale SCALE = new DemoData.Scale(2_000, 10);

  @RegisterExtension
  static final TestDatabaseExtension databases = new TestDatabaseExtension("demo_data");

  private static final Map<String, TestDatabase> DATABASES = new LinkedHashMap<>();

  private final Map<String, DemoData.Generated> generated = new LinkedHashMap<>();

  @BeforeAll
  void generate() throws SQLException {
    DemoData data = new DemoData(DemoDatabase.of(Repo.exampleMap().resolve("db")));
    try (Connection pg = connect("postgresql")) {
      generated.put("postgresql", data.generate(pg, SCALE, false, DemoData.Listener.NONE));
    }
    try (Connection maria = connect("mariadb")) {
      generated.put("mariadb", data.generate(maria, SCALE, false, DemoData.Listener.NONE));
    }
  }

  private static Connection connect(String dialect) throws SQLException {
    TestDatabase database =
        databases.create(TestDatabase.Kind.valueOf(dialect.toUpperCase(java.util.Locale.ROOT)));
    DATABASES.put(dialect, database);
    return database.connect();
  }

  private static Connection open(String dialect) throws SQLException {
    return DATABASES.get(dialect).connect();
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        var rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static Set<Object> ids(Connection c, String sql) throws SQLException {
    Set<Object> ids = new TreeSet<>();
    try (Statement s = c.createStatement();
        var rows = s.executeQuery(sql)) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    }
    return ids;
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void every_table_has_exactly_the_rows_the_scale_says(String dialect) throws SQLException {
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("customers", 2_000L);
    expected.put("accounts", 2_200L);
    expected.put("payment_cards", 2_000L);
    expected.put("invoices", 6_000L);
    expected.put("call_records", 20_000L);
    expected.put("call_transcripts", 2_000L);
    expected.put("marketing_contacts", 1_000L);
    expected.put("marketing_suppression", 142L);
    expected.put("job_applicants", 20L);
    expected.put("web_events", 6_000L);
    assertThat(SCALE.rows()).isEqualTo(expected);
    assertThat(generated.get(dialect).rows()).isEqualTo(expected);
    try (Connection c = open(dialect)) {
      for (Map.Entry<String, Long> table : expected.entrySet()) {
        assertThat(count(c, "SELECT COUNT(*) FROM " + table.getKey()))
            .as(table.getKey())
            .isEqualTo(table.getValue());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void keys_hold_and_call_numbers_are_the_account_holders_phones(String dialect)
      throws SQLException {
    List<String> orphans =
        List.of(
            "SELECT COUNT(*) FROM accounts a LEFT JOIN customers c ON c.id = a.customer_id"
                + " WHERE c.id IS NULL",
            "SELECT COUNT(*) FROM payment_cards p LEFT JOIN accounts a ON a.id = p.account_id"
                + " WHERE a.id IS NULL",
            "SELECT COUNT(*) FROM invoices i LEFT JOIN accounts a ON a.id = i.account_id"
                + " WHERE a.id IS NULL",
            "SELECT COUNT(*) FROM call_records r LEFT JOIN accounts a ON a.id = r.account_id"
                + " WHERE r.account_id IS NOT NULL AND a.id IS NULL",
            "SELECT COUNT(*) FROM call_transcripts t LEFT JOIN call_records r"
                + " ON r.id = t.call_record_id WHERE r.id IS NULL OR r.recording_uri IS NULL",
            "SELECT COUNT(*) FROM web_events w LEFT JOIN customers c ON c.id = w.customer_id"
                + " WHERE w.customer_id IS NOT NULL AND c.id IS NULL",
            // A customer's call has their phone on one side; the other side is support, or
            // another customer's phone.
            "SELECT COUNT(*) FROM call_records r JOIN accounts a ON a.id = r.account_id"
                + " JOIN customers c ON c.id = a.customer_id"
                + " WHERE c.phone <> r.caller_number AND c.phone <> r.callee_number",
            "SELECT COUNT(*) FROM call_records r WHERE r.account_id IS NOT NULL"
                + " AND r.caller_number <> '+1 800-555-0199'"
                + " AND r.callee_number <> '+1 800-555-0199'"
                + " AND NOT EXISTS (SELECT 1 FROM customers c WHERE c.phone = r.callee_number)",
            "SELECT COUNT(*) FROM marketing_suppression s LEFT JOIN marketing_contacts m"
                + " ON m.email = s.email WHERE m.id IS NULL OR m.unsubscribed_at IS NULL",
            "SELECT COUNT(*) FROM accounts a JOIN customers c ON c.id = a.customer_id"
                + " WHERE a.opened_at < c.created_at OR a.status <> c.status");
    try (Connection c = open(dialect)) {
      for (String orphan : orphans) {
        assertThat(count(c, orphan)).as(orphan).isZero();
      }
      assertThat(count(c, "SELECT COUNT(DISTINCT phone) FROM customers")).isEqualTo(2_000);
      // Calls between customers make some consumers' calls sit under other accounts.
      assertThat(
              count(
                  c,
                  "SELECT COUNT(*) FROM call_records r JOIN customers c ON c.phone ="
                      + " r.callee_number WHERE r.account_id <> c.id"))
          .isPositive();
      assertThat(count(c, "SELECT COUNT(*) FROM call_records WHERE account_id IS NULL"))
          .isPositive();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void dates_spread_so_that_retention_rules_and_lookbacks_select_subsets(String dialect)
      throws SQLException {
    List<String> subsets =
        List.of(
            "SELECT COUNT(*) FROM call_records WHERE started_at < '2025-03-01 00:00:00'",
            "SELECT COUNT(*) FROM web_events WHERE occurred_at < '2025-02-01 00:00:00'",
            "SELECT COUNT(*) FROM invoices WHERE issued_at < '2020-03-01 00:00:00'",
            "SELECT COUNT(*) FROM customers WHERE status = 'closed'"
                + " AND closed_at < '2025-09-02 00:00:00'",
            "SELECT COUNT(*) FROM customers WHERE status = 'closed'"
                + " AND closed_at >= '2025-09-02 00:00:00'",
            "SELECT COUNT(*) FROM marketing_contacts WHERE unsubscribed_at IS NOT NULL",
            "SELECT COUNT(*) FROM job_applicants WHERE decided_at < '2022-03-01 00:00:00'");
    try (Connection c = open(dialect)) {
      for (String subset : subsets) {
        String table = subset.split(" FROM ")[1].split(" ")[0];
        long all = count(c, "SELECT COUNT(*) FROM " + table);
        assertThat(count(c, subset)).as(subset).isPositive().isLessThan(all);
      }
      assertThat(count(c, "SELECT COUNT(*) FROM call_records WHERE started_at >= '2026-03-01'"))
          .isZero();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void rightfuls_planner_and_connector_find_a_generated_consumer_by_email(String dialect)
      throws SQLException {
    long k = 1_240; // a second account (k % 10), a marketing contact (k % 4), an anonymous event
    DataMap map = DataMapLoader.load(Repo.exampleMap()).orThrow();
    SystemPlan plan = new Planner().plan(map).systems().get(0);
    Found found =
        new JdbcConnector(dataSource(dialect))
            .find(plan, new Identity(Map.of("email", Set.of(DemoData.email(k)))));

    assertThat(found.rows("customers")).hasSize(1);
    assertThat(found.rows("customers").get(0))
        .containsEntry("email", "customer1240@example.com")
        .containsEntry("phone", DemoData.phone(k));
    String phone = "'" + DemoData.phone(k) + "'";
    try (Connection c = open(dialect)) {
      Map<String, Set<Object>> expected = new LinkedHashMap<>();
      expected.put("accounts", ids(c, "SELECT id FROM accounts WHERE customer_id = " + k));
      expected.put(
          "call_records",
          ids(
              c,
              "SELECT id FROM call_records WHERE account_id IN (SELECT id FROM accounts WHERE"
                  + " customer_id = "
                  + k
                  + ") OR caller_number = "
                  + phone
                  + " OR callee_number = "
                  + phone));
      expected.put(
          "web_events", ids(c, "SELECT id FROM web_events WHERE device_id = 'dev-" + k + "'"));
      expected.put(
          "marketing_contacts",
          ids(c, "SELECT id FROM marketing_contacts WHERE email = 'customer1240@example.com'"));
      for (Map.Entry<String, Set<Object>> table : expected.entrySet()) {
        assertThat(idsOf(found, table.getKey()))
            .as(table.getKey())
            .isEqualTo(table.getValue())
            .isNotEmpty();
      }
      assertThat(expected.get("accounts")).hasSize(2);
      assertThat(expected.get("web_events")).hasSize(3);
      // Calls the consumer received from other customers sit under the callers' accounts.
      assertThat(
              found.rows("call_records").stream()
                  .filter(r -> r.get("callee_number").equals(DemoData.phone(k)))
                  .map(r -> r.get("account_id")))
          .isNotEmpty()
          .doesNotContain((Object) null);
      assertThat(idsOf(found, "call_transcripts"))
          .isEqualTo(
              ids(
                  c,
                  "SELECT t.id FROM call_transcripts t JOIN call_records r ON r.id ="
                      + " t.call_record_id WHERE r.account_id IN (SELECT id FROM accounts WHERE"
                      + " customer_id = "
                      + k
                      + ") OR r.caller_number = "
                      + phone
                      + " OR r.callee_number = "
                      + phone));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void generating_over_existing_demo_tables_needs_replace(String dialect) throws SQLException {
    DemoData data = new DemoData(DemoDatabase.of(Repo.exampleMap().resolve("db")));
    try (Connection c = open(dialect)) {
      assertThatThrownBy(() -> data.generate(c, SCALE, false, DemoData.Listener.NONE))
          .isInstanceOf(DemoDatabaseException.class)
          .hasMessageContaining("demo tables already exist");
      assertThat(count(c, "SELECT COUNT(*) FROM customers")).isEqualTo(2_000);
    }
  }

  private static Set<Object> idsOf(Found found, String table) {
    Set<Object> ids = new TreeSet<>();
    found.rows(table).forEach(row -> ids.add(row.get("id")));
    return ids;
  }

  private static javax.sql.DataSource dataSource(String dialect) {
    return DATABASES.get(dialect).dataSource();
  }
}
