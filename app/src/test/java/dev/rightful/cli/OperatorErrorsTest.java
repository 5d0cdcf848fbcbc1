package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.testing.CliProcess;
import dev.rightful.testing.Repo;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator sees when Rightful cannot start (issue 13, item 7): one line per problem, every
 * problem in one run, no stack trace, an exit code per kind. The port and database failures run
 * {@code rightful} in its own JVM against a real socket.
 */
class OperatorErrorsTest {
  @TempDir Path dir;

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  /** Everything 'start' needs, with the database at {@code dbUrl}. */
  private static String[] start(String dbUrl) {
    return new String[] {
      "start",
      "--db-url",
      dbUrl,
      "--datamap",
      Repo.exampleMap().toString(),
      "--public-url",
      "https://privacy.example.com",
      "--smtp-host",
      "127.0.0.1",
      "--smtp-from",
      "privacy@example.com",
      "--encryption-key",
      KEY
    };
  }

  @Test
  void a_port_in_use_is_one_line_naming_the_port_and_exit_code_4() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      CliProcess run =
          CliProcess.run(
              Map.of(),
              "start-dev",
              "--data-dir",
              dir.resolve("data").toString(),
              "--datamap",
              Repo.exampleMap().toString(),
              "--port",
              String.valueOf(port));
      assertThat(run.exitCode()).isEqualTo(4);
      assertThat(run.printedAStackTrace()).as(run.out() + run.err()).isFalse();
      assertThat(run.err().strip().lines())
          .containsExactly(
              "rightful start-dev: cannot start: port "
                  + port
                  + " on 127.0.0.1 is already in use (stop what listens there, or choose another"
                  + " port with option --port)");
    }
  }

  @Test
  void an_unreachable_database_is_one_line_naming_it_and_exit_code_3() throws Exception {
    int nothingListens;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      nothingListens = probe.getLocalPort();
    }
    CliProcess run =
        CliProcess.run(
            Map.of(), start("jdbc:postgresql://127.0.0.1:" + nothingListens + "/rightful"));
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.printedAStackTrace()).as(run.out() + run.err()).isFalse();
    assertThat(run.err().strip().lines())
        .containsExactly(
            "rightful start: cannot start: PostgreSQL at 127.0.0.1:"
                + nothingListens
                + " refused the connection (check option --db-url and that the database runs"
                + " there)");
  }

  @Test
  void a_refused_login_names_the_login_options_as_they_were_set() throws Exception {
    CliProcess run =
        CliProcess.run(
            Map.of("RIGHTFUL_DB_PASSWORD", "wrong"),
            with(start("jdbc:postgresql://127.0.0.1:5432/test"), "--db-user", "no_such_role_13"));
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.printedAStackTrace()).as(run.out() + run.err()).isFalse();
    assertThat(run.err().strip().lines())
        .containsExactly(
            "rightful start: cannot start: PostgreSQL at 127.0.0.1:5432 refused the login (check"
                + " option --db-user and environment variable RIGHTFUL_DB_PASSWORD)");
  }

  @Test
  void every_missing_setting_of_start_is_listed_in_one_run_one_line_each() {
    CliTest.Run run = CliTest.run("start");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines())
        .allSatisfy(line -> assertThat(line).startsWith("rightful start: missing --"))
        .anySatisfy(line -> assertThat(line).contains("missing --db-url:", "RIGHTFUL_DB_URL"))
        .anySatisfy(line -> assertThat(line).contains("missing --datamap:"))
        .anySatisfy(line -> assertThat(line).contains("missing --public-url:"))
        .anySatisfy(line -> assertThat(line).contains("missing --smtp-host:"))
        .anySatisfy(line -> assertThat(line).contains("missing --encryption-key:"))
        .hasSize(5);
  }

  @Test
  void invalid_and_missing_settings_are_reported_together() throws Exception {
    Path conf = Files.writeString(dir.resolve("rightful.conf"), "smtp-port=25x\n");
    CliTest.Run run =
        CliTest.run(
            "start",
            "--config",
            conf.toString(),
            "--port",
            "abc",
            "--business-timezone",
            "Mars/Olympus",
            "--log-format",
            "xml",
            "--db-url",
            "jdbc:postgresql://127.0.0.1/x");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines())
        .contains(
            "rightful start: option --port must be a whole number, not 'abc'",
            "rightful start: '" + "smtp-port' in " + conf + " must be a whole number, not '25x'",
            "rightful start: option --business-timezone must be a time zone id such as"
                + " America/Los_Angeles, not 'Mars/Olympus'",
            "rightful start: option --log-format must be 'text' or 'json', not 'xml'")
        .anySatisfy(line -> assertThat(line).startsWith("rightful start: missing --datamap:"))
        .doesNotHaveDuplicates();
  }

  @Test
  void port_abc_is_refused_naming_the_option_and_its_source_by_start_start_dev_and_show_config()
      throws Exception {
    Path conf = Files.writeString(dir.resolve("rightful.conf"), "port=abc\n");
    CliTest.Run start =
        CliTest.run(with(start("jdbc:postgresql://127.0.0.1/x"), "--config", conf.toString()));
    assertThat(start.exitCode()).isEqualTo(2);
    assertThat(start.err().strip().lines())
        .containsExactly(
            "rightful start: 'port' in " + conf + " must be a whole number, not 'abc'");

    CliTest.Run dev =
        CliTest.run("start-dev", "--port", "abc", "--data-dir", dir.resolve("data").toString());
    assertThat(dev.exitCode()).isEqualTo(2);
    assertThat(dev.err().strip().lines())
        .containsExactly("rightful start-dev: option --port must be a whole number, not 'abc'");

    CliProcess show = CliProcess.run(Map.of("RIGHTFUL_PORT", "abc"), "show-config");
    assertThat(show.exitCode()).isEqualTo(2);
    assertThat(show.out()).containsPattern("port\\s+abc\\s+env");
    assertThat(show.err().strip().lines())
        .containsExactly(
            "rightful show-config: environment variable RIGHTFUL_PORT must be a whole number, not"
                + " 'abc'");
  }

  @Test
  void an_unreadable_key_file_is_one_line_naming_the_option() {
    String[] args = start("jdbc:postgresql://127.0.0.1:5432/test");
    args[args.length - 2] = "--encryption-key-file";
    args[args.length - 1] = dir.resolve("no-such.key").toString();
    CliTest.Run run = CliTest.run(args);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines())
        .containsExactly(
            "rightful start: cannot read the file of option --encryption-key-file: no such file "
                + dir.resolve("no-such.key")
                + " (check the path and that Rightful may read it)");
  }

  @Test
  void version_prints_the_version_of_the_build() throws Exception {
    String pom = Files.readString(Repo.root().resolve("pom.xml"));
    Matcher version =
        Pattern.compile("<artifactId>rightful-parent</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(pom);
    assertThat(version.find()).isTrue();
    CliTest.Run run = CliTest.run("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("rightful " + version.group(1) + " (built 20");
  }

  @Test
  void each_exit_code_is_documented() throws Exception {
    String doc = Files.readString(Repo.root().resolve("docs/configuration.md"));
    for (ExitCode code : ExitCode.values()) {
      assertThat(doc).contains("| `" + code.code + "` |");
    }
  }

  private static String[] with(String[] args, String... more) {
    return java.util.stream.Stream.concat(
            java.util.Arrays.stream(args), java.util.Arrays.stream(more))
        .toArray(String[]::new);
  }
}
