package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.audit.AuditEvent;
import dev.rightful.crypto.CryptoPiProtection;
import dev.rightful.retention.Hold;
import dev.rightful.retention.Holds;
import dev.rightful.store.Database;
import dev.rightful.testing.Postgres;
import dev.rightful.testing.RecordsRig;
import dev.rightful.testing.TestServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rightful records purge} end to end, on start-dev's embedded database ({@code --dev}) and
 * on PostgreSQL ({@code --db-url}), with requests closed relative to today: the command runs on the
 * real clock, as an operator's does.
 */
class RecordsCommandTest {
  @TempDir Path data;

  /** Runs {@code rightful records ARGS} as Main builds it, with every configuration option. */
  static CommandRun records(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    var cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    String[] all = Stream.concat(Stream.of("records"), Stream.of(args)).toArray(String[]::new);
    return new CommandRun(cli.execute(all), out.toString(), err.toString());
  }

  CommandRun dev(String... args) {
    return records(
        Stream.concat(Stream.of(args), Stream.of("--dev", "--data-dir", data.toString()))
            .toArray(String[]::new));
  }

  /** {@code months} months before now, at noon UTC, as an instant. */
  static String monthsAgo(int months) {
    return Instant.now()
        .atZone(ZoneOffset.UTC)
        .minusMonths(months)
        .withHour(12)
        .toInstant()
        .toString();
  }

  /** Requests in a fresh database: closed 30 months ago, 2 months ago, and open for 30 months. */
  record Requests(String old, String recent, String open) {
    static Requests in(String url, String user) {
      try (RecordsRig rig = new RecordsRig(url, user)) {
        return new Requests(
            rig.completed(monthsAgo(30)), rig.completed(monthsAgo(2)), rig.open(monthsAgo(30)));
      }
    }
  }

  @Test
  void a_dry_run_prints_what_is_due_then_the_purge_deletes_it_on_the_dev_database() {
    String url = Database.embeddedUrl(data);
    Requests requests = Requests.in(url, "sa");

    CommandRun dryRun = dev("purge", "--dry-run");

    assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
    assertThat(dryRun.out())
        .startsWith("Records purge, dry run (nothing was changed): requests closed before ")
        .contains("(America/Los_Angeles), kept 24 months\n")
        .containsPattern("\n  rights_request +1\n")
        .containsPattern("\n  scheduled_tasks +1\n")
        .contains("\nDue: 1 requests, ");
    try (RecordsRig rig = new RecordsRig(url, "sa")) {
      assertThat(rig.rowsOf(requests.old()).get("rights_request")).isEqualTo(1);
    }

    CommandRun purge = dev("purge");

    assertThat(purge.exitCode()).as(purge.err()).isZero();
    assertThat(purge.err()).isEqualTo("deleted 1 requests so far\n");
    assertThat(purge.out())
        .startsWith("Records purge: requests closed before ")
        .containsPattern("\n  rights_request +1\n")
        .contains("\nDeleted: 1 requests, ");
    try (RecordsRig rig = new RecordsRig(url, "sa")) {
      assertThat(rig.rowsOf(requests.old()).values()).containsOnly(0L);
      assertThat(rig.rowsOf(requests.recent()).get("rights_request")).isEqualTo(1);
      assertThat(rig.rowsOf(requests.open()).get("rights_request")).isEqualTo(1);
      List<AuditEvent> events = rig.audit.list("records", "requests");
      assertThat(events).singleElement().extracting(AuditEvent::actor).isEqualTo("cli");
      assertThat(rig.audit.verify().ok()).isTrue();
    }
    assertThat(dev("purge").out()).contains("\nDeleted: 0 requests, 0 rows\n");
  }

