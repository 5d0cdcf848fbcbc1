package dev.rightful.fulfil;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.datamap.DataMap;
import dev.rightful.fulfil.access.AccessPackage;
import dev.rightful.fulfil.access.AccessReport;
import dev.rightful.fulfil.connector.jdbc.JdbcConnector;
import dev.rightful.law.Lookback;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Access requests against the Net2Phone demo database on real PostgreSQL and MariaDB. */
class JdbcAccessTest {
  private static final DataMap MAP = CompanyDb.map();
  private static final Identity JANE =
      new Identity(Map.of("email", Set.of("jane.doe@example.com")));

  private static CompanyDb open(String dialect) {
    return dialect.equals("postgresql") ? CompanyDb.postgres("fulfil_access") : CompanyDb.mariadb();
  }

  private static Map<String, List<Object>> ids(Found found) {
    Map<String, List<Object>> ids = new LinkedHashMap<>();
    found
        .tables()
        .forEach(
            (table, rows) ->
                ids.put(
                    table,
                    rows.stream()
                        .map(r -> r.containsKey("id") ? r.get("id") : r.get("email"))
                        .sorted((a, b) -> a.toString().compareTo(b.toString()))
                        .toList()));
    return ids;
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void an_email_finds_jane_in_every_table_through_references_and_learnt_identifiers(
      String dialect) {
    Plan plan = new Planner().plan(MAP);
    try (CompanyDb db = open(dialect)) {
      Found found = new JdbcConnector(db.dataSource).find(plan.systems().get(0), JANE);
      assertThat(ids(found)).isEqualTo(expectedIds());
    }
  }

  static Map<String, List<Object>> expectedIds() {
    Map<String, List<Object>> expected = new LinkedHashMap<>();
    expected.put("customers", List.of(1001L));
    expected.put("accounts", List.of(2001L));
    expected.put("payment_cards", List.of(3001L));
    expected.put("invoices", List.of(4007L, 4008L, 4009L, 4010L));
    expected.put("call_records", List.of(5001L, 5002L));
    expected.put("call_transcripts", List.of(6001L, 6002L));
    expected.put("marketing_contacts", List.of(7001L));
    expected.put("marketing_suppression", List.of());
    expected.put("job_applicants", List.of(8001L));
    expected.put("web_events", List.of(9001L, 9002L, 9003L, 9004L, 9005L));
    return expected;
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void the_package_holds_maintained_rows_and_events_within_the_lookback_and_never_the_ssn(
      String dialect) throws IOException {
    Plan plan = new Planner().plan(MAP);
    try (CompanyDb db = open(dialect)) {
      Found found = new JdbcConnector(db.dataSource).find(plan.systems().get(0), JANE);
      Lookback lookback = Lookback.defaultFor(LocalDate.of(2026, 3, 1));
      AccessReport report = AccessReport.of(MAP, plan, List.of(found), "R-1", lookback, true);
      Map<String, String> files = unzip(AccessPackage.zip(report));

      // Rule 20: maintained tables whatever the period, events (invoices, calls, visits) in it.
      assertThat(files.keySet())
          .containsExactly(
              "data.json",
              "company_db.customers.csv",
              "company_db.accounts.csv",
              "company_db.payment_cards.csv",
              "company_db.invoices.csv",
              "company_db.call_records.csv",
              "company_db.call_transcripts.csv",
              "company_db.marketing_contacts.csv",
              "company_db.job_applicants.csv",
              "company_db.web_events.csv",
              "index.html");
      assertThat(files.get("company_db.invoices.csv"))
          .isEqualTo(
              "id,account_id,billing_name,billing_address,amount,description,issued_at\r\n"
                  + "4008,2001,Jane Doe,\"742 Valencia St Apt 3, San Francisco, CA 94110\",24.99,"
                  + "\"Residential Unlimited, December 2025\",2025-12-01T00:00:00\r\n"
                  + "4009,2001,Jane Doe,\"742 Valencia St Apt 3, San Francisco, CA 94110\",31.47,"
                  + "\"Residential Unlimited, January 2026; international minutes to Mexico: 6.48\","
                  + "2026-01-01T00:00:00\r\n"
                  + "4010,2001,Jane Doe,\"742 Valencia St Apt 3, San Francisco, CA 94110\",24.99,"
                  + "\"Residential Unlimited, February 2026\",2026-02-01T00:00:00\r\n");
      assertThat(files.get("data.json"))
          .contains("\"soldOrShared\"", "\"disclosedForBusinessPurpose\"");
      assertThat(files.get("index.html"))
          .contains("<h2>Sold or shared to</h2>", "<h2>Disclosed for a business purpose to</h2>");
      files.values().forEach(text -> assertThat(text).doesNotContain(CompanyDb.SSN));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"postgresql", "mariadb"})
  void a_seeded_ssn_is_said_to_be_held_not_shown(String dialect) throws IOException {
    Plan plan = new Planner().plan(MAP);
    try (CompanyDb db = open(dialect)) {
      Found found = new JdbcConnector(db.dataSource).find(plan.systems().get(0), JANE);
      Lookback all = Lookback.allSince2022(LocalDate.of(2026, 3, 1));
      AccessReport report = AccessReport.of(MAP, plan, List.of(found), "R-1", all, true);
      Map<String, String> files = unzip(AccessPackage.zip(report));

      assertThat(report.withheld())
          .containsExactly(
              new AccessReport.Withheld(
                  "company_db",
                  "job_applicants",
                  "ssn",
                  "Social Security, driver's license, state ID or passport number"));
      assertThat(files.get("index.html")).contains("Information we hold but do not show");
      assertThat(files.get("data.json")).contains("\"ssn\" : \"[held, not disclosed]\"");
      files.values().forEach(text -> assertThat(text).doesNotContain(CompanyDb.SSN));
    }
  }

  static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
