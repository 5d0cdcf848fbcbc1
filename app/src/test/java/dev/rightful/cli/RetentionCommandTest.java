package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.store.Database;
import dev.rightful.testing.LegacyHold;
import dev.rightful.testing.Repo;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code rightful retention} on start-dev's databases ({@code --dev}): a data map written into a
 * temporary folder with the demo company's SQL beside it, the embedded Rightful database and demo
 * company under a temporary data folder. Output is plain lines: the test is not a terminal.
 */
class RetentionCommandTest {
  static final String MAP =
      """
      business:
        legalName: Test Company
        contact:
          email: privacy@example.com
      notice:
        lastUpdated: 2026-01-15
      systems:
        - id: company_db
          name: Company database
          connector: jdbc
          urlEnv: RETENTION_TEST_UNSET_URL
          tables:
            - name: customers
              primaryKey: id
              fields:
                - name: id
                - name: email
                  category: A
                  identity: email
            - name: accounts
              primaryKey: id
              fields:
                - name: id
                - name: customer_id
                  references: customers.id
            - name: invoices
              primaryKey: id
              fields:
                - name: id
                - name: account_id
                  references: accounts.id
                - name: billing_name
                  category: A
                - name: issued_at
            - name: marketing_contacts
              primaryKey: id
              fields:
                - name: id
                - name: email
                  category: A
                  identity: email
                - name: unsubscribed_at
            - name: web_events
              primaryKey: id
              fields:
                - name: id
                - name: device_id
                  category: A
                  identity: device-id
                - name: customer_id
                  references: customers.id
                - name: occurred_at
      retention:
        - id: tax-records
          data: Basic PI for tax law
          categories: [A]
          tables: [company_db.invoices]
          period: P6Y
          start: issued_at
          action: delete
          basis: Tax law requires the records for six years.
        - id: newsletter-contacts
          data: Contact information
          categories: [A]
          tables: [company_db.marketing_contacts]
          period: P0D
          start: unsubscribed_at
          action: delete
          basis: Consent ends with the unsubscribe.
        - id: web-events
          data: Website activity
          categories: [A]
          tables: [company_db.web_events]
          period: P13M
          start: occurred_at
          action: delete
          basis: Website analytics.
      """;

  @TempDir Path map;
  @TempDir Path data;

  record Result(int exitCode, String out, String err) {}

  @BeforeEach
  void writeMap() throws IOException {
    Files.writeString(map.resolve("map.yaml"), MAP);
    Path db = Files.createDirectories(map.resolve("db"));
    try (Stream<Path> files = Files.list(Repo.exampleMap().resolve("db"))) {
      for (Path file : files.toList()) {
        Files.copy(file, db.resolve(file.getFileName()));
      }
    }
  }

  /** A retention command on start-dev's databases and generated key. */
  Result retention(String... args) {
    return execute(
        Stream.concat(
            Stream.of(args),
            Stream.of("--dev", "--data-dir", data.toString(), "--datamap", map.toString())));
  }

  /** A retention command on an H2 database given by URL, not {@code --dev}: no dev key either. */
  Result retentionWithoutDev(String... args) {
    return execute(
        Stream.concat(
            Stream.of(args),
            Stream.of("--db-url", rightfulUrl(), "--db-user", "sa", "--datamap", map.toString())));
  }

  Result execute(Stream<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = RetentionCommand.addConfigOptions(new CommandLine(new RetentionCommand()));
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return new Result(cli.execute(args.toArray(String[]::new)), out.toString(), err.toString());
  }

  /** Rightful's own database as start-dev keeps it under the data folder. */
  String rightfulUrl() {
    return Database.embeddedUrl(data);
  }