  @Test
  void keep_months_keeps_longer_and_a_postgresql_database_is_reached_by_url() {
    String url = Postgres.freshSchema("records_purge_cli");
    Requests requests = Requests.in(url, Postgres.USER);

    String key = Base64.getEncoder().encodeToString(new byte[32]).replace('A', 'Q');
    String[] database = {"--db-url", url, "--db-user", Postgres.USER, "--encryption-key", key};
    CommandRun kept = records(concat(new String[] {"purge", "--keep-months", "36"}, database));

    assertThat(kept.exitCode()).as(kept.err()).isZero();
    assertThat(kept.out()).contains("kept 36 months\n").contains("\nDeleted: 0 requests, 0 rows\n");

    // A legal hold on the consumer keeps the records; released, they go.
    Hold hold;
    try (RecordsRig rig = new RecordsRig(url, Postgres.USER)) {
      hold =
          new Holds(rig.database.jdbi(), new CryptoPiProtection(TestServer.KEYS), Clock.systemUTC())
              .placeOnConsumer("email", "jane.doe@example.com", "claim", null, "legal");
      assertThat(records(concat(new String[] {"purge"}, database)).out())
          .contains("\nDeleted: 0 requests, 0 rows\n");
      new Holds(rig.database.jdbi(), new CryptoPiProtection(TestServer.KEYS), Clock.systemUTC())
          .release(hold.id(), "legal");
    }
    CommandRun purged = records(concat(new String[] {"purge"}, database));

    assertThat(purged.out()).contains("\nDeleted: 1 requests, ");
    try (RecordsRig rig = new RecordsRig(url, Postgres.USER)) {
      assertThat(rig.rowsOf(requests.old()).values()).containsOnly(0L);
      assertThat(rig.rowsOf(requests.recent()).get("rights_request")).isEqualTo(1);
    }
  }

  @Test
  void fewer_than_24_months_is_refused_naming_the_option_as_it_was_set() throws IOException {
    Requests.in(Database.embeddedUrl(data), "sa");

    CommandRun flag = dev("purge", "--keep-months", "23");
    assertThat(flag.exitCode()).isEqualTo(2);
    assertThat(flag.err())
        .isEqualTo(
            "rightful records purge: option --keep-months: records of consumer requests are kept"
                + " at least 24 months (CCPA regulations §7101), not 23\n");

    Path conf = Files.writeString(data.resolve("rightful.conf"), "records-keep-months=23\n");
    CommandRun file = dev("purge", "--config", conf.toString());
    assertThat(file.exitCode()).isEqualTo(2);
    assertThat(file.err())
        .startsWith("rightful records purge: 'records-keep-months' in " + conf + ": ")
        .contains("at least 24 months");
    assertThat(file.out()).isEmpty();
  }

  @Test
  void without_a_database_it_names_the_options_and_exits_2() {
    CommandRun none = records("purge");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err())
        .startsWith("rightful records purge: missing --db-url")
        .contains("RIGHTFUL_DB_URL")
        .endsWith(", or --dev\n");

    CommandRun noDevDatabase = dev("purge");
    assertThat(noDevDatabase.exitCode()).isEqualTo(2);
    assertThat(noDevDatabase.err()).startsWith("rightful records purge: no start-dev database in ");
    assertThat(data.resolve("rightful.mv.db")).doesNotExist();
  }

  @Test
  void start_refuses_a_keeping_period_under_24_months() {
    CliTest.Run run =
        CliTest.run(
            "start",
            "--db-url",
            "jdbc:postgresql://127.0.0.1:5432/test",
            "--datamap",
            "examples/net2phone",
            "--public-url",
            "https://privacy.example.com",
            "--smtp-host",
            "smtp.example.com",
            "--smtp-from",
            "privacy@example.com",
            "--encryption-key",
            Base64.getEncoder().encodeToString(new byte[32]),
            "--records-keep-months",
            "23");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo(
            "rightful start: option --records-keep-months: records of consumer requests are kept"
                + " at least 24 months (CCPA regulations §7101), not 23");
  }

  private static String[] concat(String[] first, String[] second) {
    String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, all, first.length, second.length);
    return all;
  }
}
