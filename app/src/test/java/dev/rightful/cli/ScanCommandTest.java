package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rightful.testing.Repo;
import dev.rightful.testing.TestDatabase;
import dev.rightful.testing.TestDatabase.Kind;
import dev.rightful.testing.TestDatabaseExtension;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code rightful scan} against the example company's database on PostgreSQL and MariaDB: no drift
 * with the example map as it stands, and each deliberate drift (an added ssn column, a renamed
 * table, a new table of web sessions no identity reaches, a foreign key the map does not declare)
 * reported at the map's line with the YAML it suggests.
 */
class ScanCommandTest {
  @RegisterExtension
  static final TestDatabaseExtension databases = new TestDatabaseExtension("scan_cli");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static CliTest.Run scan(TestDatabase db, String... more) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "scan",
            Repo.exampleMap().toString(),
            "--url",
            db.url(),
            "--user",
            db.user(),
            "--password",
            ""));
    args.addAll(List.of(more));
    return CliTest.run(args.toArray(String[]::new));
  }

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {"POSTGRESQL", "MARIADB"})
  void the_example_database_shows_no_drift_from_the_example_map(Kind kind) throws Exception {
    TestDatabase db = databases.withDemo(kind);
    CliTest.Run run = scan(db, "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode report = JSON.readTree(run.out());
    assertThat(report.get("drift").asInt()).isZero();
    JsonNode customers = table(report, "customers");
    assertThat(customers.get("rowsSampled").asInt()).isEqualTo(20);
    assertThat(column(customers, "email").get("identity").asText()).isEqualTo("email");
    assertThat(column(customers, "signup_ip").get("categories").toString()).contains("A", "G");
    assertThat(column(customers, "created_at").get("personal").asBoolean()).isFalse();
    // Progress on stderr, table n of m.
    assertThat(run.err()).contains("scan company_db: table 1 of 10");
  }

  @ParameterizedTest
  @EnumSource(
      value = Kind.class,
      names = {"POSTGRESQL", "MARIADB"})
  void each_deliberate_drift_is_reported_with_its_suggestion(Kind kind) throws Exception {
    TestDatabase db = databases.withDemo(kind);
    db.script(
        "ALTER TABLE customers ADD COLUMN ssn VARCHAR(11)",
        "ALTER TABLE job_applicants RENAME TO applicants",
        "CREATE TABLE web_sessions (id BIGINT PRIMARY KEY, ip_address VARCHAR(45),"
            + " user_agent VARCHAR(300), page_url VARCHAR(500), started_at TIMESTAMP)",
        "ALTER TABLE invoices ADD COLUMN customer_ref BIGINT",
        "ALTER TABLE invoices ADD CONSTRAINT invoices_customer_ref_fk FOREIGN KEY (customer_ref)"
            + " REFERENCES customers (id)",
        // Addresses where the map says an ad campaign (F): the values contradict the category.
        "UPDATE web_events SET ad_campaign = CONCAT('visitor', id, '@example.com')",
        "ALTER TABLE web_events DROP COLUMN referrer");
    for (int i = 1; i <= 20; i++) {
      // Valid by the SSA's rules: area 101-120, group 11-30, serial 1001-1020.
      String ssn = String.format(Locale.ROOT, "%03d-%02d-%04d", 100 + i, 10 + i, 1000 + i);
      db.execute("UPDATE customers SET ssn = ? WHERE id = ?", ssn, 1000 + i);
      db.execute(
          "INSERT INTO web_sessions VALUES (?, ?, ?, ?, ?)",
          i,
          "203.0.113." + i,
          "Mozilla/5.0",
          "https://www.net2phone.example/pricing",
          java.sql.Timestamp.valueOf("2026-02-01 10:00:00"));
    }

    CliTest.Run json = scan(db, "--format", "json");
    assertThat(json.exitCode()).as(json.err()).isEqualTo(1);
    assertThat(json.out()).doesNotContain("101-11-1001").doesNotContain("203.0.113.");
    JsonNode findings = JSON.readTree(json.out()).get("findings");

    JsonNode ssn = finding(findings, "unmapped-column", "customers", "ssn");
    assertThat(ssn.get("suggestion").asText())
        .contains("- name: ssn", "category: [A, B, L]", "sensitive: government-id");
    assertThat(ssn.get("evidence").get(0).get("rule").asText())
        .isEqualTo("ssn-format-area-group-serial");
    assertThat(ssn.get("evidence").get(0).get("matched").asInt()).isEqualTo(20);
    assertThat(ssn.get("line").asInt()).isEqualTo(lineOf("      - name: customers"));

    JsonNode renamed = finding(findings, "renamed-table", "job_applicants", null);
    assertThat(renamed.get("suggestion").asText()).contains("- name: applicants");
    assertThat(renamed.get("line").asInt()).isEqualTo(lineOf("      - name: job_applicants"));

    JsonNode sessions = finding(findings, "unmapped-table", "web_sessions", null);
    assertThat(sessions.get("suggestion").asText())
        .contains(
            "- name: web_sessions", "primaryKey: id", "- name: ip_address", "category: [A, G]");
    finding(findings, "unreachable-table", "web_sessions", null);

    JsonNode fk = finding(findings, "undeclared-foreign-key", "invoices", "customer_ref");
    assertThat(fk.get("suggestion").asText())
        .contains("- name: customer_ref", "references: customers.id");
    JsonNode contradicted = finding(findings, "category-contradicted", "web_events", "ad_campaign");
    assertThat(contradicted.get("message").asText())
        .contains("holds email by its values, the map gives it category F");
    assertThat(contradicted.get("suggestion").asText()).contains("category: [A, F]");
    JsonNode gone = finding(findings, "missing-column", "web_events", "referrer");
    assertThat(gone.get("line").asInt()).isEqualTo(lineOf("          - name: referrer"));
    assertThat(findings).hasSize(7);

    // The scan wrote nothing: the column, the rename and the new rows are as the test left them.
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM web_sessions")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(20);
    }

    CliTest.Run text = scan(db, "--suggest");
    assertThat(text.exitCode()).isEqualTo(1);
    assertThat(text.out())
        .contains("examples/net2phone/systems.yaml:" + lineOf("      - name: customers") + ":")
        .contains("unmapped-column: column customers.ssn holds government-id")
        .contains("            sensitive: government-id")
        .contains("7 drift findings");

    CliTest.Run tolerated = scan(db, "--fail-over", "7");
    assertThat(tolerated.exitCode()).isZero();

    CliTest.Run sarif = scan(db, "--format", "sarif");
    JsonNode results = JSON.readTree(sarif.out()).get("runs").get(0).get("results");
    assertThat(results).hasSize(7);
    assertThat(results.toString()).contains("scan/unmapped-column", "systems.yaml");
  }

  private static JsonNode table(JsonNode report, String name) {
    for (JsonNode t : report.get("systems").get(0).get("tables")) {
      if (t.get("name").asText().equalsIgnoreCase(name)) {
        return t;
      }
    }
    throw new AssertionError("no table " + name + " in " + report);
  }

  private static JsonNode column(JsonNode table, String name) {
    for (JsonNode c : table.get("columns")) {
      if (c.get("name").asText().equalsIgnoreCase(name)) {
        return c;
      }
    }
    throw new AssertionError("no column " + name + " in " + table);
  }

  private static JsonNode finding(JsonNode findings, String kind, String table, String column) {
    for (JsonNode f : findings) {
      if (f.get("kind").asText().equals(kind)
          && f.get("table").asText().equalsIgnoreCase(table)
          && (column == null || f.get("column").asText().equalsIgnoreCase(column))) {
        return f;
      }
    }
    throw new AssertionError("no " + kind + " finding for " + table + " in " + findings);
  }

  /** The 1-based line of systems.yaml that starts with {@code text}, read independently. */
  private static int lineOf(String text) throws Exception {
    List<String> lines = Files.readAllLines(Repo.exampleMap().resolve("systems.yaml"));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text);
  }
}
