package dev.rightful.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rightful.staff.AuditSink;
import dev.rightful.staff.PasswordHasher;
import dev.rightful.staff.Role;
import dev.rightful.staff.StaffUser;
import dev.rightful.staff.StaffUsers;
import dev.rightful.store.Database;
import dev.rightful.testing.TestServer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AdminCommandTest {
  String url;
  Database server;
  StaffUsers users;

  @BeforeEach
  void open() {
    url = TestServer.h2Url();
    server = Database.open(url, "sa", "", 2);
    users = new StaffUsers(server.jdbi(), Clock.systemUTC(), new PasswordHasher(), AuditSink.NONE);
  }

  @AfterEach
  void close() {
    server.close();
  }

  CommandRun admin(Map<String, String> env, String stdin, String... args) {
    AdminCommand command =
        new AdminCommand(
            env,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            Clock.systemUTC());
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db-url";
    all[args.length + 1] = url;
    return CommandRun.of(command, all);
  }

  @Test
  void create_reads_the_password_from_standard_input_and_makes_an_admin() {
    CommandRun run = admin(Map.of(), "a long passphrase\n", "create", "--username", "Root");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("Created admin 'root'");
    assertThat(run.out() + run.err()).doesNotContain("a long passphrase");
    StaffUser root = users.get("root");
    assertThat(root.role()).isEqualTo(Role.ADMIN);
    assertThat(users.anyEnabledAdmin()).isTrue();
    // In the audit chain when the command exits, with no password in it.
    java.util.List<String> created =
        server
            .jdbi()
            .withHandle(
                h ->
                    h.createQuery(
                            "SELECT subject_id || ' ' || details FROM audit_event"
                                + " WHERE action = 'staff.user-created'")
                        .mapTo(String.class)
                        .list());
    assertThat(created).singleElement().asString().startsWith("root ").doesNotContain("passphrase");
  }

  @Test
  void create_prefers_the_environment_variable_and_accepts_another_role() {
    CommandRun run =
        admin(
            Map.of("RIGHTFUL_ADMIN_PASSWORD", "from the environment"),
            "",
            "create",
            "--username",
            "agent1",
            "--role",
            "agent");
    assertThat(run.exitCode()).isZero();
    assertThat(users.get("agent1").role()).isEqualTo(Role.AGENT);
  }

  @Test
  void a_weak_password_is_refused_without_echoing_it() {
    CommandRun run = admin(Map.of(), "root\n", "create", "--username", "root");
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("at least 12 characters", "must not be the username")
        .doesNotContain("root\n");
    assertThat(users.list()).isEmpty();
  }

  @Test
  void disable_and_enable_change_the_account_and_list_shows_it() {
    admin(Map.of(), "a long passphrase\n", "create", "--username", "root");
    assertThat(admin(Map.of(), "", "disable", "--username", "root").exitCode()).isZero();
    assertThat(users.get("root").enabled()).isFalse();
    assertThat(admin(Map.of(), "", "list").out()).contains("root", "disabled");
    assertThat(admin(Map.of(), "", "enable", "--username", "root").exitCode()).isZero();
    assertThat(users.get("root").enabled()).isTrue();
    assertThat(admin(Map.of(), "", "disable", "--username", "nobody").exitCode()).isEqualTo(1);
  }
}
