package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CliTest {
  record Run(int exitCode, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintStream originalErr = System.err;
    ByteArrayOutputStream rawErr = new ByteArrayOutputStream();
    System.setErr(new PrintStream(rawErr, true, StandardCharsets.UTF_8));
    try {
      var cli = Main.commandLine();
      cli.setOut(new PrintWriter(out));
      cli.setErr(new PrintWriter(err));
      int code = cli.execute(args);
      return new Run(code, out.toString(), err + rawErr.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(originalErr);
    }
  }

  @Test
  void help_lists_every_command() {
    Run run = run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("start-dev", "start", "validate", "notice", "show-config");
  }

  @Test
  void help_output_matches_the_snapshot() throws Exception {
    // A change to commands or options shows in review as a change to this file (STYLE 11).
    StringBuilder all = new StringBuilder();
    for (String command :
        new String[] {"", "start-dev", "start", "validate", "notice", "show-config"}) {
      Run run = command.isEmpty() ? run("--help") : run(command, "--help");
      all.append("$ rightful ").append(command).append(" --help\n").append(run.out()).append('\n');
    }
    Path snapshot = Path.of("src/test/resources/cli/help.txt");
    if (Boolean.getBoolean("updateSnapshots")) {
      Files.createDirectories(snapshot.getParent());
      Files.writeString(snapshot, all.toString());
    }
    assertThat(all.toString().replace("\r\n", "\n")).isEqualTo(Files.readString(snapshot));
  }

  @Test
  void start_without_a_database_refuses_with_one_line_naming_the_option() {
    Run run =
        run(
            "start",
            "--datamap",
            "examples/net2phone",
            "--public-url",
            "https://privacy.example.com",
            // Everything else start needs, so that the database is the one problem.
            "--smtp-host",
            "smtp.example.com",
            "--smtp-from",
            "privacy@example.com",
            "--encryption-key",
            java.util.Base64.getEncoder().encodeToString(new byte[32]));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).contains("rightful start: missing --db-url").contains("RIGHTFUL_DB_URL");
  }

  @Test
  void start_refuses_the_embedded_dev_database() {
    Run run =
        run(
            "start",
            "--db-url",
            "jdbc:h2:mem:x",
            "--datamap",
            "examples/net2phone",
            "--public-url",
            "https://p.example.com");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("refusing an embedded H2 database from option --db-url");
  }

  @Test
  void show_config_masks_secrets_and_names_sources() {
    Run run = run("show-config", "--db-password", "hunter2", "--port", "9000");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("hunter2").contains("********");
    assertThat(run.out()).containsPattern("port\\s+9000\\s+cli");
  }

  @Test
  void validate_accepts_the_example_and_reports_the_broken_twin_by_file_line_and_column() {
    Run ok = run("validate", dev.rightful.testing.Repo.exampleMap().toString());
    assertThat(ok.exitCode()).isZero();
    assertThat(ok.out()).contains(": valid");
    Run broken =
        run(
            "validate",
            dev.rightful.testing.Repo.root().resolve("examples/net2phone-invalid").toString());
    assertThat(broken.exitCode()).isEqualTo(1);
    assertThat(broken.err().lines().filter(l -> !l.isBlank()))
        .isNotEmpty()
        .allSatisfy(line -> assertThat(line).matches(".+\\.ya?ml:\\d+:\\d+: .+"));
  }

  @Test
  void notice_prints_each_format() {
    String map = dev.rightful.testing.Repo.exampleMap().toString();
    Run json = run("notice", map, "--format", "json");
    assertThat(json.exitCode()).isZero();
    assertThat(json.out()).contains("\"lastUpdated\" : \"2026-06-01\"");
    assertThat(run("notice", map, "--format", "md").out()).startsWith("#");
    assertThat(run("notice", map).out()).contains("<!DOCTYPE html>");
  }

  @Test
  void start_without_mail_or_an_encryption_key_refuses_naming_the_option() {
    String[] base = {
      "start",
      "--db-url",
      "jdbc:postgresql://127.0.0.1:5432/test",
      "--datamap",
      "examples/net2phone",
      "--public-url",
      "https://p.example.com"
    };
    Run noMail = run(base);
    assertThat(noMail.exitCode()).isEqualTo(2);
    assertThat(noMail.err()).contains("missing --smtp-host", "RIGHTFUL_SMTP_HOST");
    String[] withMail =
        java.util.stream.Stream.concat(
                java.util.Arrays.stream(base),
                java.util.stream.Stream.of(
                    "--smtp-host", "smtp.example.com", "--smtp-from", "privacy@example.com"))
            .toArray(String[]::new);
    Run noKey = run(withMail);
    assertThat(noKey.exitCode()).isEqualTo(2);
    assertThat(noKey.err()).contains("missing --encryption-key", "RIGHTFUL_ENCRYPTION_KEY");
  }
}
