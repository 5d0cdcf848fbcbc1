package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.audit.AuditEntry;
import dev.rightful.audit.AuditLog;
import dev.rightful.store.Database;
import dev.rightful.testing.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AuditCommandTest {
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new AuditCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void verify_prints_ok_with_the_count_then_broken_with_the_first_bad_event() {
    String url = TestServer.h2Url();
    try (Database database = Database.open(url, "sa", "", 2)) {
      AuditLog log = new AuditLog(database.jdbi(), TestServer.CLOCK);
      log.append(AuditEntry.of("consumer", "request.received", "request", "r-1"));
      log.append(AuditEntry.of("staff:alice", "request.closed", "request", "r-1"));

      Run ok = run("verify", "--db-url", url, "--db-user", "sa", "--db-password", "");
      assertThat(ok.exitCode()).isZero();
      assertThat(ok.out()).startsWith("audit chain OK: 2 events").contains("head: #2 ");

      database.jdbi().useHandle(h -> h.execute("UPDATE audit_event SET actor = 'x' WHERE seq = 1"));
      Run broken = run("verify", "--db-url", url, "--db-user", "sa", "--db-password", "");
      assertThat(broken.exitCode()).isEqualTo(1);
      assertThat(broken.err().strip())
          .startsWith("audit chain BROKEN at event #1: hash mismatch: ");
    }
  }

  @Test
  void verify_reads_start_devs_database_under_the_data_dir(@TempDir Path data) {
    try (Database database = Database.open(Database.embeddedUrl(data), "sa", "", 2)) {
      AuditLog log = new AuditLog(database.jdbi(), TestServer.CLOCK);
      log.append(AuditEntry.of("consumer", "request.received", "request", "r-1"));
      log.append(AuditEntry.of("system", "request.completed", "request", "r-1"));
      log.append(AuditEntry.of("system", "fulfil.step-done", "request", "r-1"));
    }
    // Events a server left pending are chained by the check, as a reader chains them.
    Run ok = run("verify", "--data-dir", data.toString());
    assertThat(ok.exitCode()).as(ok.err()).isZero();
    assertThat(ok.out()).startsWith("audit chain OK: 3 events");
  }

  @Test
  void verify_without_a_database_names_the_option_and_exits_2() {
    Run run = run("verify");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("missing --db-url").contains("RIGHTFUL_DB_URL");
  }

  @Test
  void verify_does_not_create_or_migrate_a_database_it_cannot_find_the_log_in() {
    String url = TestServer.h2Url();
    Run run = run("verify", "--db-url", url, "--db-user", "sa");
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("rightful audit verify: ")
        .containsIgnoringCase("audit_pending")
        .contains("this database is empty");
  }
}