  /** The stored hold rows, every column as text. */
  String rawHolds() throws SQLException {
    StringBuilder rows = new StringBuilder();
    try (Connection connection = DriverManager.getConnection(rightfulUrl(), "sa", "");
        ResultSet rs =
            connection.createStatement().executeQuery("SELECT * FROM retention_hold ORDER BY id")) {
      while (rs.next()) {
        for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
          rows.append(rs.getMetaData().getColumnName(column))
              .append('=')
              .append(rs.getString(column))
              .append(' ');
        }
        rows.append('\n');
      }
    }
    return rows.toString();
  }

  /** The chained audit events, one line each: actor, action, subject id and details. */
  String auditEvents() throws SQLException {
    StringBuilder rows = new StringBuilder();
    try (Connection connection = DriverManager.getConnection(rightfulUrl(), "sa", "");
        ResultSet rs =
            connection
                .createStatement()
                .executeQuery(
                    "SELECT actor, action, subject_id, details FROM audit_event ORDER BY seq")) {
      while (rs.next()) {
        rows.append(rs.getString(1))
            .append(' ')
            .append(rs.getString(2))
            .append(' ')
            .append(rs.getString(3))
            .append(' ')
            .append(rs.getString(4))
            .append('\n');
      }
    }
    return rows.toString();
  }

  long companyRows(String table) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(dev.rightful.demo.DevCompany.url(data), "sa", "");
        ResultSet rs = connection.createStatement().executeQuery("SELECT COUNT(*) FROM " + table)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void plan_prints_the_rows_due_per_rule_and_changes_nothing() throws SQLException {
    Result plan = retention("plan", "--as-of", "2026-03-01");

    assertThat(plan.exitCode()).isZero();
    assertThat(plan.out())
        .startsWith("Retention plan as of 2026-03-01T00:00:00Z (dry run: nothing was changed)\n")
        .containsPattern("tax-records +company_db.invoices +delete +5 +0 +0 +5 +4001 4002 4003")
        .containsPattern("newsletter-contacts +company_db.marketing_contacts +delete +2 +0 +0 +2")
        .containsPattern("web-events +company_db.web_events +delete +10 +0 +0 +10")
        .endsWith("Due: 17 rows\n");
    assertThat(companyRows("invoices")).isEqualTo(30);
  }

  @Test
  void run_sweeps_and_prints_a_line_per_table_then_the_totals() throws SQLException {
    Result run = retention("run", "--as-of", "2026-03-01");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("company_db.invoices (tax-records): 5 deleted, 0 held, 0 still referred to (1")
        .contains("company_db.web_events (web-events): 10 deleted");
    assertThat(run.out())
        .startsWith("Retention sweep 1 as of 2026-03-01T00:00:00Z\n")
        .contains("Done: 17 rows deleted or anonymized; 0 held; 0 still referred to");
    assertThat(companyRows("invoices")).isEqualTo(25);
    assertThat(companyRows("marketing_contacts")).isEqualTo(8);
    assertThat(companyRows("web_events")).isEqualTo(12);
  }

  @Test
  void a_held_table_is_listed_skipped_and_released() throws SQLException {
    Result placed =
        retention(
            "hold",
            "--table",
            "company_db.invoices",
            "--reason",
            "IRS examination",
            "--by",
            "counsel");
    assertThat(placed.exitCode()).isZero();
    assertThat(placed.out()).isEqualTo("hold 1 placed on table company_db.invoices\n");
    assertThat(retention("holds").out())
        .startsWith("1  table company_db.invoices  active  placed ")
        .contains(" by counsel  reason: IRS examination");

    Result run = retention("run", "--as-of", "2026-03-01");

    assertThat(run.out())
        .containsPattern("tax-records +company_db.invoices +delete +5 +5 +0 +held");
    assertThat(companyRows("invoices")).isEqualTo(30);
    assertThat(retention("release", "1", "--by", "counsel").out()).isEqualTo("hold 1 released\n");
    assertThat(retention("release", "1", "--by", "counsel").exitCode()).isEqualTo(1);
    assertThat(retention("run", "--as-of", "2026-03-01").out())
        .contains("Done: 5 rows deleted or anonymized");
    assertThat(companyRows("invoices")).isEqualTo(25);
    // Placing and releasing are in the audit chain when the commands exit.
    assertThat(auditEvents())
        .contains(
            "counsel retention.hold-placed 1"
                + " {\"expiresAt\":\"never\",\"scope\":\"table\",\"table\":\"company_db.invoices\"}")
        .contains("counsel retention.hold-released 1 {}")
        .doesNotContain("IRS examination");
  }

  @Test
  void a_consumer_hold_by_a_kind_the_map_does_not_use_is_refused() {
    // This map's fields know emails and device ids, not phones: such a hold would keep nothing.
    Result placed = retention("hold", "--consumer", "phone=+1 510 555 0101", "--reason", "x");

    assertThat(placed.exitCode()).isEqualTo(2);
    assertThat(placed.err())
        .isEqualTo(
            "rightful retention hold: --consumer 'phone' is not an identity kind of the data map;"
                + " one of [device-id, email]\n");
    assertThat(retention("holds").out()).isEqualTo("no legal holds\n");
  }

  @Test
  void a_hold_on_a_table_the_map_lacks_is_refused() {
    Result placed = retention("hold", "--table", "company_db.nope", "--reason", "x");

    assertThat(placed.exitCode()).isEqualTo(2);
    assertThat(placed.err())
        .isEqualTo(
            "rightful retention hold: --table company_db.nope is not a system.table of the data"
                + " map\n");
  }

  @Test
  void a_consumer_hold_is_stored_sealed_and_listed_opened() throws SQLException {
    Result placed =
        retention(
            "hold",
            "--consumer",
            "email=Marcus.Lee@example.com",
            "--reason",
            "Lee v. Net2Phone",
            "--by",
            "counsel");

    assertThat(placed.exitCode()).isZero();
    assertThat(placed.out()).isEqualTo("hold 1 placed on consumer email=marcus.lee@example.com\n");
    assertThat(rawHolds())
        .contains("identity_value=null")
        .containsPattern("identity_key=1:[0-9a-f]{64} ")
        .doesNotContainIgnoringCase("marcus");
    assertThat(retention("holds").out())
        .startsWith("1  consumer email=marcus.lee@example.com  active  placed ");
    assertThat(auditEvents())
        .contains("retention.hold-placed 1")
        .contains("\"identityKind\":\"email\"")
        .doesNotContainIgnoringCase("marcus")
        .doesNotContain("Lee v.");
  }

  @Test
  void a_hold_written_in_plain_text_before_V14_is_sealed_when_a_command_opens_the_database()
      throws SQLException {
    JdbcDataSource rightful = new JdbcDataSource();
    rightful.setURL(rightfulUrl());
    rightful.setUser("sa");
    LegacyHold.writeBeforeV14(rightful, "email", "marcus.lee@example.com");
    assertThat(rawHolds()).contains("identity_value=marcus.lee@example.com");

    Result holds = retention("holds");

    assertThat(holds.exitCode()).isZero();
    assertThat(holds.out())
        .startsWith("1  consumer email=marcus.lee@example.com  active  placed ")
        .contains("reason: " + LegacyHold.REASON);
    assertThat(rawHolds()).contains("identity_value=null").doesNotContainIgnoringCase("marcus");
    // The held consumer's rows are kept, as before the upgrade: his two 2019 invoices.
    assertThat(retention("run", "--as-of", "2026-03-01").out())
        .containsPattern("tax-records +company_db.invoices +delete +5 +2 +0 +3");
  }

  @Test
  void without_dev_a_command_needs_the_encryption_key() {
    Result missing = retentionWithoutDev("holds");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err())
        .startsWith("rightful retention holds: missing --encryption-key: set it with")
        .contains("RIGHTFUL_ENCRYPTION_KEY")
        .endsWith("(or --encryption-key-file)\n");
  }

  @Test
  void holds_sealed_with_one_key_are_refused_with_another(@TempDir Path keys) throws IOException {
    String key = java.util.Base64.getEncoder().encodeToString(new byte[32]);
    Path keyFile = Files.writeString(keys.resolve("rightful.key"), "1:" + key + "\n");
    Result placed =
        retentionWithoutDev(
            "hold",
            "--consumer",
            "email=Lee.5105550101@example.com",
            "--reason",
            "subpoena",
            "--encryption-key-file",
            keyFile.toString());
    assertThat(placed.exitCode()).isZero();
    assertThat(retentionWithoutDev("holds", "--encryption-key", key).out())
        .startsWith("1  consumer email=lee.5105550101@example.com  active");

    Result other = retentionWithoutDev("holds", "--encryption-key", key.replace('A', 'B'));

    assertThat(other.exitCode()).isEqualTo(2);
    assertThat(other.err())
        .startsWith("rightful retention holds: hold 1: the configured encryption keys do not open")
        .doesNotContain("510");
  }
}
