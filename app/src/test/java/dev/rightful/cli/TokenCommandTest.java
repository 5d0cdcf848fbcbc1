package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.audit.AuditLog;
import dev.rightful.staff.ApiTokens;
import dev.rightful.staff.AuditSink;
import dev.rightful.staff.Principal;
import dev.rightful.staff.Role;
import dev.rightful.staff.Scope;
import dev.rightful.store.Database;
import dev.rightful.testing.TestServer;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenCommandTest {
  static final String TOKEN_LINE = "rft_[A-Za-z0-9_-]{43}\\R";

  @TempDir Path dataDir;

  /** What start-dev has open while the command runs: its embedded database under dataDir. */
  Database server;

  ApiTokens serverTokens;

  @BeforeEach
  void startDevDatabase() {
    server = Database.open(Database.embeddedUrl(dataDir), "sa", "", 2);
    serverTokens = new ApiTokens(server.jdbi(), Clock.systemUTC(), AuditSink.NONE);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void create_in_another_process_beside_start_dev_prints_only_a_token_that_authenticates()
      throws Exception {
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                StaffCliProcess.class.getName(),
                "token",
                "create",
                "--role",
                "agent",
                "--name",
                "intake",
                "--data-dir",
                dataDir.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    // A guard against a hung child, not an assertion about time.
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isZero();
    assertThat(out).matches(TOKEN_LINE);
    Principal principal = serverTokens.authenticate(out.strip()).orElseThrow();
    assertThat(principal.role()).isEqualTo(Role.AGENT);
    assertThat(serverTokens.list())
        .singleElement()
        .satisfies(t -> assertThat(t.name()).isEqualTo("intake"));
  }

  @Test
  void create_then_revoke_stops_the_token_and_list_never_shows_a_secret() {
    CommandRun created =
        CommandRun.of(
            new TokenCommand(),
            "create",
            "--role",
            "service",
            "--expires-in",
            "PT12H",
            "--data-dir",
            dataDir.toString());
    assertThat(created.exitCode()).isZero();
    assertThat(created.out()).matches(TOKEN_LINE);
    String token = created.out().strip();
    assertThat(created.err()).contains("Created token 1").doesNotContain(token);
    assertThat(serverTokens.authenticate(token)).isPresent();
    assertThat(serverTokens.get(1).expiresAt())
        .isEqualTo(serverTokens.get(1).createdAt().plusSeconds(12 * 3600));

    CommandRun listed = CommandRun.of(new TokenCommand(), "list", "--data-dir", dataDir.toString());
    assertThat(listed.out()).contains("service", "active").doesNotContain(token.substring(4));

    CommandRun revoked =
        CommandRun.of(new TokenCommand(), "revoke", "1", "--data-dir", dataDir.toString());
    assertThat(revoked.exitCode()).isZero();
    assertThat(serverTokens.authenticate(token)).isEmpty();

    // Both changes are in the audit chain when the command exits, not waiting for a server.
    java.util.List<String> actions =
        server
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery("SELECT action FROM audit_event ORDER BY seq")
                        .mapTo(String.class)
                        .list());
    assertThat(actions).containsSubsequence("staff.token-created", "staff.token-revoked");
    assertThat(new AuditLog(server.jdbi(), Clock.systemUTC()).verify().ok()).isTrue();
  }

  @Test
  void a_service_token_gets_the_scopes_named_and_decisions_alone_by_default() {
    CommandRun writer =
        CommandRun.of(
            new TokenCommand(),
            "create",
            "--role",
            "service",
            "--scope",
            "consent:decisions,consent:write",
            "--data-dir",
            dataDir.toString());
    assertThat(writer.exitCode()).isZero();
    assertThat(writer.err()).contains("(service consent:decisions,consent:write)");
    CommandRun ads =
        CommandRun.of(
            new TokenCommand(), "create", "--role", "service", "--data-dir", dataDir.toString());
    assertThat(ads.exitCode()).isZero();
    assertThat(serverTokens.get(1).scopes())
        .containsExactlyInAnyOrder(Scope.CONSENT_DECISIONS, Scope.CONSENT_WRITE);
    assertThat(serverTokens.get(2).scopes()).containsExactly(Scope.CONSENT_DECISIONS);

    CommandRun listed = CommandRun.of(new TokenCommand(), "list", "--data-dir", dataDir.toString());
    assertThat(listed.out()).contains("SCOPES", "consent:decisions,consent:write");

    CommandRun wrong =
        CommandRun.of(
            new TokenCommand(),
            "create",
            "--role",
            "service",
            "--scope",
            "consent:all",
            "--data-dir",
            dataDir.toString());
    assertThat(wrong.exitCode()).isEqualTo(1);
    assertThat(wrong.out()).isEmpty();
    assertThat(wrong.err()).contains("unknown scope 'consent:all'", "consent:write");
  }

  @Test
  void db_url_overrides_the_embedded_database() {
    String url = TestServer.h2Url();
    try (Database other = Database.open(url, "sa", "", 2)) {
      CommandRun created =
          CommandRun.of(
              new TokenCommand(),
              "create",
              "--role",
              "auditor",
              "--db-url",
              url,
              "--db-user",
              "sa");
      assertThat(created.exitCode()).isZero();
      ApiTokens tokens = new ApiTokens(other.jdbi(), Clock.systemUTC(), AuditSink.NONE);
      assertThat(tokens.authenticate(created.out().strip())).isPresent();
      assertThat(serverTokens.list()).isEmpty();
    }
  }

  @Test
  void a_wrong_role_or_a_missing_database_prints_a_reason_and_nothing_on_stdout() {
    CommandRun badRole =
        CommandRun.of(
            new TokenCommand(), "create", "--role", "root", "--data-dir", dataDir.toString());
    assertThat(badRole.exitCode()).isEqualTo(1);
    assertThat(badRole.out()).isEmpty();
    assertThat(badRole.err()).contains("unknown role 'root'", "service");

    File nowhere = dataDir.resolve("nowhere").toFile();
    CommandRun noDatabase =
        CommandRun.of(
            new TokenCommand(), "create", "--role", "agent", "--data-dir", nowhere.toString());
    assertThat(noDatabase.exitCode()).isEqualTo(2);
    assertThat(noDatabase.out()).isEmpty();
    assertThat(noDatabase.err()).contains("no start-dev database in", "--db-url");
    assertThat(nowhere).doesNotExist();
  }

  @Test
  void the_database_options_are_the_servers_options() {
    var spec =
        new picocli.CommandLine(new TokenCommand()).getSubcommands().get("create").getCommandSpec();
    List<String> declared =
        spec.options().stream()
            .map(o -> o.longestName())
            .filter(n -> n.startsWith("--db-") || n.equals("--data-dir"))
            .toList();
    assertThat(declared)
        .containsExactlyInAnyOrder("--db-url", "--db-user", "--db-password", "--data-dir");
    for (String flag : declared) {
      assertThat(dev.rightful.config.Options.ALL)
          .anySatisfy(option -> assertThat(option.flag()).isEqualTo(flag));
    }
  }
}
