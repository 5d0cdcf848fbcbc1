package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.datamap.DataMap;
import dev.rightful.datamap.Field;
import dev.rightful.datamap.Table;
import dev.rightful.fulfil.access.AccessPackage;
import dev.rightful.fulfil.access.AccessReport;
import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import dev.rightful.law.Category;
import dev.rightful.law.Lookback;
import dev.rightful.law.SensitiveKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Jane Doe's access package against the Net2Phone company database on real PostgreSQL and MariaDB,
 * checked row by row with SQL written independently of the planner: everything the company still
 * maintains about her (profile, accounts, card on file, newsletter subscription, job application)
 * whatever the period, and her event records (invoices, calls, transcripts, web visits) only within
 * it.
 */
class AccessPackageContentsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate RECEIVED = LocalDate.of(2026, 3, 1);
  private static final String FULL_CARD = "4111111111111881";
  private static final String JANE = "'jane.doe@example.com'";
  private static final String HER_ACCOUNTS =
      "SELECT a.id FROM accounts a JOIN customers c ON c.id = a.customer_id WHERE c.email = "
          + JANE;
  private static final String HER_PHONE =
      "(SELECT phone FROM customers WHERE email = " + JANE + ")";
  private static final String HER_CALLS =
      "(r.account_id IN ("
          + HER_ACCOUNTS
          + ") OR r.caller_number = "
          + HER_PHONE
          + " OR r.callee_number = "
          + HER_PHONE
          + ")";

  /** The example map with a full card number seeded and mapped as a financial account. */
  private static DataMap map() {
    return CompanyDb.withSensitiveField(
        CompanyDb.map(),
        "payment_cards",
        "card_number",
        Category.B,
        SensitiveKind.FINANCIAL_ACCOUNT);
  }

  private static CompanyDb open(String dialect) {
    CompanyDb db =
        dialect.equals("postgresql")
            ? CompanyDb.postgres("access_contents")
            : CompanyDb.mariadb("access_contents");
    db.sql(
        "ALTER TABLE payment_cards ADD COLUMN card_number VARCHAR(19)",
        "UPDATE payment_cards SET card_number = '" + FULL_CARD + "' WHERE id = 3001");
    return db;
  }

  private static Lookback lookback(String scope) {
    return scope.equals("all") ? Lookback.allSince2022(RECEIVED) : Lookback.defaultFor(RECEIVED);
  }

  @ParameterizedTest(name = "{0}, {1}")
  @CsvSource({
    "postgresql, last-12-months",
    "postgresql, all",
    "mariadb, last-12-months",
    "mariadb, all"
  })
  void janes_package_holds_all_she_is_maintained_as_and_her_events_within_the_period(
      String dialect, String scope) throws Exception {
    DataMap map = map();
    Plan plan = new Planner().plan(map);
    Lookback period = lookback(scope);
    try (CompanyDb db = open(dialect)) {
      Found found =
          new JdbcConnector(db.dataSource)
              .find(
                  plan.systems().get(0),
                  new Identity(Map.of("email", Set.of("jane.doe@example.com"))));
      AccessReport report = AccessReport.of(map, plan, List.of(found), "R-1", period, true);
      Map<String, String> files = JdbcAccessTest.unzip(AccessPackage.zip(report));
      JsonNode data = JSON.readTree(files.get("data.json")).path("data").path("company_db");

      // Rule 20; 7024(h): what the company maintains about her belongs in any period's answer.
      assertThat(ids(data, "customers"))
          .isEqualTo(ids(db, "SELECT id FROM customers WHERE email = " + JANE))
          .isNotEmpty();
      JsonNode profile = data.path("customers").get(0);
      for (String column :
          List.of("full_name", "email", "phone", "postal_address", "city", "state", "zip")) {
        assertThat(profile.path(column).asText())
            .as(column)
            .isEqualTo(db.text("SELECT " + column + " FROM customers WHERE email = " + JANE));
      }
      assertThat(ids(data, "accounts")).isEqualTo(ids(db, HER_ACCOUNTS)).isNotEmpty();
      assertThat(ids(data, "payment_cards"))
          .isEqualTo(
              ids(
                  db,
                  "SELECT p.id FROM payment_cards p WHERE p.account_id IN (" + HER_ACCOUNTS + ")"))
          .isNotEmpty();
      assertThat(ids(data, "marketing_contacts"))
          .isEqualTo(ids(db, "SELECT id FROM marketing_contacts WHERE email = " + JANE));
      assertThat(ids(data, "job_applicants"))
          .isEqualTo(
              ids(
                  db,
                  "SELECT id FROM job_applicants WHERE email = "
                      + JANE
                      + " OR phone = "
                      + HER_PHONE));

      // Her card: the last four digits shown, the full number held, never disclosed (7024(d)).
      JsonNode card = data.path("payment_cards").get(0);
      assertThat(card.path("card_last4").asText())
          .isEqualTo(db.text("SELECT card_last4 FROM payment_cards WHERE id = 3001"));
      assertThat(card.path("card_number").asText()).isEqualTo(AccessReport.HELD);
      assertThat(report.withheld())
          .contains(
              new AccessReport.Withheld(
                  "company_db",
                  "payment_cards",
                  "card_number",
                  SensitiveKind.FINANCIAL_ACCOUNT.description()));
      files.values().forEach(text -> assertThat(text).doesNotContain(FULL_CARD));

      // The page the consumer reads says what each table holds in the map's words, never the
      // database's names for tables and columns (data.json and the CSV files keep them).
      String page = Jsoup.parse(files.get("index.html")).text();
      assertThat(page)
          .contains(
              "Customers of the Net2Phone services, one row per customer.",
              "Full name",
              SensitiveKind.FINANCIAL_ACCOUNT.description() + ", in: Payment cards on file");
      for (Table table : map.systems().get(0).tables()) {
        assertThat(page).doesNotContain(table.name().contains("_") ? table.name() : "\0");
        table.fields().stream()
            .map(Field::name)
            .filter(name -> name.contains("_"))
            .forEach(name -> assertThat(page).doesNotContain(name));
      }

      // Events only within the period; she has events before it, so the period is really applied.
      List<Long> herInvoices = ids(db, invoices(""));
      List<Long> invoicesInPeriod = ids(db, invoices(within("i.issued_at", period)));
      assertThat(herInvoices).hasSizeGreaterThan(invoicesInPeriod.size());
      assertThat(ids(data, "invoices")).isEqualTo(invoicesInPeriod).isNotEmpty();
      assertThat(ids(data, "call_records"))
          .isEqualTo(
              ids(
                  db,
                  "SELECT r.id FROM call_records r WHERE "
                      + HER_CALLS
                      + within("r.started_at", period)))
          .isNotEmpty();
      assertThat(ids(data, "call_transcripts"))
          .isEqualTo(
              ids(
                  db,
                  "SELECT t.id FROM call_transcripts t JOIN call_records r"
                      + " ON r.id = t.call_record_id WHERE "
                      + HER_CALLS
                      + within("t.created_at", period)))
          .isNotEmpty();
      List<Long> herVisits =
          ids(
              db,
              "SELECT e.id FROM web_events e WHERE e.customer_id IN (SELECT id FROM customers"
                  + " WHERE email = "
                  + JANE
                  + ") OR e.device_id IN (SELECT d.device_id FROM web_events d JOIN customers c"
                  + " ON c.id = d.customer_id WHERE c.email = "
                  + JANE
                  + ")");
      List<Long> visitsInPeriod =
          ids(
              db,
              "SELECT e.id FROM web_events e WHERE (e.customer_id IN (SELECT id FROM customers"
                  + " WHERE email = "
                  + JANE
                  + ") OR e.device_id IN (SELECT d.device_id FROM web_events d JOIN customers c"
                  + " ON c.id = d.customer_id WHERE c.email = "
                  + JANE
                  + "))"
                  + within("e.occurred_at", period));
      assertThat(herVisits).hasSizeGreaterThan(visitsInPeriod.size());
      assertThat(ids(data, "web_events")).isEqualTo(visitsInPeriod).isNotEmpty();
    }
  }

  private static String invoices(String condition) {
    return "SELECT i.id FROM invoices i WHERE i.account_id IN (" + HER_ACCOUNTS + ")" + condition;
  }

  /** {@code column} within the period, the days of both ends included. */
  private static String within(String column, Lookback period) {
    return " AND "
        + column
        + " >= TIMESTAMP '"
        + period.from()
        + " 00:00:00' AND "
        + column
        + " < TIMESTAMP '"
        + period.to().plusDays(1)
        + " 00:00:00'";
  }

  private static List<Long> ids(JsonNode data, String table) {
    List<Long> ids = new ArrayList<>();
    data.path(table).forEach(row -> ids.add(row.path("id").asLong()));
    return ids.stream().sorted().toList();
  }

  private static List<Long> ids(CompanyDb db, String query) {
    List<Long> ids = new ArrayList<>();
    try (Connection c = db.dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(query)) {
      while (rows.next()) {
        ids.add(rows.getLong(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(query, e);
    }
    return ids.stream().sorted().toList();
  }
}
